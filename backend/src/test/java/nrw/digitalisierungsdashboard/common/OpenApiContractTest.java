package nrw.digitalisierungsdashboard.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml at the repository root is the API contract; the backend serves its own document at /q/openapi.
 * Both must describe the same paths, operations, parameters, responses and schemas (prose aside), so neither
 * can drift. On a difference, the test lists every JSON pointer that differs.
 */
@QuarkusTest
class OpenApiContractTest {

    /** Prose and presentation; everything else is contract. */
    private static final Set<String> PROSE =
            Set.of("description", "summary", "examples", "example", "title", "tags", "externalDocs");

    @Test
    void shouldServeExactlyTheContractAtTheRepositoryRoot() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Path contractFile = Path.of("..", "openapi.yaml");
        assertTrue(Files.exists(contractFile), "openapi.yaml fehlt im Wurzelverzeichnis");
        JsonNode contract = yaml.readTree(contractFile.toFile());
        JsonNode served = yaml.readTree(given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        List<String> differences = new ArrayList<>();
        if (!contract.path("openapi").asText().startsWith("3.1")) {
            differences.add("/openapi: the contract must be OpenAPI 3.1");
        }
        compare("/paths", normalise(contract.path("paths")), normalise(served.path("paths")), differences);
        compare(
                "/components",
                normalise(contract.path("components")),
                normalise(served.path("components")),
                differences);
        if (!differences.isEmpty()) {
            fail("openapi.yaml und /q/openapi weichen ab (" + differences.size() + "):\n  "
                    + String.join("\n  ", differences)
                    + "\nDen Vertrag anpassen oder den Code – beide müssen dieselbe API beschreiben.");
        }
    }

    private static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            Iterator<String> names = node.fieldNames();
            List<String> sorted = new ArrayList<>();
            names.forEachRemaining(sorted::add);
            sorted.sort(String::compareTo);
            for (String name : sorted) {
                if (PROSE.contains(name)) {
                    continue;
                }
                JsonNode value = node.get(name);
                if (name.equals("parameters") && value.isArray()) {
                    // keyed by location and name, so a difference names the parameter
                    ObjectNode byName = copy.objectNode();
                    value.forEach(p -> byName.set(
                            p.path("in").asText() + ":" + p.path("name").asText(), normalise(p)));
                    copy.set(name, normalise(byName));
                } else {
                    copy.set(name, normalise(value));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(normalise(item)));
            // parameters and required lists are sets: order carries no meaning
            List<JsonNode> items = new ArrayList<>();
            copy.forEach(items::add);
            items.sort((a, b) -> a.toString().compareTo(b.toString()));
            ArrayNode ordered = copy.arrayNode();
            items.forEach(ordered::add);
            return ordered;
        }
        return node;
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(child + ": served, not in the contract");
                } else if (!actual.has(name)) {
                    out.add(child + ": in the contract, not served");
                } else {
                    compare(child, expected.get(name), actual.get(name), out);
                }
            }
        } else if (!expected.equals(actual)) {
            out.add(pointer + ": contract " + abbreviate(expected) + " ≠ served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }
}
