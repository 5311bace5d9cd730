package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsrfAndTokenTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseSessionWritesWithoutTheCsrfToken() {
        Api.Session s = Api.account(List.of("KOORDINATION"), null, List.of(9));
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10169"));
        s.withoutCsrf()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("/probleme/csrf-token-fehlt"));
        s.withoutCsrf()
                .header("X-CSRF-Token", "geraten")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(403)
                .body("type", is("/probleme/csrf-token-fehlt"));
        // a cookie that disagrees with the header is refused too (cookie injection)
        given().cookie("dashboard_session", s.cookie())
                .cookie("dashboard_csrf", "anderes")
                .header("X-CSRF-Token", s.csrf())
                .header("X-Forwarded-For", s.address())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(403);
        s.withoutCsrf().when().post("/api/v1/auth/logout").then().statusCode(403);
        s.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAnonymousWritesWith401NotCsrf() {
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCreateATokenShowItOnceAndStoreOnlyItsHash() throws Exception {
        Api.Session admin = Api.admin();
        String name = Api.uniqueName("integration");
        var created = admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "rolle",
                        "INTEGRATION",
                        "laeuftAb",
                        OffsetDateTime.now().plusDays(10).toString()))
                .when()
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("geheimnis", startsWith("ddb_"))
                .body("token.status", is("AKTIV"))
                .extract()
                .jsonPath();
        String secret = created.getString("geheimnis");
        long id = created.getLong("token.id");
        String list = admin.spec()
                .when()
                .get("/api/v1/admin/tokens?size=500")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + id + " }.praefix", is(secret.substring(0, 8)))
                .extract()
                .asString();
        assertFalse(list.contains(secret), "the secret is shown only once");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT token_hash FROM api_token WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(Secrets.sha256(secret), rs.getString(1));
                assertNotEquals(secret, rs.getString(1));
            }
        }
    }

    @Test
    void shouldAuthenticateWithATokenRecordItsUseAndNeedNoCsrf() {
        String secret = Api.token("KOORDINATION", null);
        Api.bearer(secret)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("art", is("TOKEN"))
                .body("rollen", contains("KOORDINATION"))
                .body("csrfToken", nullValue());
        Api.admin()
                .spec()
                .when()
                .get("/api/v1/admin/tokens?size=500")
                .then()
                .statusCode(200)
                .body("items.find { it.praefix == '" + secret.substring(0, 8) + "' }.zuletztBenutzt", notNullValue());
        // a token write needs no CSRF token; an INTEGRATION token may not change reference data
        String integration = Api.token("INTEGRATION", null);
        String etag = Api.etag(given().when().get("/api/v1/kommunen/05358024"));
        Api.bearer(integration)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("typHinweis", "x"))
                .when()
                .patch("/api/v1/kommunen/05358024")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseExpiredRevokedAndUnknownTokens() throws Exception {
        String secret = Api.token("INTEGRATION", null);
        Api.bearer(secret).when().get("/api/v1/auth/me").then().statusCode(200);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE api_token SET laeuft_ab = now() - interval '1 minute' WHERE token_hash = ?")) {
            ps.setString(1, Secrets.sha256(secret));
            assertEquals(1, ps.executeUpdate());
        }
        Api.bearer(secret).when().get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
        // public reads do not look at credentials at all
        Api.bearer(secret).when().get("/api/v1/themenfelder").then().statusCode(200);

        String revoked = Api.token("INTEGRATION", null);
        Api.Session admin = Api.admin();
        long id = admin.spec()
                .when()
                .get("/api/v1/admin/tokens?size=500")
                .then()
                .extract()
                .jsonPath()
                .getLong("items.find { it.praefix == '" + revoked.substring(0, 8) + "' }.id");
        admin.spec()
                .when()
                .post("/api/v1/admin/tokens/" + id + "/widerruf")
                .then()
                .statusCode(200)
                .body("status", is("WIDERRUFEN"))
                .body("widerrufenAm", notNullValue());
        Api.bearer(revoked).when().get("/api/v1/auth/me").then().statusCode(401);

        Api.bearer("ddb_gibtesnicht").when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void shouldBindRedaktionTokensToAnOrganisationAndLimitTheirLifetime() {
        Api.Session admin = Api.admin();
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "x",
                        "rolle",
                        "REDAKTION",
                        "laeuftAb",
                        OffsetDateTime.now().plusDays(1).toString()))
                .when()
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].name", is("organisationId"));
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "x",
                        "rolle",
                        "INTEGRATION",
                        "laeuftAb",
                        OffsetDateTime.now().plusYears(3).toString()))
                .when()
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].name", is("laeuftAb"));
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "x",
                        "rolle",
                        "INTEGRATION",
                        "laeuftAb",
                        OffsetDateTime.now().minusDays(1).toString()))
                .when()
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("laeuftAb"));
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "rolle", "CHEF"))
                .when()
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
