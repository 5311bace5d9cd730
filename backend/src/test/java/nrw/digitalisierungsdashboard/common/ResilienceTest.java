package nrw.digitalisierungsdashboard.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nrw.digitalisierungsdashboard.common.http.DataVersion;
import nrw.digitalisierungsdashboard.start.EmbeddedDatabase;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Overload and a missing database answer 503 problem+json with Retry-After, never 500; after the database is back
 * the very next requests succeed (no stale pooled connection). Public reads answered before are served as last
 * known meanwhile. With tiny admission limits, so overload is easy.
 */
@QuarkusTest
@TestProfile(ResilienceTest.TinyLimits.class)
class ResilienceTest {

    @Inject
    DataVersion dataVersion;

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dashboard.http.admission.max-writes", "2", "dashboard.http.admission.retry-after", "PT3S");
        }
    }

    @Test
    void shouldShedWritesOverTheLimitWith503AndRetryAfter() throws Exception {
        Api.Session admin = Api.admin();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String path = "/api/v1/kommunen/05111000/umsetzungsstand/" + (10001 + i * 3);
                calls.add(() -> admin.spec()
                        .contentType(ContentType.JSON)
                        .header("If-None-Match", "*")
                        .body(Map.of("status", "IN_PLANUNG"))
                        .put(path));
            }
            List<Response> rs = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                rs.add(f.get());
            }
            List<Integer> statuses = rs.stream().map(Response::statusCode).toList();
            assertTrue(
                    statuses.stream().allMatch(s -> s == 201 || s == 404 || s == 412 || s == 503), statuses.toString());
            List<Response> shed = rs.stream().filter(r -> r.statusCode() == 503).toList();
            assertFalse(shed.isEmpty(), "bei 2 erlaubten Schreibzugriffen wurde nichts abgewiesen: " + statuses);
            for (Response r : shed) {
                assertEquals("3", r.getHeader("Retry-After"));
                assertEquals("application/problem+json", r.getContentType());
                assertEquals(
                        "/probleme/voruebergehend-nicht-verfuegbar",
                        r.jsonPath().getString("type"));
            }
        } finally {
            pool.shutdownNow();
        }
        // reads have their own limit and keep working
        given().get("/api/v1/themenfelder").then().statusCode(200);
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsAwayAndRecoverAtOnce() throws Exception {
        EmbeddedDatabase db = EmbeddedPostgresResource.database();
        if (db == null) {
            return; // an external database is not ours to stop
        }
        Api.Session admin = Api.admin();
        Response before = given().get("/api/v1/kommunen/05315000");
        before.then().statusCode(200);
        db.stopServer();
        try {
            // the read cache rests once the instance has noticed the loss (its LISTEN connection); from then on
            // every read needs the database
            long until = System.nanoTime() + 10_000_000_000L;
            while (dataVersion.tracking() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertFalse(dataVersion.tracking(), "Verlust der Datenbank nicht bemerkt");
            // a public read answered before is served as last known, marked as such
            given().get("/api/v1/kommunen/05315000")
                    .then()
                    .statusCode(200)
                    .header("X-Stand-Veraltet", notNullValue())
                    .header("ETag", before.header("ETag"))
                    .header("Retry-After", nullValue())
                    .body(is(before.asString()));
            given().header("If-None-Match", before.header("ETag"))
                    .get("/api/v1/kommunen/05315000")
                    .then()
                    .statusCode(304);
            // one never answered before needs the database
            Response read = given().get("/api/v1/kommunen/05111000");
            read.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", is("/probleme/voruebergehend-nicht-verfuegbar"))
                    .header("Retry-After", notNullValue());
            admin.spec()
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", "IN_PLANUNG"))
                    .put("/api/v1/kommunen/05315000/umsetzungsstand/10020")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", notNullValue());
            // a sign-in needs the database too
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", Api.freshAddress())
                    .body(Map.of("benutzername", "admin", "passwort", Api.ADMIN_PASSWORD))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(503);
        } finally {
            db.startServer();
        }
        long start = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - start < 30_000_000_000L) {
            status = given().get("/api/v1/kommunen/05315000").statusCode();
            assertNotEquals(500, status);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, status, "nach " + millis + " ms noch nicht wieder erreichbar");
        assertTrue(millis < 5_000, "Erholung dauerte " + millis + " ms");
        // no stale pooled connection is handed out afterwards
        for (int i = 0; i < 20; i++) {
            given().get("/api/v1/kommunen/0531" + (i % 7) + "000").then().statusCode(anyOf(is(200), is(404)));
        }
        admin.spec().when().get("/api/v1/auth/me").then().statusCode(200);
    }
}
