package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.Keycloak;
import org.junit.jupiter.api.Test;

/** When Keycloak rotates its signing key, the backend fetches the new JWKS on the unknown key id: no restart, no 401. */
@QuarkusTest
class SigningKeyRotationTest {

    @Test
    void shouldAcceptTokensSignedWithARotatedKeyAndThoseIssuedBefore() {
        String name = Api.uniqueName("r.rotation");
        Keycloak.createUser(name, List.of("REDAKTION"), "kommune-05315000", List.of());
        String before = Keycloak.userToken(name);
        given().header("Authorization", "Bearer " + before)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);

        String kid = Keycloak.rotateSigningKey();
        String after = Keycloak.userToken(name);
        assertEquals(kid, Keycloak.part(after, 0).get("kid").asText());
        assertNotEquals(Keycloak.part(before, 0).get("kid").asText(), kid);

        given().header("Authorization", "Bearer " + after)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("benutzername", is(name));
        given().header("Authorization", "Bearer " + before)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);
    }
}
