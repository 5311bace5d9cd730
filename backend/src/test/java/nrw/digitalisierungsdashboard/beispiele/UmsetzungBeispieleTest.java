package nrw.digitalisierungsdashboard.beispiele;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tests start without the example figures (dashboard.demo-umsetzungsstand=false in the test profile); this test
 * builds them for Köln and the Kreis Euskirchen with its Gemeinden (every level, built in seconds) and removes them again.
 */
@QuarkusTest
class UmsetzungBeispieleTest {

    private static final List<String> KREISE = List.of("05315", "05366");

    @Inject
    UmsetzungBeispiele beispiele;

    private void anlegen() {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> beispiele.anlegen(KREISE));
    }

    private void entfernen() {
        QuarkusTransaction.requiringNew().timeout(600).run(beispiele::entfernen);
    }

    @AfterEach
    void leaveNoExampleFiguresBehind() {
        entfernen();
    }

    @Test
    void shouldFlagExampleFiguresAndRemoveAndRebuildThemDeterministically() {
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(false));
        anlegen();
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(true));
        JsonPath koeln = given().get("/api/v1/kommunen/05315000/umsetzungsstand")
                .then()
                .statusCode(200)
                .body("beispieldaten", is(true))
                .extract()
                .jsonPath();
        List<Map<String, Object>> beispiel = koeln.<Map<String, Object>>getList("leistungen").stream()
                .filter(e -> Boolean.TRUE.equals(e.get("beispiel")))
                .toList();
        assertTrue(beispiel.size() > 100);
        assertTrue(beispiel.stream().allMatch(e -> "BEISPIEL".equals(e.get("quelle"))));
        assertTrue(beispiel.stream()
                .filter(e -> e.get("url") != null)
                .allMatch(e -> e.get("url").toString().startsWith("https://beispiel.example/")));
        given().get("/api/v1/kommunen/05366/umsetzungsstand")
                .then()
                .statusCode(200)
                .body("beispieldaten", is(true));
        given().get("/api/v1/statistik/zeitreihe")
                .then()
                .body("punkte.size()", greaterThanOrEqualTo(UmsetzungBeispiele.HISTORIE_TAGE))
                .body("beispieldaten", is(true));
        long online = given().get("/api/v1/statistik/uebersicht").jsonPath().getLong("online");
        assertTrue(online > 0);

        entfernen();
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(false));
        given().get("/api/v1/statistik/uebersicht").then().body("beispieldaten", is(false));
        given().get("/api/v1/kommunen/05315000/umsetzungsstand")
                .then()
                .body("leistungen.beispiel", everyItem(is(false)));
        given().get("/api/v1/statistik/basiskomponenten?size=500").then().body("beispieldaten", is(false));

        anlegen();
        assertEquals(
                online, given().get("/api/v1/statistik/uebersicht").jsonPath().getLong("online"));
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(true));
    }
}
