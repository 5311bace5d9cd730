package nrw.digitalisierungsdashboard.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity provider of the test run: a real Keycloak with the realm export of {@code keycloak/}. Reuses the one
 * {@code ./test.sh} started (KEYCLOAK_TEST_URL and friends, see keycloak/test-server.sh), or starts its own with
 * that script and stops it afterwards. If Keycloak cannot start, the run fails – single sign-on is never skipped.
 *
 * The backend is configured through the same variables an operator sets (DASHBOARD_OIDC_*), with the split of
 * docker-compose: it reaches Keycloak at 127.0.0.1 while the tokens name http://localhost:PORT as issuer.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private String ownRunDir;

    @Override
    public Map<String, String> start() {
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            if (env.get("KEYCLOAK_TEST_URL") == null) {
                env.putAll(startOwn());
            }
            String url = env.get("KEYCLOAK_TEST_URL");
            String issuer = env.get("KEYCLOAK_TEST_PUBLIC_URL") + "/realms/" + Keycloak.REALM;
            System.setProperty(Keycloak.URL_PROPERTY, url);
            System.setProperty(Keycloak.ISSUER_PROPERTY, issuer);
            System.setProperty(Keycloak.ADMIN_PASSWORD_PROPERTY, env.get("KEYCLOAK_TEST_ADMIN_PASSWORD"));
            // Tests get user tokens without a browser; the SPA client keeps Authorization Code + PKCE for browsers.
            Keycloak.updateClient(Keycloak.SPA, Map.of("directAccessGrantsEnabled", true));
            Keycloak.installSigningKey();
            return Map.of(
                    "DASHBOARD_OIDC_ENABLED",
                    "true",
                    "DASHBOARD_OIDC_ISSUER",
                    issuer,
                    "DASHBOARD_OIDC_SERVER_URL",
                    url + "/realms/" + Keycloak.REALM,
                    "quarkus.oidc.connection-delay",
                    "0S");
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Keycloak für die Tests ließ sich nicht starten oder einrichten", e);
        }
    }

    private Map<String, String> startOwn() throws Exception {
        Path script =
                Path.of("..", "keycloak", "test-server.sh").toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("Fehlt: " + script);
        }
        Process p = new ProcessBuilder("bash", script.toString(), "start")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Map<String, String> vars = new HashMap<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("export ") && line.contains("=")) {
                    String assignment = line.substring("export ".length());
                    vars.put(
                            assignment.substring(0, assignment.indexOf('=')),
                            assignment.substring(assignment.indexOf('=') + 1));
                }
            }
        }
        if (p.waitFor() != 0 || vars.get("KEYCLOAK_TEST_URL") == null) {
            throw new IllegalStateException(
                    "keycloak/test-server.sh start ist fehlgeschlagen (Exit " + p.exitValue() + ")");
        }
        ownRunDir = vars.get("KEYCLOAK_TEST_DIR");
        return vars;
    }

    @Override
    public void stop() {
        if (ownRunDir == null) {
            return;
        }
        try {
            Path script =
                    Path.of("..", "keycloak", "test-server.sh").toAbsolutePath().normalize();
            new ProcessBuilder(List.of("bash", script.toString(), "stop", ownRunDir))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (Exception ignored) {
            // the run ends next; the run directory lies under TMPDIR
        } finally {
            ownRunDir = null;
        }
    }
}
