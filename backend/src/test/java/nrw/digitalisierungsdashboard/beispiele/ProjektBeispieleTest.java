package nrw.digitalisierungsdashboard.beispiele;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjektBeispieleTest {

    @Inject
    ProjektBeispiele beispiele;

    @Test
    void shouldFlagEveryExampleProjectAndCoverAllThemenfelderAndPhases() {
        List<Map<String, Object>> items = given().queryParam("beispiel", true)
                .queryParam("size", 500)
                .when()
                .get("/api/v1/projekte")
                .then()
                .statusCode(200)
                .body("total", is(21))
                .body("items.titel", everyItem(startsWith("Beispiel: ")))
                .body("items.beispiel", everyItem(is(true)))
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(
                14,
                items.stream()
                        .map(i -> ((Map<?, ?>) i.get("themenfeld")).get("id"))
                        .distinct()
                        .count());
        assertEquals(
                Set.of(
                        "SICHTUNG",
                        "WORKSHOP",
                        "GREMIEN",
                        "UMSETZUNG",
                        "PILOTIERUNG",
                        "ROLLOUT",
                        "BETRIEB",
                        "EINGESTELLT"),
                Set.copyOf(items.stream().map(i -> i.get("phase")).toList()));
        int id = (int) items.stream()
                .filter(i -> "BETRIEB".equals(i.get("phase")))
                .findFirst()
                .orElseThrow()
                .get("id");
        given().when()
                .get("/api/v1/projekte/" + id)
                .then()
                .statusCode(200)
                .body("beispiel", is(true))
                .body("loesungen", not(empty()))
                .body("entscheidungen.ergebnis", hasItem("ZUGESTIMMT"))
                .body("workshops", not(empty()));
    }

    @Test
    void shouldLeaveExamplesOutWhenSwitchedOffAndBuildTheSameSetAgain() {
        QuarkusTransaction.requiringNew().run(beispiele::entfernen);
        given().queryParam("beispiel", true)
                .when()
                .get("/api/v1/projekte")
                .then()
                .body("total", is(0));
        QuarkusTransaction.requiringNew().run(beispiele::anlegen);
        QuarkusTransaction.requiringNew().run(beispiele::anlegen);
        given().queryParam("beispiel", true)
                .when()
                .get("/api/v1/projekte")
                .then()
                .body("total", is(21));
    }
}
