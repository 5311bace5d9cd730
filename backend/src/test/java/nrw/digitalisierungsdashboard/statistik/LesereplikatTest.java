package nrw.digitalisierungsdashboard.statistik;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nrw.digitalisierungsdashboard.common.ReadSource;
import nrw.digitalisierungsdashboard.common.http.DataVersion;
import nrw.digitalisierungsdashboard.start.EmbeddedDatabase;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.EmbeddedPostgresResource;
import nrw.digitalisierungsdashboard.support.Standby;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics with a read replica: a real streaming hot standby of the test database (support/Standby). What the
 * replica answers equals what the primary answers; a write is visible to the very next read while the standby does
 * not replay (the read goes to the primary); with the standby gone, reads still answer 200 from the primary.
 */
@QuarkusTest
@TestProfile(LesereplikatTest.MitReplikat.class)
class LesereplikatTest {

    private static final String PORT = "dashboard.test.standby-port";

    /** The standby's port, chosen before the application starts; the standby itself is started by the tests. */
    static synchronized int standbyPort() {
        String p = System.getProperty(PORT);
        if (p == null) {
            try (ServerSocket s = new ServerSocket(0)) {
                p = String.valueOf(s.getLocalPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty(PORT, p);
        }
        return Integer.parseInt(p);
    }

    public static class MitReplikat implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.readonly.jdbc.url",
                    "jdbc:postgresql://localhost:" + standbyPort() + "/" + EmbeddedDatabase.DATABASE);
        }
    }

    private static Standby standby;

    @Inject
    ReadSource source;

    @Inject
    DataVersion dataVersion;

    @Inject
    AgroalDataSource primary;

    @BeforeEach
    void standbyLaeuft() throws Exception {
        if (standby == null) {
            standby = Standby.start(EmbeddedPostgresResource.database(), standbyPort());
        }
        standby.resume();
    }

    @AfterAll
    static void standbyBeenden() throws Exception {
        if (standby != null) {
            standby.close();
            standby = null;
        }
    }

    @Test
    void shouldAnswerFromTheReplicaExactlyAsFromThePrimary() throws Exception {
        // a stored day, so the time series carry dates, numerics and nulls
        Api.admin().spec().post("/api/v1/statistik/tagesstand").then().statusCode(200);
        List<String> paths = List.of(
                "/api/v1/statistik/uebersicht",
                "/api/v1/statistik/uebersicht?reifegradMin=3",
                "/api/v1/statistik/themenfelder",
                "/api/v1/statistik/regionen?ebene=kreis&metrik=b",
                "/api/v1/statistik/regionen?ebene=regierungsbezirk&metrik=c",
                "/api/v1/statistik/regionen?ebene=gemeinde&metrik=a&regierungsbezirk=051",
                "/api/v1/statistik/groessenklassen",
                "/api/v1/statistik/zeitreihe",
                "/api/v1/statistik/zeitreihe?ebene=kreis&schluessel=05158&von=2020-01-01&seit=2020-01-01",
                "/api/v1/statistik/zeitreihe?ebene=themenfeld&schluessel=1&reifegradMin=0",
                "/api/v1/kennzahlen",
                "/api/v1/kommunen/05111000/umsetzungsstand",
                "/api/v1/kommunen/05158/umsetzungsstand?reifegradMin=0");
        List<String> vomReplikat = new ArrayList<>();
        for (String path : paths) {
            vomReplikat.add(fromReplica(path).asString());
        }
        // an unknown area is a 404 on the replica too, not a failure that falls back
        long failed = source.failedReads();
        given().get("/api/v1/statistik/zeitreihe?ebene=kreis&schluessel=05999")
                .then()
                .statusCode(404);
        assertEquals(failed, source.failedReads());

        standby.pause();
        schreibeWal();
        for (int k = 0; k < paths.size(); k++) {
            String vomPrimaerserver = fromPrimary(paths.get(k)).asString();
            assertEquals(vomReplikat.get(k), vomPrimaerserver, paths.get(k));
        }
        assertTrue(standby.backendConnections() > 0, "keine Verbindung des Backends auf dem Replikat");
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^dashboard_read_replica_total\\{ergebnis=\"replikat\"} (\\S+)")
                .matcher(metrics);
        assertTrue(m.find(), "Metrik fehlt");
        assertTrue(Double.parseDouble(m.group(1)) >= paths.size(), metrics);
    }

    @Test
    void shouldShowAWriteToTheVeryNextReadWhileTheReplicaLags() throws Exception {
        long vorher = fromReplica("/api/v1/statistik/uebersicht").jsonPath().getLong("online");
        long gemeindeVorher = online05111000();
        standby.pause();
        int ozgId = offeneSollLeistung("05111000");
        long replikat = source.replicaReads();
        long nachlaufend = source.laggingReads();

        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .body(Map.of("status", "ONLINE", "reifegrad", 3))
                .put("/api/v1/kommunen/05111000/umsetzungsstand/" + ozgId)
                .then()
                .statusCode(201);
        // no waiting, no cache bypass: the write's own generation change makes these reads compute afresh
        assertEquals(
                vorher + 1,
                given().get("/api/v1/statistik/uebersicht")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("online"));
        assertEquals(gemeindeVorher + 1, online05111000());
        assertEquals(replikat, source.replicaReads(), "vom nachlaufenden Replikat gelesen");
        assertTrue(source.laggingReads() >= nachlaufend + 2);
        // the replica really is behind: it still holds the old figure
        assertEquals(vorher, onStandby("SELECT online_ge[3] FROM statistik_gebiet WHERE ebene = 'LAND'"));

        standby.resume();
        assertEquals(
                vorher + 1,
                fromReplica("/api/v1/statistik/uebersicht").jsonPath().getLong("online"));
    }

    @Test
    void shouldReadFromThePrimaryWhenTheReplicaIsGone() throws Exception {
        fromReplica("/api/v1/statistik/uebersicht");
        standby.close();
        standby = null;
        long failed = source.failedReads();
        long replikat = source.replicaReads();
        dataVersion.bump();
        given().get("/api/v1/statistik/uebersicht").then().statusCode(200);
        given().get("/api/v1/statistik/regionen?ebene=kreis").then().statusCode(200);
        given().get("/api/v1/kennzahlen").then().statusCode(200);
        // tried once, then left alone for a while instead of costing every read a failed connection
        assertEquals(failed + 1, source.failedReads());
        assertEquals(replikat, source.replicaReads());
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldNeedNoPrivilegeForTheWalPositions() throws SQLException {
        // the backend's role is no superuser (CloudNativePG's application role): both positions are readable by all
        try (Connection c = primary.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT has_function_privilege('public', 'pg_current_wal_insert_lsn()', 'EXECUTE'), "
                                + "has_function_privilege('public', 'pg_last_wal_replay_lsn()', 'EXECUTE')")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(1));
            assertTrue(rs.getBoolean(2));
        }
    }

    /** GET {@code path} afresh until the replica has caught up and answered it. */
    private Response fromReplica(String path) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            long before = source.replicaReads();
            dataVersion.bump();
            Response r = given().get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.asString());
            if (source.replicaReads() > before) {
                return r;
            }
            assertTrue(System.nanoTime() < until, "Das Replikat hat " + path + " nicht beantwortet");
            Thread.sleep(200);
        }
    }

    /** GET {@code path} afresh while the replica lags: answered by the primary. */
    private Response fromPrimary(String path) {
        long before = source.replicaReads();
        long lagging = source.laggingReads();
        dataVersion.bump();
        Response r = given().get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.asString());
        assertEquals(before, source.replicaReads(), path + " vom Replikat gelesen");
        assertTrue(source.laggingReads() > lagging, path);
        return r;
    }

    private long online05111000() {
        return given().get("/api/v1/statistik/regionen?ebene=gemeinde&regierungsbezirk=051")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("werte.find { it.schluessel == '05111000' }.zaehler");
    }

    /** Moves the primary's WAL on without changing any figure, so a paused standby is behind. */
    private void schreibeWal() throws SQLException {
        try (Connection c = primary.getConnection();
                Statement st = c.createStatement()) {
            st.execute("SELECT pg_current_xact_id()");
        }
    }

    private int offeneSollLeistung(String ags) throws SQLException {
        try (Connection c = primary.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT z.ozg_id FROM zustaendigkeit z JOIN kommune k ON k.typ = z.kommune_typ
                        WHERE k.ags = '%s' AND z.zustaendig
                          AND NOT EXISTS (SELECT 1 FROM umsetzungsstand u WHERE u.kommune_ags = k.ags AND u.ozg_id = z.ozg_id)
                        ORDER BY z.ozg_id LIMIT 1""".formatted(ags))) {
            assertTrue(rs.next(), "keine offene Soll-Leistung für " + ags);
            return rs.getInt(1);
        }
    }

    private static long onStandby(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + standby.port() + "/" + EmbeddedDatabase.DATABASE,
                        EmbeddedDatabase.USER,
                        "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
