package nrw.digitalisierungsdashboard.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void shouldListThe31ItDienstleisterOf2019WithTheKommunenThatRunTheirOwnIt() {
        given().queryParam("typ", "IT_DIENSTLEISTER")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("total", is(31))
                .body("items.itDienstleister", everyItem(is(true)))
                .body("items.findAll { it.typ == 'IT_DIENSTLEISTER' }.datenstand", everyItem(is("2019")))
                .body("items.findAll { it.typ == 'KOMMUNE' }", hasSize(13))
                .body("items.id", hasItems("kommune-05315000", "kommune-05158", "civitec", "suedwestfalen-it"));
    }

    @Test
    void shouldNotListStadtKoelnBesideKoelnStadt() {
        given().queryParam("q", "Köln")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem("stadt-koeln")))
                .body("items.find { it.id == 'kommune-05315000' }.itDienstleister", is(true));
        given().when().get("/api/v1/organisationen/stadt-koeln").then().statusCode(404);
        given().when()
                .get("/api/v1/organisationen/civitec")
                .then()
                .statusCode(200)
                .body("itDienstleister", is(true));
        given().when()
                .get("/api/v1/organisationen/kommune-05382060")
                .then()
                .statusCode(200)
                .body("itDienstleister", is(false));
    }

    @Test
    void shouldCountTheOrganisationenOfEachTypeForTabs() {
        given().when()
                .get("/api/v1/organisationstypen")
                .then()
                .statusCode(200)
                .body("alle", is(427 + 18 + 6))
                .body("typen.find { it.typ == 'IT_DIENSTLEISTER' }.anzahl", is(31))
                .body("typen.find { it.typ == 'KOMMUNE' }.anzahl", is(427))
                .body("typen.find { it.typ == 'KOMMUNALER_SPITZENVERBAND' }.anzahl", is(3));
        given().queryParam("q", "Südwestfalen")
                .when()
                .get("/api/v1/organisationstypen")
                .then()
                .statusCode(200)
                .body("alle", is(1))
                .body("typen.find { it.typ == 'IT_DIENSTLEISTER' }.anzahl", is(1))
                .body("typen.find { it.typ == 'KOMMUNE' }.anzahl", is(0));
    }

    @Test
    void shouldHaveEveryKommuneAsOrganisation() {
        given().queryParam("typ", "KOMMUNE")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("total", is(427));
        given().when()
                .get("/api/v1/organisationen/kommune-05315000")
                .then()
                .statusCode(200)
                .body("typ", is("KOMMUNE"))
                .body("kommuneAgs", is("05315000"));
    }

    @Test
    void shouldHaveKdnDnrwTheMinistryAndTheThreeSpitzenverbaende() {
        given().queryParam("typ", "KOMMUNALER_SPITZENVERBAND")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("total", is(3))
                .body(
                        "items.name",
                        hasItems(
                                "Städtetag Nordrhein-Westfalen",
                                "Landkreistag Nordrhein-Westfalen",
                                "Städte- und Gemeindebund Nordrhein-Westfalen"));
        given().when()
                .get("/api/v1/organisationen/kdn")
                .then()
                .statusCode(200)
                .body("typ", is("KOMMUNALER_DACHVERBAND"));
        given().when()
                .get("/api/v1/organisationen/d-nrw")
                .then()
                .statusCode(200)
                .body("typ", is("LANDESEINRICHTUNG"));
        given().queryParam("typ", "LANDESMINISTERIUM")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldCorrectTheSwappedAddressesOfLwlAndLwvHessenAndSayItDid() {
        given().when()
                .get("/api/v1/organisationen/lwl")
                .then()
                .statusCode(200)
                .body("anschrift.ort", is("Münster"))
                .body("url", is("https://lwl.org"))
                .body("hinweis", containsString("korrigiert"));
        given().when()
                .get("/api/v1/organisationen/lwv-hessen")
                .then()
                .statusCode(200)
                .body("anschrift.ort", is("Kassel"));
    }

    @Test
    void shouldMergeTheTwoSitesOfSuedwestfalenItAndSayItDid() {
        given().queryParam("q", "Südwestfalen")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is("suedwestfalen-it"))
                .body("items[0].anschrift.ort", is("Hemer"))
                .body("items[0].hinweis", containsString("Siegen"));
    }

    @Test
    void shouldFindOrganisationenByNameAndPlace() {
        given().queryParam("q", "civitec")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("items[0].id", is("civitec"))
                .body("items[0].anschrift.ort", is("Siegburg"));
        given().queryParam("q", "Siegburg")
                .queryParam("typ", "IT_DIENSTLEISTER")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("civitec"));
    }

    @Test
    void shouldDescribeTheBasiskomponenten() {
        given().when()
                .get("/api/v1/basiskomponenten")
                .then()
                .statusCode(200)
                .body("total", is(8))
                .body("items.name", hasItems("Servicekonto.NRW", "ePayBL", "BundID", "FIT-Connect", "pmPayment"))
                .body("items.beschreibung", everyItem(not(emptyString())));
        given().when()
                .get("/api/v1/basiskomponenten/servicekonto-nrw")
                .then()
                .statusCode(200)
                .body("kategorie", is("NUTZERKONTO"))
                .body("ebene", is("LAND"))
                .body("kommunen", is(427))
                .body("angeschlossen", greaterThanOrEqualTo(0))
                .body("geplant", greaterThanOrEqualTo(0));
    }

    @Test
    void shouldListTheFachaemter() {
        given().when()
                .get("/api/v1/fachaemter")
                .then()
                .statusCode(200)
                .body("items.name", hasItems("Bürgeramt", "Standesamt", "Ordnungsamt", "Jugendamt"));
    }

    @Test
    void shouldNameEverySourceWithLicenceAndAttribution() {
        given().when()
                .get("/api/v1/datenquellen")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        hasItems(
                                "ozg-leistungskatalog-2019",
                                "gemeindeverzeichnis-nrw-2023",
                                "kdn-it-dienstleister-2019",
                                "redaktion",
                                "verwaltungsgrenzen-nrw-dvg2-2023"))
                .body("items.lizenz", everyItem(not(emptyString())))
                .body("items.namensnennung", everyItem(not(emptyString())))
                .body("items.find { it.id == 'gemeindeverzeichnis-nrw-2023' }.abgeleitet", hasSize(greaterThan(0)))
                .body("items.find { it.id == 'gemeindeverzeichnis-nrw-2023' }.version", matchesPattern("[0-9a-f]{64}"));
    }
}
