package nrw.digitalisierungsdashboard.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A minimal OpenID provider for the tests (discovery document and JWKS), standing in for Keycloak, so single
 * sign-on runs in every test: the backend verifies real RS256 tokens against it.
 */
public class MockOidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER_PROPERTY = "dashboard.test.oidc.issuer";
    static final String KEY_PROPERTY = "dashboard.test.oidc.key";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            String issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/dashboard";
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent()))
                    + "\"}]}";
            String discovery =
                    "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                            + "\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                            + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
            server.createContext("/realms/dashboard/.well-known/openid-configuration", ex -> respond(ex, discovery));
            server.createContext("/realms/dashboard/protocol/openid-connect/certs", ex -> respond(ex, jwks));
            server.start();
            System.setProperty(ISSUER_PROPERTY, issuer);
            System.setProperty(
                    KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", issuer,
                    "quarkus.oidc.client-id", "dashboard-spa",
                    "quarkus.oidc.connection-delay", "0S");
        } catch (Exception e) {
            throw new IllegalStateException("OIDC-Attrappe ließ sich nicht starten", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A signed access token as Keycloak would issue it, with the dashboard's claims. */
    public static String token(
            String subject,
            String username,
            List<String> roles,
            String organisation,
            List<Integer> themenfelder,
            long validSeconds) {
        try {
            String issuer = System.getProperty(ISSUER_PROPERTY);
            long now = Instant.now().getEpochSecond();
            StringBuilder payload = new StringBuilder("{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\","
                    + "\"aud\":\"dashboard-spa\",\"azp\":\"dashboard-spa\",\"iat\":" + now + ",\"exp\":"
                    + (now + validSeconds) + ","
                    + "\"preferred_username\":\"" + username + "\",\"name\":\"SSO " + username + "\","
                    + "\"realm_access\":{\"roles\":["
                    + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList()) + "]}");
            if (organisation != null) {
                payload.append(",\"organisation\":\"").append(organisation).append('"');
            }
            payload.append(",\"themenfelder\":[")
                    .append(String.join(
                            ",", themenfelder.stream().map(String::valueOf).toList()))
                    .append("]}");
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test\"}";
            String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + b64(payload.toString().getBytes(StandardCharsets.UTF_8));
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(KEY_PROPERTY))));
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initSign(key);
            sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(sig.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
