package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.Keycloak;
import org.junit.jupiter.api.Test;

/**
 * Integrators' machines sign in at Keycloak with the confidential client {@code dashboard-integration}
 * (client credentials); its service account carries the realm role INTEGRATION, so the import API accepts it.
 */
@QuarkusTest
class IntegrationClientTest {

    private static String token() {
        return Keycloak.clientCredentialsToken(Keycloak.INTEGRATION, Keycloak.clientSecret(Keycloak.INTEGRATION));
    }

    @Test
    void shouldAcceptTheServiceAccountTokenOfTheIntegrationClientForImports() throws InterruptedException {
        String token = token();
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("art", is("OIDC"))
                .body("rollen", contains("INTEGRATION"));
        Response r = given().header("Authorization", "Bearer " + token)
                .contentType("text/csv; charset=UTF-8")
                .body("ags;ozg_id;status\n05315000;10024;IN_PLANUNG\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/importe?dryRun=true");
        r.then().statusCode(202).header("Location", containsString("/api/v1/importe/"));
        long id = r.jsonPath().getLong("id");
        JsonPath job = null;
        for (int i = 0; i < 400; i++) {
            job = given().header("Authorization", "Bearer " + token())
                    .when()
                    .get("/api/v1/importe/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (job.getString("status").equals("FERTIG")
                    || job.getString("status").equals("FEHLGESCHLAGEN")) {
                break;
            }
            Thread.sleep(250);
        }
        org.junit.jupiter.api.Assertions.assertEquals("FERTIG", job.getString("status"), job.prettify());
        // its own jobs: listed for the client's service account (a new token, the same subject)
        given().header("Authorization", "Bearer " + token())
                .when()
                .get("/api/v1/importe")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        Api.admin()
                .spec()
                .when()
                .get("/api/v1/importe/" + id)
                .then()
                .statusCode(200)
                .body("erstelltVon", is("service-account-dashboard-integration"));
    }

    @Test
    void shouldGiveTheIntegrationClientNothingBeyondImports() {
        given().header("Authorization", "Bearer " + token())
                .when()
                .get("/api/v1/admin/konten")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAWrongClientSecret() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", Keycloak.INTEGRATION)
                .formParam("client_secret", "falsch")
                .when()
                .post(Keycloak.url() + "/realms/dashboard/protocol/openid-connect/token")
                .then()
                .statusCode(401);
    }
}
