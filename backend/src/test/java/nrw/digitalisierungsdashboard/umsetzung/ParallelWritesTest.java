package nrw.digitalisierungsdashboard.umsetzung;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Writers at once: of parallel first reports of one entry exactly one creates it (201), the others learn with 412
 * that it exists now, and the change log records one creation; 64 writers of different entries all succeed, and the
 * figures they keep up to date one entry at a time (also those per area the statistics read) equal a full recount.
 */
@QuarkusTest
class ParallelWritesTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String[] KOMMUNEN = {"05111000", "05112000", "05113000", "05314000", "05315000", "05316000"};

    /** Whether a GET's tag names a stored version ("<version>-<hash>"); an entry nobody reported has only a hash. */
    private static boolean reported(String path) {
        String tag = given().get(path).getHeader("ETag");
        return tag != null && tag.matches("\"\\d+(-.*)?\"");
    }

    /** An entry nobody reported yet. */
    private static String freshEntry(int seed) {
        List<Integer> leistungen =
                given().get("/api/v1/leistungen?size=500&sort=ozgId").jsonPath().getList("items.ozgId", Integer.class);
        for (int i = 0; i < 5000; i++) {
            String ags = KOMMUNEN[(seed + i) % KOMMUNEN.length];
            int ozg = leistungen.get((seed * 31 + i * 7) % leistungen.size());
            String path = "/api/v1/kommunen/" + ags + "/umsetzungsstand/" + ozg;
            if (!reported(path)) {
                return path;
            }
        }
        throw new AssertionError("kein freier Eintrag");
    }

    private static List<Response> parallel(int n, Function<Integer, Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                calls.add(() -> call.apply(k));
            }
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> rs) {
        List<Integer> s = new ArrayList<>(rs.stream().map(Response::statusCode).toList());
        Collections.sort(s);
        return s;
    }

    @Test
    void shouldCreateAnEntryOnceWhenTwentyWritersReportItAtOnceWithoutPrecondition() throws Exception {
        Api.Session admin = Api.admin();
        String path = freshEntry(1);
        List<Response> rs = parallel(
                20,
                i -> admin.spec()
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "IN_PLANUNG", "url", "https://example.org/parallel/" + i))
                        .put(path));
        List<Integer> s = statuses(rs);
        assertEquals(1, s.stream().filter(x -> x == 201).count(), "genau einer legt an: " + s);
        // who lost the race to create gets 412; who arrives after the creation finds the entry and, without
        // If-Match, 428: either way nobody overwrites it
        assertEquals(19, s.stream().filter(x -> x == 412 || x == 428).count(), "die anderen: 412 oder 428: " + s);
        rs.stream()
                .filter(r -> r.statusCode() != 201)
                .forEach(r -> assertEquals("application/problem+json", r.getContentType()));
        String id = path.replace("/api/v1/kommunen/", "").replace("/umsetzungsstand/", ":");
        assertEquals(
                1,
                given().get("/api/v1/aenderungen?entitaet=UMSETZUNGSSTAND&id=" + id)
                        .jsonPath()
                        .getInt("total"),
                "eine Anlage im Änderungsprotokoll");
    }

    @Test
    void shouldCreateOnlyIfAbsentWithIfNoneMatchAndRefuseIfMatchOnAnAbsentEntry() throws Exception {
        Api.Session admin = Api.admin();
        String path = freshEntry(2);
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_PLANUNG"))
                .put(path)
                .then()
                .statusCode(412);
        List<Integer> s = statuses(parallel(
                10,
                i -> admin.spec()
                        .contentType(ContentType.JSON)
                        .header("If-None-Match", "*")
                        .body(Map.of("status", "IN_UMSETZUNG"))
                        .put(path)));
        assertEquals(List.of(201, 412, 412, 412, 412, 412, 412, 412, 412, 412), s);
        String etag = Api.etag(given().get(path));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .body(Map.of("status", "ONLINE"))
                .put(path)
                .then()
                .statusCode(412)
                // the version the GET's tag ("<version>-<content hash>") names
                .header("ETag", etag.replaceFirst("^\"(\\d+)-.*\"$", "\"$1\""));
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ONLINE"))
                .put(path)
                .then()
                .statusCode(428);
        // of writers with the same If-Match exactly one wins
        List<Integer> updates = statuses(parallel(
                8,
                i -> admin.spec()
                        .contentType(ContentType.JSON)
                        .header("If-Match", etag)
                        .body(Map.of("status", "ONLINE", "reifegrad", i % 4))
                        .put(path)));
        assertEquals(List.of(200, 412, 412, 412, 412, 412, 412, 412), updates);
    }

    @Test
    void shouldConnectAKommuneToABasiskomponenteOnceWhenWritersCreateItAtOnce() throws Exception {
        Api.Session admin = Api.admin();
        String ags = null;
        for (String k : KOMMUNEN) {
            Object version = given().get("/api/v1/kommunen/" + k + "/basiskomponenten")
                    .jsonPath()
                    .get("anschluesse.find { it.basiskomponenteId == 'servicekonto-nrw' }.version");
            if (version == null) {
                ags = k;
                break;
            }
        }
        assertNotNull(ags, "eine Kommune ohne Anschluss an das Servicekonto");
        String path = "/api/v1/kommunen/" + ags + "/basiskomponenten/servicekonto-nrw";
        List<Integer> s = statuses(parallel(
                12,
                i -> admin.spec()
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "GEPLANT"))
                        .put(path)));
        assertEquals(1, s.stream().filter(x -> x == 201).count(), s.toString());
        assertEquals(11, s.stream().filter(x -> x == 412 || x == 428).count(), s.toString());
    }

    @Test
    void shouldLetSixtyFourWritersSucceedAndKeepTheFiguresEqualToAFullRecount() throws Exception {
        Api.Session admin = Api.admin();
        List<Integer> leistungen = given().get("/api/v1/leistungen?size=500&sort=-ozgId")
                .jsonPath()
                .getList("items.ozgId", Integer.class);
        List<String> paths = new ArrayList<>();
        for (int i = 0; paths.size() < 64 && i < 2000; i++) {
            String path = "/api/v1/kommunen/" + KOMMUNEN[i % KOMMUNEN.length] + "/umsetzungsstand/"
                    + leistungen.get((i * 13) % leistungen.size());
            if (!paths.contains(path) && !reported(path)) {
                paths.add(path);
            }
        }
        assertEquals(64, paths.size());
        List<Integer> s = statuses(parallel(
                64,
                i -> admin.spec()
                        .contentType(ContentType.JSON)
                        .header("If-None-Match", "*")
                        .body(Map.of("status", "ONLINE", "reifegrad", 1 + i % 4))
                        .put(paths.get(i))));
        assertEquals(Collections.nCopies(64, 201), s);
        String before = figures();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("SELECT umsetzung_refresh_kommunen(NULL), umsetzung_refresh_regionen(NULL)");
            st.execute("SELECT statistik_refresh_gebiete(NULL)");
        }
        assertEquals(figures(), before, "Kennzahlen je Eintrag nachgeführt = vollständig neu gezählt");
    }

    private String figures() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
                        + "SELECT concat_ws('|', kommune_ags, soll, soll_abgeleitet, in_planung, in_umsetzung, "
                        + "online_ge::text) AS x FROM kommune_kennzahl UNION ALL "
                        + "SELECT concat_ws('|', ebene, schluessel, ozg_id, zustaendig, online_ge::text) "
                        + "FROM leistung_region_kennzahl UNION ALL "
                        + "SELECT g::text FROM statistik_gebiet g) t")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
