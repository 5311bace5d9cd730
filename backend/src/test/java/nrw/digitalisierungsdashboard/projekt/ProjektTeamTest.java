package nrw.digitalisierungsdashboard.projekt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** Exactly one lead, object-level rights of editors, interest in one click, and the representativeness rule. */
@QuarkusTest
class ProjektTeamTest {

    @Test
    void shouldHaveExactlyOneLead() {
        Api.Session admin = Api.admin();
        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "civitec");
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("civitec", "MITWIRKEND", "kommune-05315000", "PILOT"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(422)
                .body("title", containsString("Genau eine Federführung"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("civitec", "FEDERFUEHREND", "kommune-05315000", "FEDERFUEHREND"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(422);
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("civitec", "FEDERFUEHREND", "civitec", "PILOT"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("teilnahmen[1].organisationId"));
        // handing over the lead in one step
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("civitec", "MITWIRKEND", "kommune-05315000", "FEDERFUEHREND"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200)
                .body(
                        "teilnahmen.findAll { it.rolle == 'FEDERFUEHREND' }.organisation.id",
                        contains("kommune-05315000"));
        given().when()
                .get("/api/v1/projekte?organisation=kommune-05315000&rolle=FEDERFUEHREND&size=500")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) p.id()));
        given().when()
                .get("/api/v1/kommunen/05315000/projekte?size=500")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) p.id()));
        given().when()
                .get("/api/v1/organisationen/civitec/projekte?rolle=MITWIRKEND&size=500")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) p.id()));
    }

    @Test
    void shouldLetEditorsChangeOnlyProjectsTheirOrganisationTakesPartIn() {
        Api.Session lead = Api.account(List.of("REDAKTION"), "itk-rheinland", List.of());
        Projekte.Created p = Projekte.create(lead, List.of(Projekte.KOMMUNAL), "itk-rheinland");
        Api.Session fremd = Api.account(List.of("REDAKTION"), "krzn", List.of());
        fremd.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of("titel", "Übernommen"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Team"));
        fremd.spec()
                .contentType(ContentType.JSON)
                .body(Projekte.eingabe("Fremdes Projekt", List.of(Projekte.KOMMUNAL), "itk-rheinland"))
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(403);
        lead.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "FEDERFUEHREND", "krzn", "MITWIRKEND"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200);
        fremd.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Map.of("titel", "Jetzt gemeinsam"))
                .when()
                .patch(p.path())
                .then()
                .statusCode(200)
                .body("titel", is("Jetzt gemeinsam"))
                .body("rechte.bearbeiten", is(true));
        fremd.spec()
                .header("If-Match", Projekte.etag(p.id()))
                .when()
                .delete(p.path())
                .then()
                .statusCode(403);
        Api.account(List.of("KOORDINATION"), null, List.of(3))
                .spec()
                .header("If-Match", Projekte.etag(p.id()))
                .when()
                .delete(p.path())
                .then()
                .statusCode(403);
        Api.account(List.of("KOORDINATION"), null, List.of(Projekte.THEMENFELD))
                .spec()
                .header("If-Match", Projekte.etag(p.id()))
                .when()
                .delete(p.path())
                .then()
                .statusCode(204);
        given().when().get(p.path()).then().statusCode(404);
        given().when().get(p.path() + "/historie").then().statusCode(404);
    }

    @Test
    void shouldLetAKommunesEditorDeclareInterestInOneClick() {
        Projekte.Created p = Projekte.create(Api.admin(), List.of(Projekte.KOMMUNAL), "civitec");
        Api.Session bonn = Api.account(List.of("REDAKTION"), "kommune-05314000", List.of());
        bonn.spec()
                .when()
                .get(p.path())
                .then()
                .body("rechte.interesseBekunden", is(true))
                .body("rechte.bearbeiten", is(false));
        bonn.spec()
                .when()
                .post(p.path() + "/interesse")
                .then()
                .statusCode(200)
                .body("teilnahmen.find { it.organisation.id == 'kommune-05314000' }.rolle", is("INTERESSIERT"))
                .body("rechte.interesseBekunden", is(false));
        bonn.spec().when().post(p.path() + "/interesse").then().statusCode(200);
        Api.account(List.of("REDAKTION"), "civitec", List.of())
                .spec()
                .when()
                .post(p.path() + "/interesse")
                .then()
                .statusCode(409);
        Api.account(List.of("KOORDINATION"), null, List.of(Projekte.THEMENFELD))
                .spec()
                .when()
                .post(p.path() + "/interesse")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldComputeRepresentativenessOnHandCheckedTeams() {
        Api.Session admin = Api.admin();
        // Bund-only Leistung: no Kommune is responsible, so any team is representative
        Projekte.Created bund = Projekte.create(admin, List.of(Projekte.BUND), "civitec");
        given().when()
                .get(bund.path())
                .then()
                .statusCode(200)
                .body("repraesentativitaet.verantwortlicheTypen", empty())
                .body("repraesentativitaet.repraesentativ", is(true))
                .body("repraesentativitaet.regel", containsString("Größenklasse"));

        Projekte.Created p = Projekte.create(admin, List.of(Projekte.KOMMUNAL), "civitec");
        // only an IT service provider: every type and class is missing
        given().when()
                .get(p.path())
                .then()
                .body(
                        "repraesentativitaet.verantwortlicheTypen",
                        contains(
                                "KREISFREIE_STADT",
                                "KREIS",
                                "GROSSE_KREISANGEHOERIGE_STADT",
                                "MITTLERE_KREISANGEHOERIGE_STADT",
                                "KREISANGEHOERIGE_GEMEINDE"))
                .body(
                        "repraesentativitaet.verantwortlicheGroessenklassen",
                        contains(
                                "LANDGEMEINDE", "KLEINSTADT", "KLEINE_MITTELSTADT", "GROSSE_MITTELSTADT", "GROSSSTADT"))
                .body("repraesentativitaet.abgedeckteTypen", empty())
                .body("repraesentativitaet.repraesentativ", is(false));

        // Köln alone: the kreisfreie Großstadt is covered, the village is missing
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("civitec", "FEDERFUEHREND", "kommune-05315000", "PILOT"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200)
                .body("repraesentativitaet.abgedeckteTypen", contains("KREISFREIE_STADT"))
                .body("repraesentativitaet.abgedeckteGroessenklassen", contains("GROSSSTADT"))
                .body(
                        "repraesentativitaet.fehlendeGroessenklassen",
                        contains("LANDGEMEINDE", "KLEINSTADT", "KLEINE_MITTELSTADT", "GROSSE_MITTELSTADT"))
                .body(
                        "repraesentativitaet.fehlendeTypen",
                        contains(
                                "KREIS",
                                "GROSSE_KREISANGEHOERIGE_STADT",
                                "MITTLERE_KREISANGEHOERIGE_STADT",
                                "KREISANGEHOERIGE_GEMEINDE"));

        // a village, a small town, Jülich, Rheine, Köln and a Kreis: every type and class is in the team
        String dorf = Projekte.kommune("KREISANGEHOERIGE_GEMEINDE", "LANDGEMEINDE");
        String kleinstadt = Projekte.kommune("KREISANGEHOERIGE_GEMEINDE", "KLEINSTADT");
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team(
                        "civitec",
                        "FEDERFUEHREND",
                        "kommune-05315000",
                        "PILOT",
                        dorf,
                        "MITWIRKEND",
                        kleinstadt,
                        "MITWIRKEND",
                        "kommune-05358024",
                        "MITWIRKEND",
                        "kommune-05566076",
                        "MITWIRKEND",
                        "kommune-05358",
                        "MITWIRKEND"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200)
                .body("repraesentativitaet.fehlendeTypen", empty())
                .body("repraesentativitaet.fehlendeGroessenklassen", empty())
                .body("repraesentativitaet.repraesentativ", is(true));

        // an interested village does not count: interest is not membership
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team(
                        "civitec",
                        "FEDERFUEHREND",
                        "kommune-05315000",
                        "PILOT",
                        dorf,
                        "INTERESSIERT",
                        kleinstadt,
                        "MITWIRKEND",
                        "kommune-05358024",
                        "MITWIRKEND",
                        "kommune-05566076",
                        "MITWIRKEND",
                        "kommune-05358",
                        "MITWIRKEND"))
                .when()
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200)
                .body("repraesentativitaet.fehlendeGroessenklassen", contains("LANDGEMEINDE"))
                .body("repraesentativitaet.repraesentativ", is(false));
    }
}
