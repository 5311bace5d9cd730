package nrw.digitalisierungsdashboard.koordination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import nrw.digitalisierungsdashboard.support.Snapshot;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KoordinationResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldListTheGremienAndLetCoordinatorsAddOne() {
        given().when()
                .get("/api/v1/gremien")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        hasItems(
                                "it-kooperationsrat-nrw",
                                "ag-technik",
                                "gremien-staedtetag-nrw",
                                "gremien-landkreistag-nrw",
                                "gremien-stgb-nrw"));
        String id = Api.uniqueName("arbeitskreis").toLowerCase();
        Api.account(List.of("KOORDINATION"), null, List.of(1))
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Arbeitskreis " + id))
                .when()
                .post("/api/v1/gremien")
                .then()
                .statusCode(201);
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Doppelt " + id))
                .when()
                .post("/api/v1/gremien")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldLetCoordinatorsEditAGremiumWithIfMatchButNotItsId() {
        String id = Api.uniqueName("lenkungskreis").toLowerCase();
        Api.Session koordination = Api.account(List.of("KOORDINATION"), null, List.of(2));
        koordination
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Lenkungskreis " + id))
                .post("/api/v1/gremien")
                .then()
                .statusCode(201)
                .body("version", is(0));
        String path = "/api/v1/gremien/" + id;
        // without If-Match: 428; with a stale one: 412
        koordination
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Neu " + id))
                .put(path)
                .then()
                .statusCode(428);
        koordination
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("id", id, "name", "Lenkungskreis Digitales " + id, "beschreibung", "Tagt monatlich."))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("name", is("Lenkungskreis Digitales " + id))
                .body("beschreibung", is("Tagt monatlich."));
        koordination
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("id", id, "name", "Veraltet " + id))
                .put(path)
                .then()
                .statusCode(412);
        koordination
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("id", id + "-x", "name", "Andere ID"))
                .put(path)
                .then()
                .statusCode(400);
        given().get("/api/v1/gremien")
                .then()
                .body("items.find { it.id == '" + id + "' }.name", is("Lenkungskreis Digitales " + id));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("id", id, "name", "Anonym"))
                .put(path)
                .then()
                .statusCode(401);
    }

    @Test
    void shouldPublishContactPersonsOnlyWithConsentAndKeepThemOutOfTheChangeFeed() {
        Snapshot umwelt = Snapshot.of(dataSource, "koordination", "themenfeld_id = 13");
        try {
            contactPersonsOnlyWithConsent();
        } finally {
            umwelt.restore(dataSource);
        }
    }

    private void contactPersonsOnlyWithConsent() {
        Api.Session koord = Api.account(List.of("KOORDINATION"), null, List.of(13));
        String etag = Api.etag(given().when().get("/api/v1/themenfelder/13/koordination"));
        koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of(
                        "organisationId",
                        "kdn",
                        "funktion",
                        "Themenfeldkoordination Umwelt",
                        "kontaktName",
                        "Erika Muster"))
                .when()
                .put("/api/v1/themenfelder/13/koordination")
                .then()
                .statusCode(422)
                .body("errors[0].name", is("kontaktEinwilligung"));
        String neu = koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of(
                        "organisationId",
                        "kdn",
                        "funktion",
                        "Themenfeldkoordination Umwelt",
                        "kontaktName",
                        "Erika Muster",
                        "kontaktEmail",
                        "koordination@example.org",
                        "kontaktEinwilligung",
                        true))
                .when()
                .put("/api/v1/themenfelder/13/koordination")
                .then()
                .statusCode(200)
                .body("kontaktName", is("Erika Muster"))
                .body("organisation.id", is("kdn"))
                .extract()
                .header("ETag");
        given().when()
                .get("/api/v1/koordination")
                .then()
                .statusCode(200)
                .body("total", is(14))
                .body("items.find { it.themenfeld.id == 13 }.funktion", is("Themenfeldkoordination Umwelt"));
        given().queryParam("entitaet", "KOORDINATION")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .body(not(containsString("Erika Muster")))
                .body(not(containsString("koordination@example.org")));
        Api.account(List.of("KOORDINATION"), null, List.of(1))
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", neu)
                .body(Map.of("organisationId", "kdn", "funktion", "Übernahme"))
                .when()
                .put("/api/v1/themenfelder/13/koordination")
                .then()
                .statusCode(403);
        koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", neu)
                .body(Map.of("organisationId", "kdn", "funktion", "Themenfeldkoordination Umwelt"))
                .when()
                .put("/api/v1/themenfelder/13/koordination")
                .then()
                .statusCode(200)
                .body("kontaktName", nullValue());
    }

    @Test
    void shouldKeepMinistryContactsToMinistries() {
        Api.Session admin = Api.admin();
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", "civitec", "funktion", "Referat"))
                .when()
                .post("/api/v1/ansprechstellen")
                .then()
                .statusCode(422);
        var created = admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", "mhkbd-nrw", "funktion", "Referat Kommunale Digitalisierung"))
                .when()
                .post("/api/v1/ansprechstellen")
                .then()
                .statusCode(201)
                .extract();
        long id = created.jsonPath().getLong("id");
        given().when().get("/api/v1/ansprechstellen").then().body("items.id", hasItem((int) id));
        admin.spec().when().delete("/api/v1/ansprechstellen/" + id).then().statusCode(428);
        admin.spec()
                .header("If-Match", created.header("ETag"))
                .when()
                .delete("/api/v1/ansprechstellen/" + id)
                .then()
                .statusCode(204);
    }
}
