package nrw.digitalisierungsdashboard.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** Reading is open to every origin; credentials and writes only to the dashboard's configured origins. */
@QuarkusTest
class CorsPolicyTest {

    private static final String DASHBOARD = "http://localhost:5173";

    @Test
    void shouldLetAnyOriginReadWithoutCredentials() {
        for (String origin : new String[] {"https://portal.example", "null"}) {
            given().header("Origin", origin)
                    .when()
                    .get("/api/v1/kommunen?size=1")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Credentials", nullValue())
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Vary", containsString("Origin"));
        }
        given().header("Origin", "https://portal.example")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://portal.example")
                .when()
                .head("/api/v1/themenfelder")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void shouldAllowAPreflightForReadingFromAnyOrigin() {
        given().header("Origin", "https://portal.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when()
                .options("/api/v1/statistik/uebersicht")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", not(containsString("PUT")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void shouldEchoTheDashboardOriginWithCredentials() {
        given().header("Origin", DASHBOARD)
                .when()
                .get("/api/v1/themenfelder")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Credentials", "true");
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,if-match,x-csrf-token")
                .when()
                .options("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("PUT"));
    }

    @Test
    void shouldRefuseWritesAndTheirPreflightFromOtherOrigins() {
        given().header("Origin", "https://portal.example")
                .header("Access-Control-Request-Method", "PUT")
                .when()
                .options("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        // a "simple" cross-site POST (no preflight) is refused before it reaches a resource, even signed in
        Api.Session admin = Api.admin();
        admin.spec()
                .header("Origin", "https://boese.example")
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/statistik/tagesstand")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "null")
                .contentType(ContentType.JSON)
                .body("{\"benutzername\":\"admin\",\"passwort\":\"x\"}")
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403);
    }
}
