package nrw.digitalisierungsdashboard.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input never answers 500, for every parameter the contract names: driven from openapi.yaml, so a new parameter
 * is swept without anyone adding it here. One request each, as the administrator (so roles never stop a request
 * before its input is read): a NUL byte in every path and query parameter and every string field of a JSON body,
 * and a date out of range (year 10000, year 1899) wherever the schema says format date or date-time. Each must be
 * 400 problem+json naming the parameter or field.
 */
@QuarkusTest
class ContractSweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode contract;
    private static Api.Session kommuneRedaktion;

    @BeforeAll
    static void readContract() throws Exception {
        contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("..", "openapi.yaml").toFile());
    }

    record Op(String method, String path, JsonNode operation) {}

    private static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (String m : List.of("get", "put", "post", "patch", "delete")) {
                if (p.getValue().has(m) && p.getKey().startsWith("/api/")) {
                    ops.add(new Op(m, p.getKey(), p.getValue().get(m)));
                }
            }
        }
        return ops;
    }

    private static List<JsonNode> parameters(Op op, String in) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : op.operation().path("parameters")) {
            JsonNode resolved = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
            if (in.equals(resolved.path("in").asText())) {
                out.add(resolved);
            }
        }
        return out;
    }

    private static JsonNode resolve(String ref) {
        JsonNode n = contract;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part);
        }
        return n;
    }

    /** A harmless value of the declared type; for a path parameter it only has to route. */
    private static String sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        return "integer".equals(schema.path("type").asText()) ? "1" : "x1";
    }

    private static String path(Op op, String nulIn) {
        String path = op.path();
        for (JsonNode p : parameters(op, "path")) {
            String name = p.get("name").asText();
            path = path.replace("{" + name + "}", name.equals(nulIn) ? "a%00b" : sample(p.path("schema")));
        }
        return path;
    }

    private static Response send(Op op, String path, Map<String, String> query, String body) {
        RequestSpecification r = Api.admin().spec().urlEncodingEnabled(false);
        query.forEach(r::queryParam);
        if (body != null) {
            r = r.contentType("application/json").body(body);
        }
        return r.request(op.method().toUpperCase(), path);
    }

    /** 400 problem+json whose errors name the parameter; otherwise a line for the report. */
    private static String check(Op op, String what, String name, Response r) {
        String where = op.method().toUpperCase() + " " + op.path() + " " + what + " " + name;
        if (r.statusCode() != 400 || !String.valueOf(r.getContentType()).startsWith("application/problem+json")) {
            return where + ": " + r.statusCode() + " " + r.asString();
        }
        List<String> names = r.jsonPath().getList("errors.name", String.class);
        if (names == null
                || names.stream().noneMatch(n -> n.equals(name) || n.startsWith(name + "[") || n.equals("path"))) {
            return where + ": 400 ohne den Namen " + name + ": " + r.asString();
        }
        return null;
    }

    @Test
    void shouldRefuseNulInEveryPathAndQueryParameterWith400() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Op op : operations()) {
            for (JsonNode p : parameters(op, "path")) {
                String name = p.get("name").asText();
                Response r = send(op, path(op, name), Map.of(), null);
                requests++;
                String f = check(op, "Pfad", name, r);
                if (f != null) {
                    failures.add(f);
                }
            }
            for (JsonNode p : parameters(op, "query")) {
                String name = p.get("name").asText();
                Response r = send(op, path(op, null), Map.of(name, "a%00b"), null);
                requests++;
                String f = check(op, "Parameter", name, r);
                if (f != null) {
                    failures.add(f);
                }
            }
        }
        assertTrue(requests > 100, "zu wenige Parameter gefunden: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " von " + requests + ":\n" + String.join("\n", failures));
    }

    @Test
    void shouldRefuseDatesOutOfRangeInEveryDateParameterWith400() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Op op : operations()) {
            for (JsonNode p : parameters(op, "query")) {
                String format = p.path("schema").path("format").asText();
                if (!format.startsWith("date")) {
                    continue;
                }
                String name = p.get("name").asText();
                for (String year : List.of("10000", "1899")) {
                    Map<String, String> query = new LinkedHashMap<>();
                    for (JsonNode other : parameters(op, "query")) {
                        if (other.path("schema").has("enum")) {
                            query.put(other.get("name").asText(), sample(other.path("schema")));
                        }
                    }
                    query.put(name, format.equals("date") ? year + "-01-01" : year + "-01-01T00:00:00Z");
                    Response r = send(op, path(op, null), query, null);
                    requests++;
                    String f = check(op, "Datum " + year, name, r);
                    if (f != null) {
                        failures.add(f);
                    }
                }
            }
        }
        assertTrue(requests >= 10, "zu wenige Datumsparameter gefunden: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " von " + requests + ":\n" + String.join("\n", failures));
    }

    @Test
    void shouldRefuseNulAndDatesOutOfRangeInEveryStringFieldOfAJsonBodyWith400() throws Exception {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Op op : operations()) {
            JsonNode schema = op.operation()
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            if (schema.has("$ref")) {
                schema = resolve(schema.get("$ref").asText());
            }
            if (!"object".equals(schema.path("type").asText()) && !schema.has("properties")) {
                continue; // e.g. the import's array of rows, read by its own parser
            }
            Iterator<Map.Entry<String, JsonNode>> props =
                    schema.path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode t = prop.getValue();
                if (t.has("$ref")) {
                    t = resolve(t.get("$ref").asText());
                }
                if (!isString(t)) {
                    continue;
                }
                List<String> values = new ArrayList<>(List.of("a\u0000b"));
                String format = t.path("format").asText();
                if (format.equals("date")) {
                    values = List.of("10000-01-01", "1899-12-31");
                } else if (format.equals("date-time")) {
                    values = List.of("10000-01-01T00:00:00Z", "1899-12-31T00:00:00Z");
                }
                for (String value : values) {
                    ObjectNode body = JSON.createObjectNode().put(prop.getKey(), value);
                    Response r = send(Api.admin(), op, body);
                    if (r.statusCode() == 403) {
                        // the administration may not call it (a Kommune's own declaration): the Kommune's editors
                        if (kommuneRedaktion == null) {
                            kommuneRedaktion = Api.account(List.of("REDAKTION"), "kommune-05315000", List.of());
                        }
                        r = send(kommuneRedaktion, op, body);
                    }
                    requests++;
                    String f = check(op, "Feld", prop.getKey(), r);
                    if (f != null) {
                        failures.add(f);
                    }
                }
            }
        }
        assertTrue(requests > 60, "zu wenige Felder gefunden: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " von " + requests + ":\n" + String.join("\n", failures));
    }

    private static Response send(Api.Session session, Op op, ObjectNode body) throws Exception {
        return session.spec()
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(JSON.writeValueAsString(body))
                .request(op.method().toUpperCase(), path(op, null));
    }

    private static boolean isString(JsonNode t) {
        JsonNode type = t.path("type");
        if (type.isArray()) {
            for (JsonNode x : type) {
                if ("string".equals(x.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "string".equals(type.asText());
    }
}
