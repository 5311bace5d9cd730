package nrw.digitalisierungsdashboard.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every bad request answers application/problem+json and never reveals internals. */
@QuarkusTest
class ProblemResponsesTest {

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("/probleme/"))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body(not(containsString("Exception")))
                .body(not(containsString("nrw.digitalisierungsdashboard")))
                .body(not(containsString("SELECT")))
                .body(not(containsString("at org.")));
    }

    @Test
    void shouldAnswerAnUnknownPathWith404() {
        problem(given().when().get("/api/v1/gibtsnicht").then(), 404).body("type", is("/probleme/nicht-gefunden"));
        problem(given().when().get("/nirgendwo").then(), 404);
    }

    @Test
    void shouldAnswerAWrongMethodWith405() {
        problem(given().when().delete("/api/v1/themenfelder").then(), 405).body("type", is("/probleme/http"));
        problem(
                given().contentType("application/json")
                        .body("{}")
                        .when()
                        .post("/api/v1/leistungen")
                        .then(),
                405);
    }

    @Test
    void shouldAnswerAnUnacceptableMediaTypeWith406() {
        problem(
                given().accept("application/pdf")
                        .when()
                        .get("/api/v1/themenfelder")
                        .then(),
                406);
        // a format the API has, but not this operation: 406 too, never another format it did not ask for
        problem(
                given().accept("application/atom+xml")
                        .get("/api/v1/themenfelder")
                        .then(),
                406);
        problem(given().accept("text/turtle").get("/api/v1/kommunen").then(), 406);
        problem(given().queryParam("format", "atom").get("/api/v1/leistungen").then(), 406);
        // and where it has it, it answers in it
        given().accept("application/atom+xml").get("/api/v1/aenderungen").then().statusCode(200);
        given().accept("text/csv").get("/api/v1/themenfelder").then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownIdsWith404() {
        problem(given().when().get("/api/v1/leistungen/99999").then(), 404).body("detail", containsString("99999"));
        problem(given().when().get("/api/v1/themenfelder/99").then(), 404);
        problem(given().when().get("/api/v1/kommunen/05999999").then(), 404);
        problem(given().when().get("/api/v1/kommunen/09162000").then(), 404)
                .body("detail", containsString("Nordrhein-Westfalen"));
        problem(given().when().get("/api/v1/organisationen/gibtsnicht").then(), 404);
        problem(given().when().get("/api/v1/basiskomponenten/gibtsnicht").then(), 404);
        problem(given().when().get("/api/v1/leika/99999999999999").then(), 404);
    }

    @Test
    void shouldAnswerMalformedKeysWith400NamingTheParameter() {
        problem(given().when().get("/api/v1/kommunen/0531500").then(), 400)
                .body("type", is("/probleme/ungueltiger-parameter"))
                .body("errors[0].name", is("ags"))
                .body("errors[0].in", is("path"));
        problem(given().when().get("/api/v1/kommunen/koeln").then(), 400);
        problem(given().when().get("/api/v1/leistungen/abc").then(), 400).body("errors[0].name", is("ozgId"));
        problem(given().when().get("/api/v1/leika/123").then(), 400).body("errors[0].name", is("schluessel"));
        problem(given().when().get("/api/v1/themenfelder/x").then(), 400);
    }

    @Test
    void shouldRejectPagesBelowZeroAndSizesAbove500() {
        problem(given().queryParam("page", -1).when().get("/api/v1/leistungen").then(), 400)
                .body("errors[0].name", is("page"))
                .body("errors[0].in", is("query"));
        problem(given().queryParam("size", 501).when().get("/api/v1/leistungen").then(), 400)
                .body("errors[0].name", is("size"))
                .body("errors[0].reason", containsString("500"));
        problem(given().queryParam("size", 0).when().get("/api/v1/kommunen").then(), 400);
        problem(
                        given().queryParam("page", "eins")
                                .when()
                                .get("/api/v1/themenfelder")
                                .then(),
                        400)
                .body("errors[0].name", is("page"));
    }

    @Test
    void shouldRejectUnknownSortFieldsListingTheAllowedOnes() {
        problem(
                        given().queryParam("sort", "passwort")
                                .when()
                                .get("/api/v1/leistungen")
                                .then(),
                        400)
                .body("errors[0].name", is("sort"))
                .body("errors[0].reason", containsString("anzahlLeika"));
        problem(
                given().queryParam("sort", "-gibtsnicht")
                        .when()
                        .get("/api/v1/kommunen")
                        .then(),
                400);
    }

    @Test
    void shouldRejectUnknownEnumValuesListingTheAllowedOnes() {
        problem(given().queryParam("typ", "DORF").when().get("/api/v1/kommunen").then(), 400)
                .body("errors[0].name", is("typ"))
                .body("errors[0].reason", containsString("KREISFREIE_STADT"));
        problem(
                given().queryParam("typ", "VEREIN")
                        .when()
                        .get("/api/v1/organisationen")
                        .then(),
                400);
        problem(
                        given().queryParam("typisierung", "9")
                                .when()
                                .get("/api/v1/leistungen")
                                .then(),
                        400)
                .body("errors[0].reason", containsString("2/3"));
        problem(
                given().queryParam("groessenklasse", "RIESIG")
                        .when()
                        .get("/api/v1/kommunen")
                        .then(),
                400);
        problem(
                given().queryParam("ebene", "LAND")
                        .when()
                        .get("/api/v1/kommunen")
                        .then(),
                400);
    }

    @Test
    void shouldRejectUnknownOrMalformedFilterValues() {
        problem(
                        given().queryParam("themenfeld", 99)
                                .when()
                                .get("/api/v1/leistungen")
                                .then(),
                        400)
                .body("errors[0].name", is("themenfeld"));
        problem(
                given().queryParam("themenfeld", "x")
                        .when()
                        .get("/api/v1/lagen")
                        .then(),
                400);
        problem(
                given().queryParam("lage", 9999)
                        .when()
                        .get("/api/v1/leistungen")
                        .then(),
                400);
        problem(
                given().queryParam("kreis", "5158")
                        .when()
                        .get("/api/v1/kommunen")
                        .then(),
                400);
        problem(
                given().queryParam("kreis", "05999")
                        .when()
                        .get("/api/v1/kommunen")
                        .then(),
                400);
        problem(
                given().queryParam("regierungsbezirk", "058")
                        .when()
                        .get("/api/v1/kommunen")
                        .then(),
                400);
        problem(
                given().queryParam("regierungsbezirk", "1")
                        .when()
                        .get("/api/v1/kreise")
                        .then(),
                400);
        problem(
                given().queryParam("q", "x".repeat(201))
                        .when()
                        .get("/api/v1/leistungen")
                        .then(),
                400);
    }
}
