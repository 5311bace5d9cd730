package nrw.digitalisierungsdashboard.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void shouldListThe32ItDienstleisterOf2019() {
        given().queryParam("typ", "IT_DIENSTLEISTER")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("total", is(32))
                .body("items.datenstand", everyItem(is("2019")))
                .body("items.quelle", everyItem(is("kdn-it-dienstleister-2019")));
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
    void shouldKeepTheTwoSitesOfSuedwestfalenItApart() {
        given().queryParam("q", "Südwestfalen")
                .when()
                .get("/api/v1/organisationen")
                .then()
                .statusCode(200)
                .body("items.id", hasItems("suedwestfalen-it-hemer", "suedwestfalen-it-siegen"));
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
                .body("ebene", is("LAND"));
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
