package nrw.digitalisierungsdashboard.kommune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.support.SourceFiles;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KommuneResourceTest {

    @Test
    void shouldServeEveryGemeindeExactlyAsTheSourceStatesIt() {
        List<CSVRecord> source = SourceFiles.csv("gemeindeverzeichnis_nrw_2023", "gemeinden.csv");
        assertEquals(396, source.size());
        List<Map<String, Object>> api = given().queryParam("ebene", "GEMEINDE")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("total", is(396))
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, Map<String, Object>> byAgs =
                api.stream().collect(Collectors.toMap(k -> (String) k.get("ags"), k -> k));
        for (CSVRecord r : source) {
            Map<String, Object> k = byAgs.get(r.get("ags"));
            assertEquals(r.get("regionalschluessel"), k.get("ars"), r.get("name"));
            assertEquals(r.get("name"), k.get("name"));
            assertEquals(Integer.parseInt(r.get("einwohner")), ((Number) k.get("einwohner")).intValue(), r.get("name"));
            assertEquals(
                    new BigDecimal(r.get("flaeche_km2")).doubleValue(),
                    ((Number) k.get("flaecheKm2")).doubleValue(),
                    0.001);
            assertEquals(r.get("kreis_ags"), ((Map<?, ?>) k.get("kreis")).get("schluessel"));
            assertEquals(r.get("regierungsbezirk_id"), ((Map<?, ?>) k.get("regierungsbezirk")).get("id"));
        }
    }

    @Test
    void shouldShowKoelnAsInTheSource() {
        given().when()
                .get("/api/v1/kommunen/05315000")
                .then()
                .statusCode(200)
                .body("name", is("Köln, Stadt"))
                .body("kurzname", is("Köln"))
                .body("ars", is("053150000000"))
                .body("typ", is("KREISFREIE_STADT"))
                .body("typAbgeleitet", is(false))
                .body("groessenklasse", is("GROSSSTADT"))
                .body("einwohner", is(1084831))
                .body("flaecheKm2", is(405.02f))
                .body("regierungsbezirk.id", is("053"))
                .body("einwohnerStichtag", is("2022-12-31"))
                .body("gebietsstand", is("2023-11-30"))
                .body("organisationId", is("kommune-05315000"));
    }

    @Test
    void shouldAcceptArsAndKreisschluesselForTheSameKommune() {
        given().when()
                .get("/api/v1/kommunen/053150000000")
                .then()
                .statusCode(200)
                .body("ags", is("05315000"));
        given().when().get("/api/v1/kommunen/05315").then().statusCode(200).body("ags", is("05315000"));
    }

    @Test
    void shouldServeAKreisByItsFiveDigitKey() {
        given().when()
                .get("/api/v1/kommunen/05158")
                .then()
                .statusCode(200)
                .body("name", is("Kreis Mettmann"))
                .body("ebene", is("KREIS"))
                .body("typ", is("KREIS"))
                .body("ars", is("051580000000"))
                .body("anzahlGemeinden", is(10))
                .body("groessenklasse", nullValue());
    }

    @Test
    void shouldCountKreiseKreisfreieStaedteAndRegierungsbezirke() {
        given().queryParam("typ", "KREIS")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("total", is(31));
        given().queryParam("typ", "KREISFREIE_STADT")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("total", is(22));
        given().when().get("/api/v1/kommunen").then().statusCode(200).body("total", is(427));
        given().when().get("/api/v1/kreise").then().statusCode(200).body("total", is(53));
        given().queryParam("typ", "KREIS")
                .when()
                .get("/api/v1/kreise")
                .then()
                .statusCode(200)
                .body("total", is(31))
                .body("items.name", hasItem("Städteregion Aachen"));
        given().when()
                .get("/api/v1/regierungsbezirke")
                .then()
                .statusCode(200)
                .body("total", is(5))
                .body("items.id", contains("051", "053", "055", "057", "059"));
        given().when()
                .get("/api/v1/kennzahlen")
                .then()
                .statusCode(200)
                .body("gemeinden", is(396))
                .body("kreise", is(31))
                .body("kreisfreieStaedte", is(22))
                .body("regierungsbezirke", is(5))
                .body("kommunen", is(427))
                .body("einwohner", is(18139116));
    }

    @Test
    void shouldDeriveTheStatusFromTheThresholdsOfGoNrwAndMarkItDerived() {
        // Jülich: 33 158 inhabitants → mittlere kreisangehörige Stadt
        given().when()
                .get("/api/v1/kommunen/05358024")
                .then()
                .statusCode(200)
                .body("typ", is("MITTLERE_KREISANGEHOERIGE_STADT"))
                .body("typAbgeleitet", is(true))
                .body("groessenklasse", is("KLEINE_MITTELSTADT"));
        List<Map<String, Object>> all = given().queryParam("ebene", "GEMEINDE")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        for (Map<String, Object> k : all) {
            int einwohner = ((Number) k.get("einwohner")).intValue();
            String typ = (String) k.get("typ");
            if (typ.equals("KREISFREIE_STADT")) {
                continue;
            }
            String expected = einwohner > 60_000
                    ? "GROSSE_KREISANGEHOERIGE_STADT"
                    : einwohner > 25_000 ? "MITTLERE_KREISANGEHOERIGE_STADT" : "KREISANGEHOERIGE_GEMEINDE";
            assertEquals(expected, typ, (String) k.get("name"));
            assertEquals(true, k.get("typAbgeleitet"));
        }
    }

    @Test
    void shouldFilterByKreisRegierungsbezirkGroessenklasseAndType() {
        given().queryParam("kreis", "05158")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("total", is(11))
                .body("items.kreis.schluessel", everyItem(is("05158")));
        given().queryParam("regierungsbezirk", "057")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("items.regierungsbezirk.id", everyItem(is("057")))
                .body(
                        "total",
                        is(70 + 7 - 1)); // 70 Gemeinden, 6 Kreise (Bielefeld is kreisfrei and among the Gemeinden)
        given().queryParam("groessenklasse", "GROSSSTADT")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("items.einwohner", everyItem(greaterThanOrEqualTo(100_000)));
        given().queryParam("typ", "GROSSE_KREISANGEHOERIGE_STADT")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("items.einwohner", everyItem(greaterThan(60_000)));
    }

    @Test
    void shouldFindKommunenByNameWithOrWithoutUmlauts() {
        for (String q : List.of("Köln", "koeln", "Koln", "kö")) {
            given().queryParam("q", q)
                    .when()
                    .get("/api/v1/kommunen")
                    .then()
                    .statusCode(200)
                    .body("items.ags", hasItem("05315000"));
        }
        given().queryParam("q", "Köln")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("items[0].ags", is("05315000"));
        given().queryParam("q", "053")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("items.ags", everyItem(startsWith("053")));
    }

    @Test
    void shouldSortKommunenByPopulation() {
        given().queryParam("sort", "-einwohner")
                .queryParam("ebene", "GEMEINDE")
                .queryParam("size", 3)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .body("items.kurzname", contains("Köln", "Düsseldorf", "Dortmund"));
    }

    @Test
    void shouldDocumentTheGroessenklassen() {
        given().when()
                .get("/api/v1/groessenklassen")
                .then()
                .statusCode(200)
                .body("total", is(5))
                .body("items[0].code", is("LANDGEMEINDE"))
                .body("items[4].einwohnerBis", nullValue())
                .body("items.anzahlKommunen.sum()", is(396));
    }
}
