package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Test
    void shouldOpenASessionInAStrictHttpOnlyCookieAndReturnTheCsrfToken() {
        Response r = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.freshAddress())
                .body(Map.of("benutzername", "admin", "passwort", Api.ADMIN_PASSWORD))
                .when()
                .post("/api/v1/auth/login");
        r.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("benutzername", is("admin"))
                .body("rollen", contains("ADMIN"))
                .body("art", is("KONTO"))
                .body("csrfToken", not(emptyOrNullString()));
        List<String> cookies = r.getHeaders().getValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("dashboard_session="))
                .findFirst()
                .orElseThrow();
        assertTrue(session.toLowerCase().contains("httponly"), session);
        assertTrue(session.contains("SameSite=Strict"), session);
        assertTrue(session.contains("Path=/"), session);
        assertTrue(session.contains("Max-Age="), session);
        assertFalse(session.contains("Secure"), "plain HTTP: no Secure flag");
        String csrf = cookies.stream()
                .filter(c -> c.startsWith("dashboard_csrf="))
                .findFirst()
                .orElseThrow();
        assertFalse(csrf.toLowerCase().contains("httponly"), "the SPA must be able to read the CSRF cookie");
        assertTrue(csrf.contains("dashboard_csrf=" + r.jsonPath().getString("csrfToken")));
    }

    @Test
    void shouldUseSecureHostPrefixedCookiesOverHttps() {
        Response r = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.freshAddress())
                .header("X-Forwarded-Proto", "https")
                .body(Map.of("benutzername", "admin", "passwort", Api.ADMIN_PASSWORD))
                .when()
                .post("/api/v1/auth/login");
        r.then().statusCode(200).header("Strict-Transport-Security", startsWith("max-age="));
        String session = r.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-dashboard_session="))
                .findFirst()
                .orElseThrow();
        assertTrue(
                session.contains("Secure") && session.toLowerCase().contains("httponly") && session.contains("Path=/"),
                session);
        assertFalse(session.contains("Domain="), "__Host- cookies carry no Domain");
        given().cookie("__Host-dashboard_session", r.getCookie("__Host-dashboard_session"))
                .header("X-Forwarded-Proto", "https")
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("benutzername", is("admin"));
    }

    @Test
    void shouldTellWhoIsSignedInAndForgetItAfterSignOut() {
        String name = Api.uniqueName("koord");
        Api.createKontoMitAnfangspasswort(name, List.of("KOORDINATION"), null, List.of(6, 9));
        Api.Session s = Api.login(name, Api.INITIAL_PASSWORD);
        s.spec()
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("rollen", contains("KOORDINATION"))
                .body("themenfelder", contains(6, 9))
                .body("mussPasswortAendern", is(true))
                .body("csrfToken", is(s.csrf()));
        s.spec().when().post("/api/v1/auth/logout").then().statusCode(204);
        s.spec().when().get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldShowAnEditorsOrganisation() {
        Api.Session s = Api.account(List.of("REDAKTION"), "kommune-05315000", List.of());
        s.spec()
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("organisation.id", is("kommune-05315000"))
                .body("organisation.name", is("Köln, Stadt"));
    }

    @Test
    void shouldAnswerAnonymousWhoAmIWith401() {
        given().when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", is("/probleme/anmeldung-erforderlich"));
    }

    @Test
    void shouldRefuseWrongPasswordsUnknownAccountsAndDeactivatedAccountsAlike() {
        String name = Api.uniqueName("redaktion");
        long id = Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
        for (Map<String, String> body : List.of(
                Map.of("benutzername", name, "passwort", "falsches-Passwort-123"),
                Map.of("benutzername", "gibt-es-nicht", "passwort", Api.PASSWORD))) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", Api.freshAddress())
                    .body(body)
                    .when()
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("detail", containsString("falsch"));
        }
        Api.Session admin = Api.admin();
        String etag = Api.etag(admin.spec().when().get("/api/v1/admin/konten/" + id));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("aktiv", false))
                .when()
                .patch("/api/v1/admin/konten/" + id)
                .then()
                .statusCode(200)
                .body("aktiv", is(false));
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.freshAddress())
                .body(Map.of("benutzername", name, "passwort", Api.PASSWORD))
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldEndTheSessionsOfADeactivatedAccount() {
        String name = Api.uniqueName("redaktion");
        long id = Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
        Api.Session s = Api.login(name, Api.PASSWORD);
        s.spec().when().get("/api/v1/auth/me").then().statusCode(200);
        Api.Session admin = Api.admin();
        String etag = Api.etag(admin.spec().when().get("/api/v1/admin/konten/" + id));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("aktiv", false))
                .when()
                .patch("/api/v1/admin/konten/" + id)
                .then()
                .statusCode(200);
        s.spec().when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void shouldRejectMalformedSignInRequestsWithProblems() {
        given().contentType(ContentType.JSON)
                .body("{\"benutzername\": \"\"}")
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", hasItems("benutzername", "passwort"));
        given().contentType(ContentType.JSON)
                .body("{kein json")
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("text/plain")
                .body("admin:geheim")
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldChangeTheOwnPasswordAndEndOtherSessions() {
        String name = Api.uniqueName("koord");
        Api.createKonto(name, List.of("KOORDINATION"), null, List.of(1));
        Api.Session first = Api.login(name, Api.PASSWORD);
        Api.Session second = Api.login(name, Api.PASSWORD);
        second.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("altesPasswort", "falsch-falsch-falsch", "neuesPasswort", "Ein-neues-Passwort-2026"))
                .when()
                .post("/api/v1/auth/passwort")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("altesPasswort"));
        second.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("altesPasswort", Api.PASSWORD, "neuesPasswort", "kurz"))
                .when()
                .post("/api/v1/auth/passwort")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("neuesPasswort"));
        second.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("altesPasswort", Api.PASSWORD, "neuesPasswort", "Ein-neues-Passwort-2026"))
                .when()
                .post("/api/v1/auth/passwort")
                .then()
                .statusCode(204);
        first.spec().when().get("/api/v1/auth/me").then().statusCode(401);
        second.spec().when().get("/api/v1/auth/me").then().statusCode(200).body("mussPasswortAendern", is(false));
        Api.login(name, "Ein-neues-Passwort-2026");
    }

    @Test
    void shouldNeverReturnAPasswordOrItsHash() {
        Api.createKonto(Api.uniqueName("redaktion"), List.of("REDAKTION"), "civitec", List.of());
        Api.Session admin = Api.admin();
        for (String path : List.of(
                "/api/v1/admin/konten?size=500",
                "/api/v1/auth/me",
                "/api/v1/admin/audit?size=500",
                "/api/v1/aenderungen?size=500")) {
            String body = admin.spec()
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertFalse(body.contains("$2y$") || body.contains("$2a$"), path + " contains a bcrypt hash");
            assertFalse(
                    body.toLowerCase().contains("passworthash") || body.contains(Api.PASSWORD),
                    path + " leaks a password");
        }
    }
}
