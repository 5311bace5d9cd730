package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.Keycloak;
import org.junit.jupiter.api.Test;

/**
 * Access tokens of the real Keycloak (realm export of keycloak/) map to the same roles, organisation and
 * Themenfelder as local accounts, and pass the same object-level checks.
 */
@QuarkusTest
class SingleSignOnTest {

    @Test
    void shouldMapTheProvidersRolesAndClaimsOntoTheDashboardModel() {
        String name = Api.uniqueName("k.koordination");
        Keycloak.createUser(name, List.of("KOORDINATION", "offline_access"), null, List.of(9));
        given().header("Authorization", "Bearer " + Keycloak.userToken(name))
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("art", is("OIDC"))
                .body("benutzername", is(name))
                .body("rollen", contains("KOORDINATION"))
                .body("themenfelder", contains(9))
                .body("csrfToken", nullValue());
    }

    @Test
    void shouldKeepTheDeclaredAttributesOfTheUserProfile() {
        // Keycloak ≥ 24 drops attributes the user profile does not declare; the realm export declares both
        String id = Keycloak.createUser(
                Api.uniqueName("r.profil"), List.of("REDAKTION"), "kommune-05315000", List.of(3, 9));
        var attributes = Keycloak.userAttributes(id);
        assertEquals("kommune-05315000", attributes.path("organisation").get(0).asText());
        assertEquals(2, attributes.path("themenfelder").size());
    }

    @Test
    void shouldLetAProviderTokenWriteWithoutCsrfAndRecordWhoInTheAuditTrail() {
        String name = Api.uniqueName("k.mobil");
        Keycloak.createUser(name, List.of("KOORDINATION"), null, List.of(9));
        String jwt = Keycloak.userToken(name);
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
                .body("items[0].akteur.name", is(name));
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
        String bildung = Api.uniqueName("k.bildung");
        Keycloak.createUser(bildung, List.of("KOORDINATION"), null, List.of(3));
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10171"));
        given().header("Authorization", "Bearer " + Keycloak.userToken(bildung))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10171/fachaemter")
                .then()
                .statusCode(403);
        String editor = Api.uniqueName("r.koeln");
        Keycloak.createUser(editor, List.of("REDAKTION"), "kommune-05315000", List.of());
        given().header("Authorization", "Bearer " + Keycloak.userToken(editor))
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("rollen", contains("REDAKTION"))
                .body("organisation.id", is("kommune-05315000"));
    }

    @Test
    void shouldGrantNothingForRolesOutsideTheDashboards() {
        String name = Api.uniqueName("nur.keycloak");
        Keycloak.createUser(name, List.of("offline_access"), null, List.of());
        given().header("Authorization", "Bearer " + Keycloak.userToken(name))
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("rollen", empty());
        given().header("Authorization", "Bearer " + Keycloak.userToken(name))
                .when()
                .get("/api/v1/admin/konten")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepLocalAccountsWorkingBesideSingleSignOn() {
        Api.admin()
                .spec()
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("art", is("KONTO"))
                .body("benutzername", is("admin"));
    }
}
