package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Role × endpoint matrix over every protected or writing operation the backend serves (read from its own
 * OpenAPI document, so a new endpoint without a row here fails this test). Each cell sends a real request. The shared
 * rows the cells change are restored afterwards; what they create (accounts, tokens, projects) is their own.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Inject
    AgroalDataSource dataSource;

    private List<Snapshot> shared;
    private String typHinweis;

    @BeforeEach
    void keepSharedRows() throws Exception {
        shared = List.of(
                Snapshot.of(dataSource, "leistung_fachamt", "ozg_id = 10168"),
                Snapshot.of(dataSource, "koordination", "themenfeld_id = 9"),
                Snapshot.of(dataSource, "zustaendigkeit", "ozg_id = " + LEISTUNG),
                Snapshot.of(dataSource, "umsetzungsstand", "kommune_ags = '05315000' AND ozg_id = " + LEISTUNG),
                Snapshot.of(dataSource, "umsetzungsstand_wechsel", "kommune_ags = '05315000' AND ozg_id = " + LEISTUNG),
                Snapshot.of(
                        dataSource,
                        "basiskomponente_anschluss",
                        "kommune_ags = '05315000' AND basiskomponente_id = 'fit-connect'"),
                Snapshot.of(dataSource, "statistik_tag", "datum = current_date"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT typ_hinweis FROM kommune WHERE ags = '05374004'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            typHinweis = rs.getString(1);
        }
    }

    @AfterEach
    void restoreSharedRows() throws Exception {
        shared.forEach(s -> s.restore(dataSource));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE kommune SET typ_hinweis = ? WHERE ags = '05374004'");
                Statement s = c.createStatement()) {
            ps.setString(1, typHinweis);
            ps.executeUpdate();
            // the Soll rules and the Ist of Köln are back: so are the figures computed from them
            s.execute("SELECT umsetzung_refresh_kommunen(NULL)");
            s.execute("SELECT umsetzung_refresh_regionen(NULL)");
            s.execute("SELECT statistik_refresh_gebiete(NULL)");
        }
    }

    enum Actor {
        ANONYM,
        ADMIN,
        KOORDINATION,
        KOORDINATION_FREMD,
        REDAKTION,
        INTEGRATION,
        INTEGRATION_TOKEN
    }

    record Case(BiFunction<Actor, RequestSpecification, Response> call, Map<Actor, Integer> expected) {}

    /** The Leistung the cells write about (Themenfeld 9, Mobilität & Reisen). */
    static final String LEISTUNG = "10173";

    private static final Map<Actor, String> NAMES = new EnumMap<>(Actor.class);

    /** Lazily, inside a test: RestAssured knows the test port only once Quarkus runs. */
    static synchronized void accounts() {
        if (!NAMES.isEmpty()) {
            return;
        }
        NAMES.put(Actor.ADMIN, "admin");
        create(Actor.KOORDINATION, List.of("KOORDINATION"), null, List.of(9)); // Mobilität & Reisen
        create(Actor.KOORDINATION_FREMD, List.of("KOORDINATION"), null, List.of(3)); // Bildung
        create(Actor.REDAKTION, List.of("REDAKTION"), "kommune-05315000", List.of());
        create(Actor.INTEGRATION, List.of("INTEGRATION"), null, List.of());
    }

    private static void create(Actor actor, List<String> roles, String org, List<Integer> tf) {
        String name = Api.uniqueName("matrix-" + actor.name().toLowerCase().replace('_', '-'));
        Api.createKonto(name, roles, org, tf);
        NAMES.put(actor, name);
    }

    private static String integrationToken;

    /** One session per actor for the whole matrix: signing in is what the login rows test, not every cell. */
    private static final Map<Actor, Api.Session> SESSIONS = new EnumMap<>(Actor.class);

    private static RequestSpecification as(Actor actor) {
        accounts();
        return switch (actor) {
            case ANONYM -> given().header("X-Forwarded-For", Api.freshAddress());
            case INTEGRATION_TOKEN -> {
                if (integrationToken == null) {
                    integrationToken = Api.token("INTEGRATION", null);
                }
                yield Api.bearer(integrationToken);
            }
            default ->
                SESSIONS.computeIfAbsent(actor, AuthorizationMatrixTest::signIn).spec();
        };
    }

    /** A session of its own, for the cell that ends it. */
    private static RequestSpecification fresh(Actor actor, RequestSpecification shared) {
        return actor == Actor.ANONYM || actor == Actor.INTEGRATION_TOKEN
                ? shared
                : signIn(actor).spec();
    }

    private static Api.Session signIn(Actor actor) {
        return Api.login(NAMES.get(actor), actor == Actor.ADMIN ? Api.ADMIN_PASSWORD : Api.PASSWORD);
    }

    static Map<Actor, Integer> expect(
            int anonym, int admin, int koord, int koordFremd, int redaktion, int integration, int token) {
        Map<Actor, Integer> m = new EnumMap<>(Actor.class);
        m.put(Actor.ANONYM, anonym);
        m.put(Actor.ADMIN, admin);
        m.put(Actor.KOORDINATION, koord);
        m.put(Actor.KOORDINATION_FREMD, koordFremd);
        m.put(Actor.REDAKTION, redaktion);
        m.put(Actor.INTEGRATION, integration);
        m.put(Actor.INTEGRATION_TOKEN, token);
        return m;
    }

    static String etag(String path) {
        return Api.etag(given().when().get(path));
    }

    private static long someKonto() {
        return Api.createKonto(Api.uniqueName("matrix-ziel"), List.of("REDAKTION"), "civitec", List.of());
    }

    private static long someToken() {
        Api.token("INTEGRATION", null);
        return Api.admin()
                .spec()
                .when()
                .get("/api/v1/admin/tokens?size=1")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    /** Every protected or writing operation: "METHOD path" → how to call it and what each actor gets. */
    private static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put(
                "POST /api/v1/auth/login",
                new Case(
                        // signing in ends the session the client sent along: each actor's own, not the shared one
                        (a, r) -> fresh(a, r)
                                .contentType(ContentType.JSON)
                                .body(Map.of("benutzername", "admin", "passwort", Api.ADMIN_PASSWORD))
                                .post("/api/v1/auth/login"),
                        expect(200, 200, 200, 200, 200, 200, 200)));
        c.put(
                "POST /api/v1/auth/logout",
                new Case((a, r) -> fresh(a, r).post("/api/v1/auth/logout"), expect(401, 204, 204, 204, 204, 204, 204)));
        c.put(
                "GET /api/v1/auth/me",
                new Case((a, r) -> r.get("/api/v1/auth/me"), expect(401, 200, 200, 200, 200, 200, 200)));
        c.put(
                "POST /api/v1/auth/passwort",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "altesPasswort",
                                        "nicht-das-passwort",
                                        "neuesPasswort",
                                        "Ein-neues-Passwort-2026"))
                                .post("/api/v1/auth/passwort"),
                        expect(401, 400, 400, 400, 400, 400, 403)));
        c.put(
                "PUT /api/v1/leistungen/{ozgId}/fachaemter",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .header("If-Match", etag("/api/v1/leistungen/10168"))
                                .body(Map.of("fachaemter", List.of()))
                                .put("/api/v1/leistungen/10168/fachaemter"),
                        expect(401, 200, 200, 403, 403, 403, 403)));
        c.put(
                "PATCH /api/v1/kommunen/{ags}",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .header("If-Match", etag("/api/v1/kommunen/05374004"))
                                .body(Map.of("typHinweis", ""))
                                .patch("/api/v1/kommunen/05374004"),
                        expect(401, 200, 200, 200, 403, 403, 403)));
        c.put(
                "POST /api/v1/downloads/erzeugung",
                new Case((a, r) -> r.post("/api/v1/downloads/erzeugung"), adminOnly(200)));
        c.put("GET /api/v1/admin/konten", new Case((a, r) -> r.get("/api/v1/admin/konten"), adminOnly(200)));
        c.put("GET /api/v1/admin/konten/{id}", new Case((a, r) -> r.get("/api/v1/admin/konten/1"), adminOnly(200)));
        c.put(
                "POST /api/v1/admin/konten",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "benutzername",
                                        Api.uniqueName("matrix-neu"),
                                        "anzeigename",
                                        "Neu",
                                        "passwort",
                                        Api.PASSWORD,
                                        "rollen",
                                        List.of("INTEGRATION")))
                                .post("/api/v1/admin/konten"),
                        adminOnly(201)));
        c.put(
                "PATCH /api/v1/admin/konten/{id}",
                new Case(
                        (a, r) -> {
                            long id = someKonto();
                            return r.contentType(ContentType.JSON)
                                    .header(
                                            "If-Match",
                                            Api.etag(Api.admin().spec().get("/api/v1/admin/konten/" + id)))
                                    .body(Map.of("anzeigename", "Geändert"))
                                    .patch("/api/v1/admin/konten/" + id);
                        },
                        adminOnly(200)));
        c.put("GET /api/v1/admin/tokens", new Case((a, r) -> r.get("/api/v1/admin/tokens"), adminOnly(200)));
        c.put(
                "POST /api/v1/admin/tokens",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "name",
                                        "matrix",
                                        "rolle",
                                        "INTEGRATION",
                                        "laeuftAb",
                                        OffsetDateTime.now().plusDays(1).toString()))
                                .post("/api/v1/admin/tokens"),
                        adminOnly(201)));
        c.put(
                "POST /api/v1/admin/tokens/{id}/widerruf",
                new Case((a, r) -> r.post("/api/v1/admin/tokens/" + someToken() + "/widerruf"), adminOnly(200)));
        c.put("GET /api/v1/admin/audit", new Case((a, r) -> r.get("/api/v1/admin/audit"), adminOnly(200)));
        AuthorizationMatrixProjekte.add(c);
        AuthorizationMatrixUmsetzung.add(c);
        return c;
    }

    static Map<Actor, Integer> adminOnly(int ok) {
        return expect(401, ok, 403, 403, 403, 403, 403);
    }

    @Test
    void shouldCoverEveryProtectedOrWritingOperation() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Set<String> served = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fields().forEachRemaining(op -> {
                boolean write = !op.getKey().equals("get");
                boolean secured = op.getValue().has("security");
                if (p.getKey().startsWith("/api/") && (write || secured)) {
                    served.add(op.getKey().toUpperCase() + " " + p.getKey());
                }
            });
        }
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(cases().keySet());
        if (!missing.isEmpty()) {
            fail("Ohne Zeile in der Berechtigungsmatrix: " + missing);
        }
    }

    @Test
    void shouldGiveEachActorExactlyTheExpectedStatus() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Case> e : cases().entrySet()) {
            for (Map.Entry<Actor, Integer> cell : e.getValue().expected().entrySet()) {
                Response r = e.getValue().call().apply(cell.getKey(), as(cell.getKey()));
                AuthorizationMatrixProjekte.nachAntwort(r.statusCode());
                if (r.statusCode() != cell.getValue()) {
                    wrong.add(e.getKey() + " als " + cell.getKey() + ": erwartet " + cell.getValue() + ", erhalten "
                            + r.statusCode() + " " + r.asString());
                } else if (r.statusCode() >= 400
                        && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                    wrong.add(e.getKey() + " als " + cell.getKey() + ": keine problem+json-Antwort");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
