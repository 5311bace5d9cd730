package nrw.digitalisierungsdashboard.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every YAML document under deploy/kubernetes strictly: Kubernetes kinds with fabric8's typed
 * model, CloudNativePG kinds with {@link Cnpg}, kustomizations with {@link Kustomization}.
 * fabric8's classes keep unknown fields in {@code additionalProperties} instead of failing, so
 * every parsed object graph is searched for them: a misspelt or misplaced field is an error, as
 * with {@code kubectl apply --validate=strict}.
 */
final class Manifests {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path DIR = REPO.resolve("deploy/kubernetes");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** One YAML document of a file, with its parsed form. */
    record Document(Path file, int index, JsonNode tree, Object parsed) {
        String where() {
            return REPO.relativize(file) + " #" + (index + 1);
        }
    }

    /** Kustomization or Component (kustomize.config.k8s.io), the fields used here. */
    record Kustomization(
            String apiVersion,
            String kind,
            String namespace,
            List<String> resources,
            List<String> components,
            List<Patch> patches) {}

    record Patch(String path) {}

    private Manifests() {}

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> all() {
        List<Document> docs = new ArrayList<>();
        for (Path file : files(DIR)) {
            List<JsonNode> trees = trees(file);
            for (int i = 0; i < trees.size(); i++) {
                docs.add(new Document(file, i, trees.get(i), parse(trees.get(i), file + " #" + (i + 1))));
            }
        }
        return docs;
    }

    static List<JsonNode> trees(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return it.readAll().stream()
                    .filter(n -> n != null && !n.isNull() && !n.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one document strictly; throws IllegalArgumentException naming the first problems. */
    static Object parse(JsonNode tree, String where) {
        String apiVersion = tree.path("apiVersion").asText();
        String kind = tree.path("kind").asText();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw new IllegalArgumentException(where + ": apiVersion oder kind fehlt");
        }
        try {
            Object parsed = switch (apiVersion + "/" + kind) {
                case "kustomize.config.k8s.io/v1beta1/Kustomization", "kustomize.config.k8s.io/v1alpha1/Component" ->
                    YAML.treeToValue(tree, Kustomization.class);
                case "postgresql.cnpg.io/v1/Cluster" -> YAML.treeToValue(tree, Cnpg.Cluster.class);
                case "postgresql.cnpg.io/v1/ScheduledBackup" -> YAML.treeToValue(tree, Cnpg.ScheduledBackup.class);
                case "barmancloud.cnpg.io/v1/ObjectStore" -> YAML.treeToValue(tree, Cnpg.ObjectStore.class);
                default -> {
                    KubernetesResource r = YAML.treeToValue(tree, KubernetesResource.class);
                    if (r instanceof GenericKubernetesResource || !(r instanceof HasMetadata)) {
                        throw new IllegalArgumentException(where + ": unbekannte Art " + apiVersion + " " + kind);
                    }
                    yield r;
                }
            };
            List<String> unknown = new ArrayList<>();
            unknownFields(parsed, kind, unknown);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(where + ": unbekannte Felder " + unknown);
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** Collects the paths of fields fabric8 did not recognise (its additionalProperties). */
    static void unknownFields(Object o, String path, List<String> unknown) {
        if (o == null) {
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (o instanceof Record record) {
            for (var c : record.getClass().getRecordComponents()) {
                unknownFields(invoke(c.getAccessor(), record), path + "." + c.getName(), unknown);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class
                    || !m.getDeclaringClass().getName().startsWith("io.fabric8.")) {
                continue;
            }
            Object value = invoke(m, o);
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
            } else {
                String field = Character.toLowerCase(m.getName().charAt(3))
                        + m.getName().substring(4);
                unknownFields(value, path + "." + field, unknown);
            }
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(m + " nicht lesbar", e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> of(List<Document> docs, Class<T> type) {
        return docs.stream()
                .map(Document::parsed)
                .filter(type::isInstance)
                .map(t -> (T) t)
                .toList();
    }

    static <T extends HasMetadata> T named(List<Document> docs, Class<T> type, String name) {
        return of(docs, type).stream()
                .filter(r -> name.equals(r.getMetadata().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " " + name + " fehlt"));
    }
}
