package nrw.digitalisierungsdashboard.projekt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** The project list with its filters, and the overview per phase and Themenfeld. */
@QuarkusTest
class ProjektListeTest {

    @Test
    void shouldFilterProjectsByEverythingTheListOffers() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "civitec");
        String[] filters = {
            "themenfeld=" + Projekte.THEMENFELD,
            "phase=SICHTUNG",
            "status=AKTIV",
            "organisation=civitec",
            "organisation=civitec&rolle=FEDERFUEHREND",
            "basiskomponente=servicekonto-nrw",
            "leistung=" + Projekte.KOMMUNAL,
            "beispiel=false"
        };
        for (String f : filters) {
            given().when()
                    .get("/api/v1/projekte?size=500&" + f)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem((int) p.id()));
        }
        given().when()
                .get("/api/v1/projekte?size=500&phase=BETRIEB&beispiel=false")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) p.id())));
        given().when().get("/api/v1/projekte?q=Parkausweise&size=500").then().statusCode(200);
        given().when().get("/api/v1/projekte?sort=-geaendertAm&size=5").then().statusCode(200);
        given().when().get("/api/v1/projekte?sort=phase&size=5").then().statusCode(200);
        for (String bad : new String[] {
            "phase=ENDE",
            "status=FERTIG",
            "rolle=PILOT",
            "themenfeld=99",
            "organisation=gibtsnicht",
            "kommune=123",
            "basiskomponente=telefon",
            "beispiel=vielleicht",
            "sort=budget",
            "leistung=x"
        }) {
            given().when()
                    .get("/api/v1/projekte?" + bad)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().when().get("/api/v1/projekte/abc").then().statusCode(400);
        given().when().get("/api/v1/projekte/999999").then().statusCode(404);
    }

    @Test
    void shouldShowProjectsPerPhaseAndThemenfeld() {
        given().when()
                .get("/api/v1/projekte/uebersicht")
                .then()
                .statusCode(200)
                .body("gesamt", greaterThanOrEqualTo(21))
                .body(
                        "zellen.phase",
                        hasItems(
                                "SICHTUNG",
                                "WORKSHOP",
                                "GREMIEN",
                                "UMSETZUNG",
                                "PILOTIERUNG",
                                "ROLLOUT",
                                "BETRIEB",
                                "EINGESTELLT"));
        given().when()
                .get("/api/v1/kennzahlen")
                .then()
                .statusCode(200)
                .body("projekte", greaterThanOrEqualTo(21))
                .body("beispielprojekte", is(21));
    }
}
