package nrw.digitalisierungsdashboard.umsetzung;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UmsetzungsstandTest {

    private static boolean zustaendig(JsonPath stand, int ozgId) {
        Boolean z = stand.get("leistungen.find { it.ozgId == " + ozgId + " }.zustaendig");
        return z != null && z;
    }

    /**
     * Hand-checked against the catalogue (ozg_leistungen.csv): 460 Leistungen carry a Typisierung 3, 2/3, 4 or 5
     * ("1, 2/3" counted), 455 of them one of 3, 2/3, 4. Kinderzuschlag (10020) is Typisierung 1 only, Nutzung von
     * Sport- und Freizeitangeboten (10024) 5 only, Parkausweise (10173) 2/3 and 4.
     */
    @Test
    void shouldDeriveTheSollOfAKreisfreieStadtAKreisAndASmallGemeinde() {
        JsonPath koeln = given().get("/api/v1/kommunen/05315000/umsetzungsstand")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("KREISFREIE_STADT", koeln.getString("kommune.typ"));
        assertEquals(460, koeln.getInt("soll.gesamt"));
        assertEquals(460, koeln.getInt("soll.abgeleitet") + koeln.getInt("soll.bestaetigt"));
        assertFalse(zustaendig(koeln, 10020));
        assertTrue(zustaendig(koeln, 10024));
        assertTrue(zustaendig(koeln, 10173));

        JsonPath mettmann = given().get("/api/v1/kommunen/05158/umsetzungsstand")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("KREIS", mettmann.getString("kommune.typ"));
        assertEquals(455, mettmann.getInt("soll.gesamt"));
        assertFalse(zustaendig(mettmann, 10020));
        assertFalse(zustaendig(mettmann, 10024));
        assertTrue(zustaendig(mettmann, 10173));

        // Dahlem (Kreis Euskirchen, 4 400 inhabitants)
        JsonPath dahlem = given().get("/api/v1/kommunen/05366012/umsetzungsstand")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("KREISANGEHOERIGE_GEMEINDE", dahlem.getString("kommune.typ"));
        assertEquals(460, dahlem.getInt("soll.gesamt"));
        assertFalse(zustaendig(dahlem, 10020));
        assertTrue(zustaendig(dahlem, 10024));
        assertTrue(zustaendig(dahlem, 10173));
    }

    @Test
    void shouldMakeAnEditedRuleConfirmedAndChangeTheSoll() {
        Api.Session admin = Api.admin();
        // Seniorenpass (10105): Typisierung 5 → derived: not the Kreis
        String tag = Api.etag(given().get("/api/v1/leistungen/10105/zustaendigkeit"));
        int vorher =
                given().get("/api/v1/kommunen/05158/umsetzungsstand").jsonPath().getInt("soll.gesamt");
        String neu = admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("regeln", List.of(Map.of("kommuneTyp", "KREIS", "zustaendig", true, "hinweis", "Test"))))
                .put("/api/v1/leistungen/10105/zustaendigkeit")
                .then()
                .statusCode(200)
                .body("regeln.find { it.kommuneTyp == 'KREIS' }.zustaendig", is(true))
                .body("regeln.find { it.kommuneTyp == 'KREIS' }.abgeleitet", is(false))
                .body("regeln.find { it.kommuneTyp == 'KREISFREIE_STADT' }.abgeleitet", is(true))
                .extract()
                .header("ETag");
        JsonPath kreis = given().get("/api/v1/kommunen/05158/umsetzungsstand").jsonPath();
        assertEquals(vorher + 1, kreis.getInt("soll.gesamt"));
        assertTrue(kreis.getInt("soll.bestaetigt") >= 1);
        // stale ETag → 412, nothing changed
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("regeln", List.of(Map.of("kommuneTyp", "KREIS", "zustaendig", false))))
                .put("/api/v1/leistungen/10105/zustaendigkeit")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().get("/api/v1/aenderungen?entitaet=ZUSTAENDIGKEIT&id=10105")
                .then()
                .body("total", greaterThanOrEqualTo(1));
        // restore: not responsible (stays confirmed, which is what an edit means)
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", neu)
                .body(Map.of("regeln", List.of(Map.of("kommuneTyp", "KREIS", "zustaendig", false))))
                .put("/api/v1/leistungen/10105/zustaendigkeit")
                .then()
                .statusCode(200);
        assertEquals(
                vorher,
                given().get("/api/v1/kommunen/05158/umsetzungsstand").jsonPath().getInt("soll.gesamt"));
    }

    @Test
    void shouldLetAnEditorWriteOnlyItsOwnKommuneWithIfMatch() {
        // Bonn's editor
        Api.Session bonn = Api.account(List.of("REDAKTION"), "kommune-05314000", List.of());
        String path = "/api/v1/kommunen/05314000/umsetzungsstand/10024";
        var first = given().get(path);
        var req = bonn.spec().contentType(ContentType.JSON);
        if (first.getHeader("ETag") != null) {
            req = req.header("If-Match", first.getHeader("ETag"));
        }
        String tag = req.body(Map.of("status", "ONLINE", "reifegrad", 3, "url", "https://example.org/sport"))
                .put(path)
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("status", is("ONLINE"))
                .body("reifegrad", is(3))
                .body("quelle", is("MANUELL"))
                .extract()
                .header("ETag");
        // an existing row needs If-Match
        bonn.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "IN_UMSETZUNG"))
                .put(path)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        // another Kommune: 403 problem
        bonn.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ONLINE"))
                .put("/api/v1/kommunen/05315000/umsetzungsstand/10024")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("eigenen Kommune"));
        // Reifegrad 5 is not in model 1.1
        bonn.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("status", "ONLINE", "reifegrad", 5))
                .put(path)
                .then()
                .statusCode(422)
                .body("errors[0].name", is("reifegrad"));
        given().get("/api/v1/kommunen/05314000/umsetzungsstand?reifegradMin=3")
                .then()
                .body("leistungen.find { it.ozgId == 10024 }.status", is("ONLINE"));
        given().get("/api/v1/leistungen/10024/umsetzungsstand?status=ONLINE&size=500")
                .then()
                .statusCode(200)
                .body("kommunen.items.kommune.ags", hasItem("05314000"));
        // back to "in Planung" for other tests
        bonn.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("status", "IN_PLANUNG"))
                .put(path)
                .then()
                .statusCode(200)
                .body("reifegrad", nullValue());
        given().get("/api/v1/aenderungen?entitaet=UMSETZUNGSSTAND&id=05314000:10024")
                .then()
                .body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void shouldRecordBasiskomponentenAndShowThemInThePublicMatrix() {
        Api.Session koord = Api.account(List.of("KOORDINATION"), null, List.of());
        String path = "/api/v1/kommunen/05366012/basiskomponenten/epaybl";
        Object version = given().get("/api/v1/kommunen/05366012/basiskomponenten")
                .jsonPath()
                .get("anschluesse.find { it.basiskomponenteId == 'epaybl' }.version");
        var req = koord.spec().contentType(ContentType.JSON);
        if (version != null) {
            req = req.header("If-Match", "\"" + version + "\"");
        }
        req.body(Map.of("status", "GEPLANT", "geplantAb", "2027-01-01"))
                .put(path)
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("status", is("GEPLANT"))
                .body("geplantAb", is("2027-01-01"));
        given().get("/api/v1/statistik/basiskomponenten?kreis=05366&size=100")
                .then()
                .statusCode(200)
                .body(
                        "kommunen.items.find { it.kommune.ags == '05366012' }.anschluesse.find { it.basiskomponenteId == 'epaybl' }.status",
                        is("GEPLANT"))
                .body("basiskomponenten.find { it.id == 'epaybl' }.geplant", greaterThanOrEqualTo(1));
        koord.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ANGESCHLOSSEN", "geplantAb", "2027-01-01"))
                .header("If-Match", "\"999999\"")
                .put(path)
                .then()
                .statusCode(anyOf(is(412), is(422)));
        given().get("/api/v1/statistik/basiskomponenten?regierungsbezirk=9")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("regierungsbezirk"));
    }
}
