package nrw.digitalisierungsdashboard.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The real Keycloak of the test run (see {@link KeycloakTestResource}) through its admin REST API: creates users
 * and clients, gets tokens as the dashboard and the integrators do, rotates the realm key, and signs tokens with a
 * key the realm publishes (so a forged token differs from a valid one in exactly the claim under test).
 * Everything lives in system properties, because test resources and tests may see different class loaders.
 */
public final class Keycloak {

    public static final String REALM = "dashboard";
    public static final String SPA = "dashboard-spa";
    public static final String INTEGRATION = "dashboard-integration";
    public static final String AUDIENCE = "dashboard-api";
    /** The password of every test user (the realm's policy: at least 12 characters, not the user name). */
    public static final String PASSWORD = "Sso-Testpasswort-2026";

    static final String URL_PROPERTY = "dashboard.test.keycloak.url";
    static final String ISSUER_PROPERTY = "dashboard.test.keycloak.issuer";
    static final String ADMIN_PASSWORD_PROPERTY = "dashboard.test.keycloak.admin-password";
    static final String KEY_PROPERTY = "dashboard.test.keycloak.signing-key";
    static final String KID_PROPERTY = "dashboard.test.keycloak.signing-kid";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {}

    /** Where the backend reaches Keycloak (discovery, JWKS, token endpoint): http://127.0.0.1:PORT. */
    public static String url() {
        return System.getProperty(URL_PROPERTY);
    }

    /** The issuer named in every token: Keycloak's public name, http://localhost:PORT/realms/dashboard. */
    public static String issuer() {
        return System.getProperty(ISSUER_PROPERTY);
    }

    static String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    static String adminUrl() {
        return url() + "/admin/realms/" + REALM;
    }

    // --- admin API -------------------------------------------------------------------------------------------

    static String adminToken() {
        JsonNode r = form(
                url() + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        "admin",
                        "password",
                        System.getProperty(ADMIN_PASSWORD_PROPERTY)));
        return r.get("access_token").asText();
    }

    static JsonNode admin(String method, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(adminUrl() + path))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Accept", "application/json");
            if (body != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(
                        "Keycloak " + method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String clientUuid(String clientId) {
        return admin("GET", "/clients?clientId=" + clientId, null)
                .get(0)
                .get("id")
                .asText();
    }

    /** Changes a client as the operator would in the admin console: the given fields on top of what it has. */
    static void updateClient(String clientId, Map<String, Object> changes) {
        String id = clientUuid(clientId);
        ObjectNode client = (ObjectNode) admin("GET", "/clients/" + id, null);
        changes.forEach((k, v) -> client.set(k, JSON.valueToTree(v)));
        admin("PUT", "/clients/" + id, client);
    }

    /**
     * A user with realm roles and the dashboard's attributes; returns its id. Users are never reused: each test
     * makes its own (names from {@link Api#uniqueName}).
     */
    public static String createUser(
            String username, List<String> roles, String organisation, List<Integer> themenfelder) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (organisation != null) {
            attributes.put("organisation", List.of(organisation));
        }
        if (!themenfelder.isEmpty()) {
            attributes.put(
                    "themenfelder", themenfelder.stream().map(String::valueOf).toList());
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@sso-test.example");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", username);
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        admin("POST", "/users", user);
        String id = admin("GET", "/users?exact=true&username=" + username, null)
                .get(0)
                .get("id")
                .asText();
        List<JsonNode> realmRoles = new ArrayList<>();
        for (String role : roles) {
            realmRoles.add(admin("GET", "/roles/" + role, null));
        }
        if (!realmRoles.isEmpty()) {
            admin("POST", "/users/" + id + "/role-mappings/realm", realmRoles);
        }
        return id;
    }

    /** The attributes Keycloak stored for a user (undeclared ones it drops). */
    public static JsonNode userAttributes(String id) {
        return admin("GET", "/users/" + id, null).path("attributes");
    }

    /** Ends all of a user's sessions (what "sign out everywhere" or disabling does): refresh tokens stop working. */
    public static void logoutUser(String id) {
        admin("POST", "/users/" + id + "/logout", null);
    }

    // --- tokens ----------------------------------------------------------------------------------------------

    /**
     * The token response for a user of the dashboard's client (resource owner password grant, enabled for the
     * test run only; the browser uses Authorization Code with PKCE). Keys: access_token, id_token, refresh_token.
     */
    public static JsonNode userTokens(String username) {
        return form(
                realmUrl() + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        SPA,
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "scope",
                        "openid"));
    }

    public static String userToken(String username) {
        return userTokens(username).get("access_token").asText();
    }

    /** The current secret of a confidential client (Keycloak generates it at import; operators read it there). */
    public static String clientSecret(String clientId) {
        return admin("GET", "/clients/" + clientUuid(clientId) + "/client-secret", null)
                .get("value")
                .asText();
    }

    /** A client-credentials token, as an integrator's machine obtains it. */
    public static String clientCredentialsToken(String clientId, String secret) {
        return form(
                        realmUrl() + "/protocol/openid-connect/token",
                        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .get("access_token")
                .asText();
    }

    /**
     * Another confidential client of the same realm, with the API's audience and a service account of the given
     * roles: a genuine token of the right issuer and audience, but not of a client the dashboard accepts.
     * Returns its secret.
     */
    public static String createServiceClient(String clientId, List<String> roles) {
        admin(
                "POST",
                "/clients",
                Map.of(
                        "clientId",
                        clientId,
                        "publicClient",
                        false,
                        "serviceAccountsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "directAccessGrantsEnabled",
                        false,
                        "protocolMappers",
                        List.of(Map.of(
                                "name",
                                "audience",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-audience-mapper",
                                "config",
                                Map.of("included.custom.audience", AUDIENCE, "access.token.claim", "true")))));
        String id = clientUuid(clientId);
        String serviceAccount = admin("GET", "/clients/" + id + "/service-account-user", null)
                .get("id")
                .asText();
        List<JsonNode> realmRoles = new ArrayList<>();
        for (String role : roles) {
            realmRoles.add(admin("GET", "/roles/" + role, null));
        }
        admin("POST", "/users/" + serviceAccount + "/role-mappings/realm", realmRoles);
        return clientSecret(clientId);
    }

    // --- keys ------------------------------------------------------------------------------------------------

    /**
     * Rotates the realm's signing key as an operator would: a new generated RSA key with a higher priority signs
     * all new tokens; the old one stays published so tokens already issued remain valid until they expire.
     * Returns the new key's id ({@code kid}).
     */
    public static String rotateSigningKey() {
        String realmId = admin("GET", "", null).get("id").asText();
        String name = "rotiert-" + UUID.randomUUID();
        long priority = 0;
        for (JsonNode key : admin("GET", "/keys", null).get("keys")) {
            priority = Math.max(priority, key.path("providerPriority").asLong());
        }
        admin(
                "POST",
                "/components",
                Map.of(
                        "name",
                        name,
                        "providerId",
                        "rsa-generated",
                        "providerType",
                        "org.keycloak.keys.KeyProvider",
                        "parentId",
                        realmId,
                        "config",
                        Map.of(
                                "priority",
                                List.of(String.valueOf(priority + 100)),
                                "enabled",
                                List.of("true"),
                                "active",
                                List.of("true"),
                                "algorithm",
                                List.of("RS256"),
                                "keySize",
                                List.of("2048"))));
        for (JsonNode key : admin("GET", "/keys", null).get("keys")) {
            if ("RS256".equals(key.path("algorithm").asText())
                    && key.path("providerPriority").asLong() == priority + 100
                    && componentName(key.path("providerId").asText()).equals(name)) {
                return key.get("kid").asText();
            }
        }
        throw new IllegalStateException("Neuer Schlüssel nicht gefunden");
    }

    private static String componentName(String componentId) {
        return admin("GET", "/components/" + componentId, null).path("name").asText();
    }

    /**
     * Adds an RSA key of ours to the realm's published keys (low priority: Keycloak keeps signing with its own),
     * so tests can sign tokens that verify against the JWKS. Called once before the application starts, so the
     * backend already knows the key and no test depends on a JWKS refresh except the rotation test.
     */
    static void installSigningKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        String realmId = admin("GET", "", null).get("id").asText();
        String name = "test-signierschluessel-" + UUID.randomUUID();
        admin(
                "POST",
                "/components",
                Map.of(
                        "name",
                        name,
                        "providerId",
                        "rsa",
                        "providerType",
                        "org.keycloak.keys.KeyProvider",
                        "parentId",
                        realmId,
                        "config",
                        Map.of(
                                "privateKey",
                                List.of(pem),
                                "priority",
                                List.of("1"),
                                "enabled",
                                List.of("true"),
                                "active",
                                List.of("true"),
                                "algorithm",
                                List.of("RS256"))));
        String kid = null;
        for (JsonNode key : admin("GET", "/keys", null).get("keys")) {
            if (key.path("providerPriority").asLong() == 1
                    && "RS256".equals(key.path("algorithm").asText())
                    && componentName(key.path("providerId").asText()).equals(name)) {
                kid = key.get("kid").asText();
            }
        }
        if (kid == null) {
            throw new IllegalStateException("Testschlüssel nicht veröffentlicht");
        }
        System.setProperty(
                KEY_PROPERTY,
                Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        System.setProperty(KID_PROPERTY, kid);
    }

    /** The key id of the published test key. */
    public static String publishedKid() {
        return System.getProperty(KID_PROPERTY);
    }

    /** Claims of a valid access token for the dashboard's client, as Keycloak would issue them. */
    public static Map<String, Object> validClaims(String username, List<String> roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", issuer());
        c.put("sub", UUID.randomUUID().toString());
        c.put("aud", List.of(AUDIENCE));
        c.put("azp", SPA);
        c.put("typ", "Bearer");
        c.put("iat", now);
        c.put("exp", now + 300);
        c.put("preferred_username", username);
        c.put("realm_access", Map.of("roles", roles));
        return c;
    }

    /** Signs claims with the published test key (RS256) – or, given another key, with that one under the same kid. */
    public static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            PrivateKey signer = key != null
                    ? key
                    : KeyFactory.getInstance("RSA")
                            .generatePrivate(new PKCS8EncodedKeySpec(
                                    Base64.getDecoder().decode(System.getProperty(KEY_PROPERTY))));
            String signingInput =
                    b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", publishedKid()))) + "."
                            + b64(JSON.writeValueAsBytes(claims));
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initSign(signer);
            sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(sig.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(Map<String, Object> claims) {
        return sign(claims, null);
    }

    /** An unsigned token ({@code alg: none}). */
    public static String unsigned(Map<String, Object> claims) {
        try {
            return b64(JSON.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT"))) + "."
                    + b64(JSON.writeValueAsBytes(claims)) + ".";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded header or payload (part 0 or 1) of a JWT. */
    public static JsonNode part(String jwt, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static JsonNode form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak-Token: " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
