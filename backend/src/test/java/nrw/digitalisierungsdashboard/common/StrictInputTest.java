package nrw.digitalisierungsdashboard.common;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** A body value must be exactly of its declared type; everything else is 400 naming the field, and nothing is stored. */
@QuarkusTest
class StrictInputTest {

    private static final String PROJEKT = """
            {"titel": "Beispiel: streng", "zusammenfassung": "Test", "themenfeldId": %s, "leistungen": [10173],
             "federfuehrendId": "itk-rheinland"%s}""";

    private static ValidatableResponse postProjekt(String themenfeldId, String extra) {
        return Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(PROJEKT.formatted(themenfeldId, extra))
                .post("/api/v1/projekte")
                .then();
    }

    @Test
    void shouldRefuseANumberWithAFractionForAnInteger() {
        long before = io.restassured.RestAssured.given()
                .get("/api/v1/projekte?size=1")
                .jsonPath()
                .getLong("total");
        postProjekt("1.5", "")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", is("themenfeldId"))
                .body("errors[0].in", is("body"));
        postProjekt("1.0", "").statusCode(400).body("errors[0].name", is("themenfeldId"));
        io.restassured.RestAssured.given().get("/api/v1/projekte?size=1").then().body("total", is((int) before));
    }

    @Test
    void shouldRefuseValuesOfAnotherJsonType() {
        postProjekt("\"1\"", "").statusCode(400).body("errors[0].name", is("themenfeldId"));
        postProjekt("true", "").statusCode(400).body("errors[0].name", is("themenfeldId"));
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body("{\"titel\": 42, \"zusammenfassung\": \"x\", \"themenfeldId\": 9, \"leistungen\": [10173], "
                        + "\"federfuehrendId\": \"itk-rheinland\"}")
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("titel"));
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(
                        "{\"titel\": \"x\", \"zusammenfassung\": \"x\", \"themenfeldId\": 9, \"leistungen\": [\"10173\"], "
                                + "\"federfuehrendId\": \"itk-rheinland\"}")
                .post("/api/v1/projekte")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("leistungen[0]"));
        // an enum is its name, not its position
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body("{\"status\": 0}")
                .put("/api/v1/kommunen/05315000/umsetzungsstand/10024")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("status"));
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body("{\"aktiv\": \"false\"}")
                .header("If-Match", "\"0\"")
                .patch("/api/v1/admin/konten/1")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("aktiv"));
    }

    @Test
    void shouldRefuseUnknownFieldsDuplicateKeysAndTrailingContent() {
        postProjekt("9", ", \"themenfeld\": 3").statusCode(400).body("errors[0].name", is("themenfeld"));
        postProjekt("9", ", \"titel\": \"doppelt\"").statusCode(400);
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body("{\"benutzername\": \"admin\", \"passwort\": \"x\"} {}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldRefuseNulInJsonStringsAndDatesOutOfRange() {
        postProjekt("9", ", \"begruendungRepraesentativitaet\": \"vor\\u0000nach\"")
                .statusCode(400)
                .body("errors[0].name", is("begruendungRepraesentativitaet"))
                .body("errors[0].reason", containsString("NUL"));
        for (String date : List.of("10000-01-01", "+10000-01-01", "1899-12-31", "-0001-01-01", "2026-02-30")) {
            postProjekt("9", ", \"beginn\": \"" + date + "\"").statusCode(400).body("errors[0].name", is("beginn"));
        }
        postProjekt("9", ", \"beginn\": 20260101").statusCode(400).body("errors[0].name", is("beginn"));
    }

    @Test
    void shouldRefuseAnOverlongString() {
        postProjekt("9", ", \"begruendungRepraesentativitaet\": \"" + "x".repeat(60_000) + "\"")
                .statusCode(400)
                .body("errors.name", hasItem("begruendungRepraesentativitaet"));
    }
}
