package nrw.digitalisierungsdashboard.projekt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** The shared process: survey, workshop, Gremien decision, then implementation; every rule of the phase machine. */
@QuarkusTest
class ProjektProcessTest {

    private static Response wechsel(Api.Session s, long id, Map<String, Object> body) {
        return s.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(id))
                .body(body)
                .when()
                .post("/api/v1/projekte/" + id + "/phasenwechsel");
    }

    @Test
    void shouldCarryAProjectThroughWorkshopAndDecisionIntoUmsetzung() {
        Api.Session koord = Api.account(List.of("KOORDINATION"), null, List.of(Projekte.THEMENFELD));
        Projekte.Created p = Projekte.create(koord, List.of(Projekte.KOMMUNAL), "civitec");
        given().when()
                .get(p.path())
                .then()
                .statusCode(200)
                .body("phase", is("SICHTUNG"))
                .body("phasenwechsel", hasSize(1))
                .body("naechstePhasen", hasItems("WORKSHOP", "EINGESTELLT"));

        wechsel(koord, p.id(), Map.of("nach", "GREMIEN"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", containsString("Eine Phase nach der anderen"));
        wechsel(koord, p.id(), Map.of("nach", "WORKSHOP"))
                .then()
                .statusCode(200)
                .body("phase", is("WORKSHOP"));

        wechsel(koord, p.id(), Map.of("nach", "GREMIEN"))
                .then()
                .statusCode(422)
                .body("title", containsString("Gremien erst nach einem Workshop"));

        // the workshop: who joins becomes INTERESSIERT or MITWIRKEND in the same step
        String klein = Projekte.kommune("KREISANGEHOERIGE_GEMEINDE", "LANDGEMEINDE");
        koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of(
                        "datum",
                        LocalDate.now().toString(),
                        "format",
                        "ONLINE",
                        "titel",
                        "Variantenworkshop",
                        "teilnehmende",
                        List.of("civitec", "kommune-05315000", klein),
                        "prioritaeten",
                        "Erst der Antrag, dann die Anbindung",
                        "beitritte",
                        List.of(
                                Map.of("organisationId", "kommune-05315000", "rolle", "MITWIRKEND"),
                                Map.of("organisationId", klein, "rolle", "INTERESSIERT"))))
                .when()
                .post(p.path() + "/workshops")
                .then()
                .statusCode(200)
                .body("workshops", hasSize(1))
                .body("workshops[0].beitritte", hasSize(2))
                .body("teilnahmen.find { it.organisation.id == 'kommune-05315000' }.rolle", is("MITWIRKEND"))
                .body("teilnahmen.find { it.organisation.id == '" + klein + "' }.rolle", is("INTERESSIERT"));

        // only Köln is in the team: not representative, so GREMIEN needs a reason
        wechsel(koord, p.id(), Map.of("nach", "GREMIEN"))
                .then()
                .statusCode(422)
                .body("title", containsString("Repräsentatives Team"))
                .body("detail", containsString("LANDGEMEINDE"));
        koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of(
                        "begruendungRepraesentativitaet",
                        "Kleine Gemeinden kommen nach dem Pilot über den Kreis dazu."))
                .when()
                .patch(p.path())
                .then()
                .statusCode(200)
                .body("repraesentativitaet.erfuellt", is(true))
                .body("repraesentativitaet.repraesentativ", is(false));
        wechsel(koord, p.id(), Map.of("nach", "GREMIEN")).then().statusCode(200).body("phase", is("GREMIEN"));

        wechsel(koord, p.id(), Map.of("nach", "UMSETZUNG"))
                .then()
                .statusCode(422)
                .body("title", containsString("Umsetzung nur nach zustimmendem Gremienbeschluss"));
        koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of(
                        "gremiumId",
                        "it-kooperationsrat-nrw",
                        "datum",
                        LocalDate.now().toString(),
                        "ergebnis",
                        "ABGELEHNT"))
                .when()
                .post(p.path() + "/entscheidungen")
                .then()
                .statusCode(200);
        wechsel(koord, p.id(), Map.of("nach", "UMSETZUNG")).then().statusCode(422);
        long zustimmung = koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of(
                        "gremiumId",
                        "gremien-stgb-nrw",
                        "datum",
                        LocalDate.now().toString(),
                        "ergebnis",
                        "ZUGESTIMMT",
                        "referenz",
                        "Beschluss 7/2026"))
                .when()
                .post(p.path() + "/entscheidungen")
                .then()
                .statusCode(200)
                .body("entscheidungen", hasSize(2))
                .extract()
                .jsonPath()
                .getLong("entscheidungen.find { it.ergebnis == 'ZUGESTIMMT' }.id");
        wechsel(koord, p.id(), Map.of("nach", "UMSETZUNG"))
                .then()
                .statusCode(200)
                .body("phase", is("UMSETZUNG"))
                .body("phasenwechsel[-1].entscheidungId", is((int) zustimmung))
                .body("phasenwechsel", hasSize(4));

        // the decision that carries the implementation stays
        koord.spec()
                .header("If-Match", Projekte.etag(p.id()))
                .when()
                .delete(p.path() + "/entscheidungen/" + zustimmung)
                .then()
                .statusCode(422)
                .body("title", containsString("Gremienbeschluss"));

        // anyone may read it, nobody anonymous may change it
        given().when()
                .get("/api/v1/projekte?phase=UMSETZUNG&size=500")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) p.id()));
        given().contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of("titel", "Anonym"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(401);
        given().when().get(p.path() + "/historie").then().statusCode(200).body("total", greaterThanOrEqualTo(7));
    }

    @Test
    void shouldNeedAReasonToGoBackOrToStopAndRecordTheStepAsHistory() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "krzn");
        wechsel(admin, p.id(), Map.of("nach", "WORKSHOP")).then().statusCode(200);
        wechsel(admin, p.id(), Map.of("nach", "SICHTUNG"))
                .then()
                .statusCode(422)
                .body("title", containsString("Zurück nur mit Begründung"));
        wechsel(admin, p.id(), Map.of("nach", "SICHTUNG", "begruendung", "Es gibt doch schon eine Lösung in Köln."))
                .then()
                .statusCode(200)
                .body("phase", is("SICHTUNG"))
                .body("phasenwechsel[-1].rueckschritt", is(true))
                .body("phasenwechsel[-1].begruendung", containsString("Köln"));
        wechsel(admin, p.id(), Map.of("nach", "EINGESTELLT"))
                .then()
                .statusCode(422)
                .body("title", containsString("Einstellen"));
        wechsel(admin, p.id(), Map.of("nach", "EINGESTELLT", "begruendung", "EfA-Lösung wird nachgenutzt."))
                .then()
                .statusCode(200)
                .body("phase", is("EINGESTELLT"))
                .body("status", is("EINGESTELLT"))
                .body("naechstePhasen", contains("SICHTUNG"));
        // resumed at most in the phase it was stopped in, again with a reason
        wechsel(admin, p.id(), Map.of("nach", "WORKSHOP", "begruendung", "Weiter"))
                .then()
                .statusCode(422);
        wechsel(admin, p.id(), Map.of("nach", "SICHTUNG")).then().statusCode(422);
        wechsel(admin, p.id(), Map.of("nach", "SICHTUNG", "begruendung", "Die EfA-Lösung passt doch nicht."))
                .then()
                .statusCode(200)
                .body("phase", is("SICHTUNG"))
                .body("status", is("AKTIV"))
                .body("phasenwechsel", hasSize(5));
    }

    @Test
    void shouldRefuseTransitionsDatedInTheFutureOrBeforeTheLastOne() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.BUND), "krzn");
        wechsel(
                        admin,
                        p.id(),
                        Map.of(
                                "nach",
                                "WORKSHOP",
                                "datum",
                                LocalDate.now().plusDays(3).toString()))
                .then()
                .statusCode(422)
                .body("title", containsString("Datum"));
        wechsel(
                        admin,
                        p.id(),
                        Map.of(
                                "nach",
                                "WORKSHOP",
                                "datum",
                                LocalDate.now().minusYears(5).toString()))
                .then()
                .statusCode(422)
                .body("detail", containsString("letzten Phasenwechsel"));
        wechsel(admin, p.id(), Map.of("nach", "NIRGENDWO"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
