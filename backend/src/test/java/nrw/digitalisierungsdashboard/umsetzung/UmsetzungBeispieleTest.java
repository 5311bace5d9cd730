package nrw.digitalisierungsdashboard.umsetzung;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class UmsetzungBeispieleTest {

    @Inject
    UmsetzungBeispiele beispiele;

    @Test
    void shouldFlagExampleFiguresAndRemoveAndRebuildThemDeterministically() {
        QuarkusTransaction.requiringNew().timeout(600).run(beispiele::anlegen);
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(true));
        JsonPath koeln = given().get("/api/v1/kommunen/05315000/umsetzungsstand").then().statusCode(200)
                .body("beispieldaten", is(true)).extract().jsonPath();
        List<Map<String, Object>> beispiel = koeln.<Map<String, Object>>getList("leistungen").stream()
                .filter(e -> Boolean.TRUE.equals(e.get("beispiel"))).toList();
        assertTrue(beispiel.size() > 100);
        assertTrue(beispiel.stream().allMatch(e -> "BEISPIEL".equals(e.get("quelle"))));
        assertTrue(beispiel.stream().filter(e -> e.get("url") != null)
                .allMatch(e -> e.get("url").toString().startsWith("https://beispiel.example/")));
        given().get("/api/v1/statistik/zeitreihe").then().body("punkte.size()", greaterThanOrEqualTo(UmsetzungBeispiele.HISTORIE_TAGE))
                .body("beispieldaten", is(true));
        long online = given().get("/api/v1/statistik/uebersicht").jsonPath().getLong("online");

        QuarkusTransaction.requiringNew().timeout(600).run(beispiele::entfernen);
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(false));
        given().get("/api/v1/statistik/uebersicht").then().body("beispieldaten", is(false));
        given().get("/api/v1/kommunen/05315000/umsetzungsstand").then().body("leistungen.beispiel", everyItem(is(false)));
        given().get("/api/v1/statistik/basiskomponenten?size=500").then().body("beispieldaten", is(false));

        QuarkusTransaction.requiringNew().timeout(600).run(beispiele::anlegen);
        assertEquals(online, given().get("/api/v1/statistik/uebersicht").jsonPath().getLong("online"));
        given().get("/api/v1/kennzahlen").then().body("beispieldaten", is(true));
    }
}
