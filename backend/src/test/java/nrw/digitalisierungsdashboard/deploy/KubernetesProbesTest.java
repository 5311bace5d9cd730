package nrw.digitalisierungsdashboard.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The probes of backend.yml ask the running backend, on the port it listens on outside tests. */
@QuarkusTest
class KubernetesProbesTest {

    @Test
    void everyProbeOfTheBackendIsARealHealthEndpoint() throws IOException {
        Deployment d = Manifests.named(Manifests.all(), Deployment.class, "dashboard-backend");
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        List<Probe> probes = java.util.stream.Stream.of(
                        c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe())
                .filter(Objects::nonNull)
                .toList();
        assertEquals(3, probes.size(), "startup, readiness und liveness");
        // the port outside tests: quarkus.http.port=${PORT:8080} (tests listen on a random one)
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Matcher m =
                Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{PORT:(\\d+)}").matcher(properties);
        assertTrue(m.find(), "quarkus.http.port nicht gefunden");
        int port = Integer.parseInt(m.group(1));
        for (Probe p : probes) {
            assertEquals(port, p.getHttpGet().getPort().getIntVal(), "Port der Probe");
            given().when().get(p.getHttpGet().getPath()).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
