package nrw.digitalisierungsdashboard.katalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.support.SourceFiles;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KatalogResourceTest {

    @Test
    void shouldListTheFourteenThemenfelderWithTheirCountsFromTheSource() {
        Map<String, Long> leistungenJeThemenfeld =
                SourceFiles.csv("ozg_leistungskatalog_kdn_2019", "ozg_leistungen.csv").stream()
                        .collect(Collectors.groupingBy(r -> r.get("themenfeld"), Collectors.counting()));
        List<Map<String, Object>> items = given().when()
                .get("/api/v1/themenfelder")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("total", is(14))
                .body("page", is(0))
                .body("size", is(50))
                .body("items", hasSize(14))
                .extract()
                .jsonPath()
                .getList("items");
        for (Map<String, Object> tf : items) {
            assertEquals(
                    leistungenJeThemenfeld.get((String) tf.get("name")).intValue(),
                    tf.get("anzahlLeistungen"),
                    "Leistungen in " + tf.get("name"));
            assertEquals("2019", tf.get("katalogStand"));
        }
        assertEquals(
                557,
                items.stream()
                        .mapToInt(tf -> (Integer) tf.get("anzahlLeistungen"))
                        .sum());
        assertEquals(
                55,
                items.stream().mapToInt(tf -> (Integer) tf.get("anzahlLagen")).sum());
    }

    @Test
    void shouldShowAThemenfeldWithItsLagen() {
        given().when()
                .get("/api/v1/themenfelder/6")
                .then()
                .statusCode(200)
                .body("name", is("Familie & Kind"))
                .body("anzahlLeistungen", is(37))
                .body("lagen", hasSize(6))
                .body("lagen.name", hasItem("Geburt"))
                .body("lagen.themenfeld.id", everyItem(is(6)));
    }

    @Test
    void shouldFilterLagenByThemenfeld() {
        given().queryParam("themenfeld", 6)
                .when()
                .get("/api/v1/lagen")
                .then()
                .statusCode(200)
                .body("total", is(6))
                .body("items.themenfeld.id", everyItem(is(6)));
        given().when().get("/api/v1/lagen").then().statusCode(200).body("total", is(55));
    }

    @Test
    void shouldServeAllLeistungenInPagesOfAtMost500() {
        given().queryParam("size", 500)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("total", is(557))
                .body("items", hasSize(500))
                .body("size", is(500));
        given().queryParam("size", 500)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("total", is(557))
                .body("items", hasSize(57))
                .body("page", is(1));
        given().when().get("/api/v1/leistungen").then().statusCode(200).body("items", hasSize(50));
    }

    @Test
    void shouldKeepAStableOrderAcrossPages() {
        List<Integer> all = given().queryParam("size", 500)
                .queryParam("sort", "themenfeld")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.ozgId");
        List<Integer> paged = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            paged.addAll(given().queryParam("size", 50)
                    .queryParam("page", page)
                    .queryParam("sort", "themenfeld")
                    .when()
                    .get("/api/v1/leistungen")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.ozgId"));
        }
        assertEquals(all, paged);
    }

    @Test
    void shouldSortByEveryAllowedField() {
        List<Integer> desc = given().queryParam("sort", "-anzahlLeika")
                .queryParam("size", 5)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.anzahlLeika");
        for (int i = 1; i < desc.size(); i++) {
            Assertions.assertTrue(desc.get(i - 1) >= desc.get(i));
        }
        given().queryParam("sort", "ozgId")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items[0].ozgId", is(10000));
        given().queryParam("sort", "-name")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void shouldFilterLeistungenByThemenfeldLageAndTypisierung() {
        given().queryParam("themenfeld", 6)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("total", is(37))
                .body("items.themenfeld.id", everyItem(is(6)));
        given().queryParam("lage", 26)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items.lage.id", everyItem(is(26)))
                .body("items.ozgId", hasItem(10000));
        long typ5 = SourceFiles.csv("ozg_leistungskatalog_kdn_2019", "ozg_leistungen.csv").stream()
                .filter(r -> List.of(r.get("typisierungen").split("\\|")).contains("5"))
                .count();
        given().queryParam("typisierung", "5")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("total", is((int) typ5))
                .body("items.typisierungen", everyItem(hasItem("5")));
        given().queryParam("typisierung", "2/3")
                .queryParam("themenfeld", 9)
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items.typisierungen", everyItem(hasItem("2/3")))
                .body("items.themenfeld.id", everyItem(is(9)));
    }

    @Test
    void shouldFindFuehrerscheinHoweverItIsTyped() {
        for (String q : List.of("Führerschein", "fuehrerschein", "FÜHRERSCHEIN", "Fuhrerschein", "führersch")) {
            given().queryParam("q", q)
                    .when()
                    .get("/api/v1/leistungen")
                    .then()
                    .statusCode(200)
                    .body("items[0].ozgId", is(10169))
                    .body("items[0].name", is("Führerschein"));
        }
    }

    @Test
    void shouldFindTheBuildingPermitByThePrefixBauantr() {
        given().queryParam("q", "Bauantr")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items.ozgId", hasItem(10519));
    }

    @Test
    void shouldRequireAllWordsOfTheQuery() {
        given().queryParam("q", "Führerschein Steuer")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items.ozgId", not(hasItem(10169)));
        given().queryParam("q", "Wohngeld")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("items[0].ozgId", is(10092));
    }

    @Test
    void shouldTreatPunctuationInTheQueryAsText() {
        given().queryParam("q", "'); DROP TABLE leistung; --")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200);
        given().queryParam("q", "!!!")
                .when()
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .body("total", is(0));
        given().when().get("/api/v1/leistungen").then().statusCode(200).body("total", is(557));
    }

    @Test
    void shouldShowALeistungWithItsLeikaRowsAndTypisierung() {
        List<CSVRecord> rows = SourceFiles.csv("ozg_leistungskatalog_kdn_2019", "leika_leistungen.csv").stream()
                .filter(r -> "10169".equals(r.get("ozg_id")))
                .toList();
        String[] typen =
                rows.stream().map(r -> r.get("typisierung")).distinct().sorted().toArray(String[]::new);
        long leikaRows = rows.size();
        given().when()
                .get("/api/v1/leistungen/10169")
                .then()
                .statusCode(200)
                .body("name", is("Führerschein"))
                .body("themenfeld.name", is("Mobilität & Reisen"))
                .body("lage.name", notNullValue())
                .body("katalogStand", is("2019"))
                .body("leika", hasSize((int) leikaRows))
                .body("leika.schluessel", hasItem("99023001000000"))
                .body("typisierungen", contains(typen))
                .body("typisierungErlaeuterungen.code", contains(typen))
                .body("typisierungErlaeuterungen.find { it.code == '2/3' }.regelungskompetenz", is("Bund"))
                .body("typisierungErlaeuterungen.find { it.code == '2/3' }.vollzugskompetenz", is("Land oder Kommune"))
                .body("fachaemter", empty())
                .body("fachaemterGepflegt", is(false));
    }

    @Test
    void shouldCountAll5249LeikaRowsOfTheSource() {
        List<CSVRecord> rows = SourceFiles.csv("ozg_leistungskatalog_kdn_2019", "leika_leistungen.csv");
        assertEquals(5249, rows.size());
        given().when()
                .get("/api/v1/kennzahlen")
                .then()
                .statusCode(200)
                .body("leikaLeistungen", is(5249))
                .body("leistungen", is(557))
                .body("themenfelder", is(14))
                .body("lagen", is(55))
                .body("katalogStand", is("2019"));
    }

    @Test
    void shouldFindAllRowsOfALeikaKey() {
        given().when()
                .get("/api/v1/leika/99023001000000")
                .then()
                .statusCode(200)
                .body("schluessel", is("99023001000000"))
                .body("name", is("Führerschein"))
                .body("zeilen[0].leistung.ozgId", is(10169));
    }

    @Test
    void shouldExplainEveryTypisierung() {
        given().when()
                .get("/api/v1/typisierungen")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("1", "2", "3", "2/3", "4", "5"))
                .body("items.find { it.code == '5' }.regelungskompetenz", is("Kommune"));
    }
}
