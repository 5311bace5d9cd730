package nrw.digitalisierungsdashboard.projekt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjektResourceTest {

    @Test
    void shouldCreateAProjectWithItsLeadInSichtung() {
        Api.Session koord = Api.account(List.of("KOORDINATION"), null, List.of(Projekte.THEMENFELD));
        Map<String, Object> body = Projekte.eingabe("Parkausweise online", List.of(Projekte.KOMMUNAL), "civitec");
        body.put("links", List.of(Map.of("titel", "Steckbrief", "url", "https://example.org/steckbrief")));
        body.put("efaTyp", "EFA_NACHNUTZUNG");
        koord.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/projekte/\\d+"))
                .header("ETag", notNullValue())
                .body("phase", is("SICHTUNG"))
                .body("status", is("AKTIV"))
                .body("beispiel", is(false))
                .body("teilnahmen", hasSize(1))
                .body("teilnahmen[0].rolle", is("FEDERFUEHREND"))
                .body("leistungen[0].ozgId", is(Projekte.KOMMUNAL))
                .body("basiskomponenten[0].id", is("servicekonto-nrw"))
                .body("links[0].url", is("https://example.org/steckbrief"))
                .body("rechte.bearbeiten", is(true));
    }

    @Test
    void shouldRejectInvalidProjectsWithFieldErrorsAndStoreNothing() {
        Api.Session admin = Api.admin();
        long before = given().when()
                .get("/api/v1/projekte?size=1")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("titel", "x"))
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", hasItems("titel", "zusammenfassung", "themenfeldId", "leistungen"));
        Map<String, Object> body = Projekte.eingabe("Ungültig", List.of(99999), "civitec");
        admin.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("leistungen[0]"));
        body = Projekte.eingabe("Ungültig", List.of(Projekte.KOMMUNAL), "gibtsnicht");
        admin.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("federfuehrendId"));
        body = Projekte.eingabe("Ungültig", List.of(Projekte.KOMMUNAL), "civitec");
        body.put("leika", List.of(2456)); // a LeiKa row of Führerschein, not of this project's Leistung
        admin.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("leika[0]"));
        body = Projekte.eingabe("Ungültig", List.of(Projekte.KOMMUNAL), "civitec");
        body.put("links", List.of(Map.of("titel", "x", "url", "javascript:alert(1)")));
        admin.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", containsString("links[0].url"));
        body = Projekte.eingabe("Ungültig", List.of(Projekte.KOMMUNAL), "civitec");
        body.put("beginn", "2026-05-01");
        body.put("endeGeplant", "2026-01-01");
        admin.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("endeGeplant"));
        body = Projekte.eingabe("Ungültig", List.of(Projekte.KOMMUNAL), "civitec");
        body.put("status", "EINGESTELLT");
        admin.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(422);
        admin.spec()
                .contentType(ContentType.JSON)
                .body("{\"titel\": 5,")
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(400);
        admin.spec()
                .contentType("text/plain")
                .body("Projekt")
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(415);
        given().when().get("/api/v1/projekte?size=1").then().body("total", is((int) before));
    }

    @Test
    void shouldNeverLetTwoEditorsOverwriteEachOtherUnknowingly() {
        Api.Session eins = Api.admin();
        Api.Session zwei = Api.account(List.of("KOORDINATION"), null, List.of(Projekte.THEMENFELD));
        Projekte.Created p = Projekte.create(eins, List.of(Projekte.KOMMUNAL), "civitec");
        String gelesen = Projekte.etag(p.id());
        eins.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", gelesen)
                .body(Map.of("zusammenfassung", "Fassung von Eins"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(200);
        String neu = Projekte.etag(p.id());
        zwei.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", gelesen)
                .body(Map.of("titel", "Fassung von Zwei"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", is(neu))
                .body("type", is("/probleme/veraltete-fassung"));
        given().when()
                .get(p.path())
                .then()
                .body("zusammenfassung", is("Fassung von Eins"))
                .body("titel", not("Fassung von Zwei"));
        zwei.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("titel", "Ohne Fassung"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(428);
        // parts of the project are guarded by the same version
        zwei.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", gelesen)
                .body(Map.of("gremiumId", "ag-technik", "datum", LocalDate.now().toString(), "ergebnis", "VERTAGT"))
                .when()
                .post(p.path() + "/entscheidungen")
                .then()
                .statusCode(412);
        zwei.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", neu)
                .body(Map.of("gremiumId", "ag-technik", "datum", LocalDate.now().toString(), "ergebnis", "VERTAGT"))
                .when()
                .post(p.path() + "/entscheidungen")
                .then()
                .statusCode(200)
                .header("ETag", not(neu));
    }

    @Test
    void shouldAnswerEveryWriteWithTheETagTheNextWriteNeeds() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "civitec");
        String etag = p.etag();
        etag = admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("efaTyp", "KEIN_EFA"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Projekte.team("civitec", "FEDERFUEHREND", "d-nrw", "MITWIRKEND"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("gremiumId", "ag-technik", "datum", LocalDate.now().toString(), "ergebnis", "VERTAGT"))
                .when()
                .post(p.path() + "/entscheidungen")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().when()
                .get(p.path())
                .then()
                .header("ETag", is(etag))
                .body("version", is(Integer.parseInt(etag.replace("\"", ""))));
    }

    @Test
    void shouldReplaceWithPutAndChangeOnlyNamedFieldsWithPatch() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "civitec");
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of("efaTyp", "KEIN_EFA"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(200)
                .body("efaTyp", is("KEIN_EFA"))
                .body("basiskomponenten", hasSize(1));
        Map<String, Object> put =
                new HashMap<>(Projekte.eingabe("Ersetzt", List.of(Projekte.KOMMUNAL, Projekte.BUND), null));
        put.remove("basiskomponenten");
        put.remove("federfuehrendId");
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(put)
                .when()
                .put(p.path())
                .then()
                .statusCode(200)
                .body("titel", is("Ersetzt"))
                .body("efaTyp", is("OFFEN"))
                .body("basiskomponenten", empty())
                .body("leistungen", hasSize(2))
                .body("teilnahmen", hasSize(1));
    }

    @Test
    void shouldRecordSolutionsAndTheirReuseByKommunen() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "civitec");
        long loesung = admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of(
                        "name",
                        "Parkausweis-Onlinedienst",
                        "anbieterOrganisationId",
                        "civitec",
                        "reifegrad",
                        3,
                        "basiskomponenten",
                        List.of("servicekonto-nrw", "epaybl")))
                .when()
                .post(p.path() + "/loesungen")
                .then()
                .statusCode(200)
                .body("loesungen[0].reifegrad", is(3))
                .body("loesungen[0].reifegradModell", is("1.1"))
                .extract()
                .jsonPath()
                .getLong("loesungen[0].id");
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of("name", "x", "reifegrad", 6))
                .when()
                .put(p.path() + "/loesungen/" + loesung)
                .then()
                .statusCode(400)
                .body("errors[0].name", is("reifegrad"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of("name", "Parkausweis-Onlinedienst", "reifegrad", 6, "reifegradModell", "2.0"))
                .when()
                .put(p.path() + "/loesungen/" + loesung)
                .then()
                .statusCode(200)
                .body("loesungen[0].reifegradModell", is("2.0"));
        Api.Session muenster = Api.account(List.of("REDAKTION"), "kommune-05515000", List.of());
        muenster.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "NUTZT"))
                .when()
                .post(p.path() + "/loesungen/" + loesung + "/nachnutzung")
                .then()
                .statusCode(200)
                .body("loesungen[0].nachnutzungen[0].organisation.id", is("kommune-05515000"))
                .body("loesungen[0].nachnutzungen[0].status", is("NUTZT"));
        Api.account(List.of("REDAKTION"), "civitec", List.of())
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "NUTZT"))
                .when()
                .post(p.path() + "/loesungen/" + loesung + "/nachnutzung")
                .then()
                .statusCode(403);
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of(
                        "nachnutzungen",
                        List.of(
                                Map.of("organisationId", "kommune-05515000", "status", "GEPLANT"),
                                Map.of("organisationId", "kommune-05315000", "status", "INTERESSIERT"))))
                .when()
                .put(p.path() + "/loesungen/" + loesung + "/nachnutzungen")
                .then()
                .statusCode(200)
                .body("loesungen[0].nachnutzungen", hasSize(2));
        admin.spec()
                .header("If-Match", Projekte.etag(p.id()))
                .when()
                .delete(p.path() + "/loesungen/" + loesung)
                .then()
                .statusCode(200)
                .body("loesungen", empty());
        admin.spec()
                .header("If-Match", Projekte.etag(p.id()))
                .when()
                .delete(p.path() + "/loesungen/" + loesung)
                .then()
                .statusCode(404);
    }
}
