package nrw.digitalisierungsdashboard.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The read cache never answers stale: a write through the API is seen by the very next read, a write that bypasses
 * this instance (another replica, psql) as soon as its notification arrives, and missed notifications (the LISTEN
 * connection lost) make the cache rest until it has reconnected and dropped everything.
 */
@QuarkusTest
class ReadCacheTest {

    @Inject
    ReadCache cache;

    @Inject
    DataVersion version;

    @Inject
    DataSource dataSource;

    @Test
    void shouldServeRepeatedReadsFromTheCacheAndTheNextReadAfterAWriteFresh() {
        waitFor(version::tracking, "Änderungsmeldungen");
        String uebersicht = "/api/v1/statistik/uebersicht";
        long online = given().get(uebersicht)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("online");
        long hits = cache.hits();
        Response cached = given().get(uebersicht);
        assertEquals(online, cached.jsonPath().getLong("online"));
        assertTrue(cache.hits() > hits, "die zweite Lesung kommt aus dem Lesecache");

        // Mönchengladbach reports Parkausweise (10173) online: the next read of the figures counts it
        Api.Session admin = Api.admin();
        String path = "/api/v1/kommunen/05116000/umsetzungsstand/10173";
        Response before = given().get(path);
        var put = admin.spec().contentType(ContentType.JSON);
        if (before.getHeader("ETag") != null) {
            put = put.header("If-Match", before.getHeader("ETag"));
        }
        String tag = put.body(Map.of("status", "ONLINE", "reifegrad", 3))
                .put(path)
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .extract()
                .header("ETag");
        given().get(uebersicht).then().statusCode(200).body("online", is((int) online + 1));

        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("status", "IN_PLANUNG"))
                .put(path)
                .then()
                .statusCode(200);
        given().get(uebersicht).then().statusCode(200).body("online", is((int) online));
    }

    @Test
    void shouldSeeAWriteThatBypassedThisInstance() throws SQLException {
        waitFor(version::tracking, "Änderungsmeldungen");
        String name = given().get("/api/v1/themenfelder/7").jsonPath().getString("name");
        given().get("/api/v1/themenfelder/7").then().statusCode(200);
        try {
            // as another replica or an operator in psql would: straight into the database
            sql("UPDATE themenfeld SET name = name || ' (geändert)' WHERE id = 7");
            waitFor(
                    () -> given().get("/api/v1/themenfelder/7")
                            .jsonPath()
                            .getString("name")
                            .endsWith("(geändert)"),
                    "Änderung aus der Datenbank");
        } finally {
            sql("UPDATE themenfeld SET name = replace(name, ' (geändert)', '') WHERE id = 7");
        }
        waitFor(
                () -> name.equals(
                        given().get("/api/v1/themenfelder/7").jsonPath().getString("name")),
                "Rückbau");
    }

    @Test
    void shouldRestAndThenDropEverythingWhenNotificationsMayHaveBeenMissed() throws SQLException {
        waitFor(version::tracking, "Änderungsmeldungen");
        String path = "/api/v1/themenfelder/8";
        String name = given().get(path).jsonPath().getString("name");
        given().get(path).then().statusCode(200);
        long before = version.current();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // cut the LISTEN connection and write while it is away: that notification is lost
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE application_name = 'dashboard-data-version'");
            s.execute("ALTER TABLE themenfeld DISABLE TRIGGER daten_geaendert");
            s.execute("UPDATE themenfeld SET name = name || ' (still)' WHERE id = 8");
            s.execute("ALTER TABLE themenfeld ENABLE TRIGGER daten_geaendert");
        }
        try {
            waitFor(() -> version.tracking() && version.current() > before, "Wiederverbindung");
            assertEquals(name + " (still)", given().get(path).jsonPath().getString("name"));
        } finally {
            sql("UPDATE themenfeld SET name = replace(name, ' (still)', '') WHERE id = 8");
        }
        waitFor(() -> name.equals(given().get(path).jsonPath().getString("name")), "Rückbau");
    }

    @Test
    void shouldNotifyFromEveryPublicTableAndFromNoPrivateOne() throws SQLException {
        List<String> without = new ArrayList<>();
        List<String> privateWith = new ArrayList<>();
        List<String> privat = List.of(
                "konto",
                "konto_themenfeld",
                "sitzung",
                "api_token",
                "anmeldeversuch",
                "anmeldedrossel",
                "import_job",
                "import_zeile",
                "import_delta",
                "import_fehler",
                "flyway_schema_history");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT c.relname, EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid
                                                    AND t.tgname = 'daten_geaendert')
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')""")) {
            while (rs.next()) {
                boolean has = rs.getBoolean(2);
                if (privat.contains(rs.getString(1))) {
                    if (has) {
                        privateWith.add(rs.getString(1));
                    }
                } else if (!has) {
                    without.add(rs.getString(1));
                }
            }
        }
        assertEquals(List.of(), without, "öffentliche Tabellen ohne Trigger daten_geaendert (siehe V9)");
        assertEquals(List.of(), privateWith, "nicht öffentliche Tabellen mit Trigger");
        assertNotEquals(0, version.lastModified().getEpochSecond());
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(what + ": nicht innerhalb von 10 s");
    }
}
