package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** A forced password change is enforced by the server; signing in again ends the client's previous session. */
@QuarkusTest
class SessionRulesTest {

    @Test
    void shouldAllowNothingButTheChangeAndSignOutUntilTheInitialPasswordIsChanged() {
        String name = Api.uniqueName("koord");
        Api.createKontoMitAnfangspasswort(name, List.of("ADMIN"), null, List.of());
        Api.Session s = Api.login(name, Api.INITIAL_PASSWORD);
        s.spec().when().get("/api/v1/auth/me").then().statusCode(200).body("mussPasswortAendern", is(true));
        // a write, even one its role would allow
        s.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PLANUNG"))
                .put("/api/v1/kommunen/05315000/umsetzungsstand/10020")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("/probleme/passwort-aendern"));
        // a protected read
        s.spec().when().get("/api/v1/admin/konten").then().statusCode(403);
        // public reads stay public
        s.spec().when().get("/api/v1/themenfelder").then().statusCode(200);
        s.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("altesPasswort", Api.INITIAL_PASSWORD, "neuesPasswort", Api.INITIAL_PASSWORD))
                .post("/api/v1/auth/passwort")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("neuesPasswort"));
        s.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("altesPasswort", Api.INITIAL_PASSWORD, "neuesPasswort", Api.PASSWORD))
                .post("/api/v1/auth/passwort")
                .then()
                .statusCode(204);
        s.spec().when().get("/api/v1/admin/konten").then().statusCode(200);
    }

    @Test
    void shouldEndTheClientsPreviousSessionWhenItSignsInAgain() {
        String name = Api.uniqueName("redaktion");
        Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
        Api.Session first = Api.login(name, Api.PASSWORD);
        Api.Session elsewhere = Api.login(name, Api.PASSWORD);
        Response again = given().contentType(ContentType.JSON)
                .cookie("dashboard_session", first.cookie())
                .header("X-Forwarded-For", first.address())
                .body(Map.of("benutzername", name, "passwort", Api.PASSWORD))
                .post("/api/v1/auth/login");
        again.then().statusCode(200).header("Cache-Control", containsString("no-store"));
        first.spec().when().get("/api/v1/auth/me").then().statusCode(401);
        given().cookie("dashboard_session", again.getCookie("dashboard_session"))
                .header("X-Forwarded-For", first.address())
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);
        // another client's session is not this client's
        elsewhere.spec().when().get("/api/v1/auth/me").then().statusCode(200);
    }
}
