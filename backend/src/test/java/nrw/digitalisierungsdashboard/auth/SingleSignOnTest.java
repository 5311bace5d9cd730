package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.MockOidcProvider;
import org.junit.jupiter.api.Test;

/** Tokens of the identity provider map to the same roles, organisation and Themenfelder as local accounts. */
@QuarkusTest
class SingleSignOnTest {

    @Test
    void shouldMapTheProvidersRolesAndClaimsOntoTheDashboardModel() {
        String jwt = MockOidcProvider.token(
                "user-1", "k.koordination", List.of("KOORDINATION", "offline_access"), null, List.of(9), 300);
        given().header("Authorization", "Bearer " + jwt)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("art", is("OIDC"))
                .body("benutzername", is("k.koordination"))
                .body("rollen", contains("KOORDINATION"))
                .body("themenfelder", contains(9))
                .body("csrfToken", nullValue());
    }

    @Test
    void shouldLetAProviderTokenWriteWithoutCsrfAndRecordWhoInTheAuditTrail() {
        String jwt = MockOidcProvider.token("user-2", "k.mobil", List.of("KOORDINATION"), null, List.of(9), 300);
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10171"));
        given().header("Authorization", "Bearer " + jwt)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of("ordnungsamt")))
                .when()
                .put("/api/v1/leistungen/10171/fachaemter")
                .then()
                .statusCode(200)
                .body("fachaemter.id", contains("ordnungsamt"));
        Api.admin()
                .spec()
                .queryParam("entitaet", "LEISTUNG")
                .queryParam("id", "10171")
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("items[0].akteur.typ", is("OIDC"))
                .body("items[0].akteur.name", is("k.mobil"));
        String etag2 = Api.etag(given().when().get("/api/v1/leistungen/10171"));
        given().header("Authorization", "Bearer " + jwt)
                .contentType(ContentType.JSON)
                .header("If-Match", etag2)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10171/fachaemter")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldApplyObjectLevelChecksToProviderIdentitiesToo() {
        String jwt = MockOidcProvider.token("user-3", "k.bildung", List.of("KOORDINATION"), null, List.of(3), 300);
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10171"));
        given().header("Authorization", "Bearer " + jwt)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10171/fachaemter")
                .then()
                .statusCode(403);
        String editor =
                MockOidcProvider.token("user-4", "r.koeln", List.of("REDAKTION"), "kommune-05315000", List.of(), 300);
        given().header("Authorization", "Bearer " + editor)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("organisation.id", is("kommune-05315000"));
    }

    @Test
    void shouldRefuseExpiredOrForgedProviderTokens() {
        String expired = MockOidcProvider.token("user-5", "x", List.of("ADMIN"), null, List.of(), -120);
        given().header("Authorization", "Bearer " + expired)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
        String jwt = MockOidcProvider.token("user-6", "x", List.of("ADMIN"), null, List.of(), 300);
        String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA" + jwt.substring(jwt.lastIndexOf('.') + 5);
        given().header("Authorization", "Bearer " + forged)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
    }
}
