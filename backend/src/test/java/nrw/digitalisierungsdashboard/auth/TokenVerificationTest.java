package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.Keycloak;
import org.junit.jupiter.api.Test;

/**
 * Only access tokens of the configured issuer, for the API's audience, obtained by an accepted client, signed with a
 * key the issuer publishes and not expired count; every other token is refused with 401 – never read as anonymous.
 * The forged tokens are signed with a key Keycloak publishes for the realm, so each differs from an accepted token
 * (the first test) in exactly the one thing under test.
 */
@QuarkusTest
class TokenVerificationTest {

    private static void refused(String token) {
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> claims(Consumer<Map<String, Object>> change) {
        Map<String, Object> c = Keycloak.validClaims(Api.uniqueName("gefaelscht"), List.of("ADMIN"));
        change.accept(c);
        return c;
    }

    @Test
    void shouldAcceptATokenWithTheRightIssuerAudienceClientAndKey() {
        given().header("Authorization", "Bearer " + Keycloak.sign(claims(c -> {})))
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("art", is("OIDC"))
                .body("rollen[0]", is("ADMIN"));
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey other = generator.generateKeyPair().getPrivate();
        refused(Keycloak.sign(claims(c -> {}), other));
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        refused(Keycloak.unsigned(claims(c -> {})));
    }

    @Test
    void shouldRefuseATokenWhoseSignatureWasCutOffOrAltered() {
        String jwt = Keycloak.sign(claims(c -> {}));
        refused(jwt.substring(0, jwt.lastIndexOf('.') + 1));
        String payload = Keycloak.sign(claims(c -> c.put("realm_access", Map.of("roles", List.of("REDAKTION")))))
                .split("\\.")[1];
        String[] parts = jwt.split("\\.");
        refused(parts[0] + "." + payload + "." + parts[2]);
    }

    @Test
    void shouldRefuseAnHmacTokenKeyedWithThePublishedKeys() throws Exception {
        // algorithm confusion: HS256 with the issuer's public key material (its JWKS) as the shared secret
        String header = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + Keycloak.publishedKid() + "\"}");
        String payload = Keycloak.sign(claims(c -> {})).split("\\.")[1];
        String jwks = given().when()
                .get(Keycloak.url() + "/realms/dashboard/protocol/openid-connect/certs")
                .asString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(jwks.getBytes(), "HmacSHA256"));
        String sig = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal((header + "." + payload).getBytes()));
        refused(header + "." + payload + "." + sig);
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        refused(Keycloak.sign(claims(c -> c.put("iss", Keycloak.url() + "/realms/dashboard"))));
        refused(Keycloak.sign(claims(c -> c.put("iss", "https://sso.example.org/realms/dashboard"))));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        refused(Keycloak.sign(claims(c -> c.put("aud", List.of("account")))));
        refused(Keycloak.sign(claims(c -> c.remove("aud"))));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        long now = Instant.now().getEpochSecond();
        refused(Keycloak.sign(claims(c -> {
            c.put("iat", now - 600);
            c.put("exp", now - 5);
        })));
    }

    @Test
    void shouldRefuseATokenOfAClientTheDashboardDoesNotAccept() {
        refused(Keycloak.sign(claims(c -> c.put("azp", "fremder-client"))));
        refused(Keycloak.sign(claims(c -> c.remove("azp"))));
        // a genuine Keycloak token of the right issuer and audience, but obtained by another client of the realm
        String clientId = Api.uniqueName("fremder-client");
        String secret = Keycloak.createServiceClient(clientId, List.of("INTEGRATION"));
        String genuine = Keycloak.clientCredentialsToken(clientId, secret);
        refused(genuine);
    }

    @Test
    void shouldRefuseTheIdTokenAndTheRefreshTokenAsBearer() {
        String name = Api.uniqueName("r.tokenarten");
        Keycloak.createUser(name, List.of("REDAKTION"), "kommune-05315000", List.of());
        var tokens = Keycloak.userTokens(name);
        given().header("Authorization", "Bearer " + tokens.get("access_token").asText())
                .when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);
        refused(tokens.get("id_token").asText());
        refused(tokens.get("refresh_token").asText());
    }

    private static String base64(String s) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes());
    }
}
