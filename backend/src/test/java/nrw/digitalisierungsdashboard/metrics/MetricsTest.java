package nrw.digitalisierungsdashboard.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    @Inject
    ImportJobMetrics importJobs;

    @Inject
    DataSource dataSource;

    private static String metrics() {
        // OpenMetrics (the format Prometheus asks for first) is the answer to Accept: */*
        return given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/openmetrics-text"))
                .extract()
                .asString();
    }

    @Test
    void shouldRecordLatencyBucketsPerRouteTemplate() {
        given().when().get("/api/v1/themenfelder").then().statusCode(200);
        given().when().get("/api/v1/leistungen/10173").then().statusCode(200);
        String m = metrics();
        // per route template, not per concrete path (bounded number of series)
        assertTrue(m.contains("uri=\"/api/v1/leistungen/{ozgId}\""), "Route als Vorlage fehlt");
        assertFalse(m.contains("uri=\"/api/v1/leistungen/10173\""), "konkreter Pfad als Label");
        // cumulative counts per bucket bound: the eleven fixed bounds and +Inf, never decreasing
        Map<String, Double> buckets = new java.util.LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^http_server_requests_seconds_bucket\\{([^}]*)} (\\S+)")
                .matcher(m);
        while (line.find()) {
            if (line.group(1).contains("uri=\"/api/v1/themenfelder\"")) {
                Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher(line.group(1));
                assertTrue(le.find(), line.group());
                buckets.merge(le.group(1), Double.parseDouble(line.group(2)), Double::sum);
            }
        }
        assertEquals(
                java.util.List.of(
                        "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "+Inf"),
                java.util.List.copyOf(buckets.keySet()));
        assertTrue(buckets.get("+Inf") >= 1, "Anfrage nicht gezählt");
        double previous = 0;
        for (double count : buckets.values()) {
            assertTrue(count >= previous, "Buckets nicht kumulativ: " + buckets);
            previous = count;
        }
        // health, metrics and the like are not measured
        assertFalse(m.contains("uri=\"/q/"), "Anfragen an /q/ gemessen");
    }

    @Test
    void shouldReportTheConnectionPoolAndTheJvm() {
        String m = metrics();
        for (String name : new String[] {
            "agroal_active_count{datasource=\"default\"}",
            "agroal_max_used_count{datasource=\"default\"}",
            "agroal_awaiting_count{datasource=\"default\"}",
            "jvm_memory_used_bytes",
            "process_cpu_usage"
        }) {
            assertTrue(m.contains(name), name + " fehlt");
        }
    }

    @Test
    void shouldCountImportJobsByStatusFromTheDatabase() throws SQLException {
        importJobs.refresh();
        Map<String, Long> expected = new HashMap<>();
        ImportJobMetrics.STATUSES.forEach(s -> expected.put(s, 0L));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, count(*) FROM import_job GROUP BY status")) {
            while (rs.next()) {
                expected.put(rs.getString(1), rs.getLong(2));
            }
        }
        String m = metrics();
        for (var e : expected.entrySet()) {
            Matcher found = Pattern.compile("(?m)^dashboard_import_jobs\\{status=\"" + e.getKey() + "\",?} ([0-9.E]+)$")
                    .matcher(m);
            assertTrue(found.find(), "dashboard_import_jobs{status=" + e.getKey() + "} fehlt");
            assertEquals(e.getValue().doubleValue(), Double.parseDouble(found.group(1)), e.getKey());
        }
        assertTrue(m.contains("dashboard_import_oldest_waiting_seconds"));
    }

    /** The value of one series, 0 when it is not there yet. */
    static double wert(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void shouldCountReadCacheHitsAndMisses() {
        String treffer = "dashboard_read_cache_requests_total{ergebnis=\"treffer\"}";
        String fehlschuss = "dashboard_read_cache_requests_total{ergebnis=\"fehlschuss\"}";
        String vorher = metrics();
        // a URI no other test reads: the first answer is computed, the second comes from the cache
        String uri = "/api/v1/leistungen?size=3&page=0&q=metrik" + System.nanoTime() % 1000;
        given().get(uri).then().statusCode(200);
        given().get(uri).then().statusCode(200);
        String nachher = metrics();
        assertTrue(wert(nachher, fehlschuss) >= wert(vorher, fehlschuss) + 1, "Fehlschuss nicht gezählt");
        assertTrue(wert(nachher, treffer) >= wert(vorher, treffer) + 1, "Treffer nicht gezählt");
    }

    @Test
    void shouldCountRefusedSignInsByReason() {
        String serie = "dashboard_login_failures_total{grund=\"unbekanntes_konto\"}";
        double vorher = wert(metrics(), serie);
        given().contentType("application/json")
                .header("X-Forwarded-For", nrw.digitalisierungsdashboard.support.Api.freshAddress())
                .body(Map.of("benutzername", "gibt-es-nicht-" + System.nanoTime(), "passwort", "falsch-falsch-1"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        assertEquals(vorher + 1, wert(metrics(), serie));
    }
}
