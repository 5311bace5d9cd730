package nrw.digitalisierungsdashboard.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.tabelle.CsvSchreiber;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.support.Api;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every list as CSV and XLSX, read back with independent parsers (commons-csv, Apache POI). */
@QuarkusTest
class DownloadsTest {

    static List<CSVRecord> csv(String body) throws IOException {
        try (CSVParser p = CsvSchreiber.FORMAT.parse(new StringReader(body))) {
            return p.getRecords();
        }
    }

    static XSSFWorkbook xlsx(byte[] body) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    @Test
    void shouldServeAllKommunenAsCsvWithTheJsonFieldNames() throws IOException {
        Response r = given().accept(Formate.CSV)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header(
                        "Content-Disposition",
                        matchesPattern("attachment; filename=\"kommunen-\\d{4}-\\d{2}-\\d{2}\\.csv\""))
                .header("X-Lizenz", is("dl-de/by-2-0"))
                .header("X-Datensatz", is("kommunen"))
                .header("Link", containsString("rel=\"describedby\""))
                .extract()
                .response();
        String body = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertFalse(body.startsWith("\uFEFF"), "kein BOM");
        assertTrue(body.contains("\r\n"), "CRLF nach RFC 4180");
        List<CSVRecord> rows = csv(body);
        assertEquals(428, rows.size(), "Kopfzeile und 427 Kommunen");
        List<String> header = rows.get(0).toList();
        assertEquals("ags", header.get(0));
        assertTrue(header.containsAll(List.of("name", "kreis.schluessel", "regierungsbezirk.name", "einwohner")));
        CSVRecord koeln = rows.stream()
                .filter(x -> x.get(0).equals("05315000"))
                .findFirst()
                .orElseThrow();
        assertEquals("Köln, Stadt", koeln.get(header.indexOf("name")));
        assertEquals("1084831", koeln.get(header.indexOf("einwohner")));
        assertTrue(koeln.get(header.indexOf("flaecheKm2")).matches("\\d+\\.\\d+"), "Dezimalpunkt in CSV");
    }

    @Test
    void shouldApplyFiltersAndSortButNotPaging() throws IOException {
        List<CSVRecord> rows = csv(given().queryParam("format", "csv")
                .queryParam("kreis", "05158")
                .queryParam("sort", "-einwohner")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        long total = given().queryParam("kreis", "05158")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        assertEquals(total + 1, rows.size());
        int einwohner = rows.get(0).toList().indexOf("einwohner");
        for (int i = 2; i < rows.size(); i++) {
            assertTrue(Long.parseLong(rows.get(i - 1).get(einwohner))
                    >= Long.parseLong(rows.get(i).get(einwohner)));
        }
    }

    @Test
    void shouldAnswerAWrongFilterWithAProblemBeforeAnyFileIsSent() {
        given().queryParam("format", "xlsx")
                .queryParam("kreis", "05999")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", is("kreis"));
        given().queryParam("format", "pdf")
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("format"));
    }

    @Test
    void shouldKeepJsonAsTheDefault() {
        for (String accept : List.of("*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            for (String path : List.of("/api/v1/kommunen", "/api/v1/organisationen", "/api/v1/aenderungen")) {
                given().accept(accept).when().get(path).then().statusCode(200).contentType(ContentType.JSON);
            }
        }
        given().queryParam("format", "json")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void shouldServeAnXlsxThatOpensWithTypedCellsAndASheetAboutTheData() throws IOException {
        byte[] body = given().accept(Formate.XLSX)
                .when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .contentType(Formate.XLSX)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook wb = xlsx(body)) {
            Sheet daten = wb.getSheet("Daten");
            assertEquals(428, daten.getPhysicalNumberOfRows());
            Row header = daten.getRow(0);
            Map<String, Integer> spalte = new HashMap<>();
            header.forEach(c -> spalte.put(c.getStringCellValue(), c.getColumnIndex()));
            Row koeln = null;
            for (Row row : daten) {
                if ("05315000".equals(row.getCell(0).getStringCellValue())) {
                    koeln = row;
                }
            }
            assertEquals(
                    CellType.NUMERIC, koeln.getCell(spalte.get("einwohner")).getCellType());
            assertEquals(1084831, koeln.getCell(spalte.get("einwohner")).getNumericCellValue());
            assertEquals(
                    CellType.NUMERIC, koeln.getCell(spalte.get("flaecheKm2")).getCellType());
            assertEquals(
                    CellType.BOOLEAN, koeln.getCell(spalte.get("typAbgeleitet")).getCellType());
            Sheet ueber = wb.getSheet("Über die Daten");
            Map<String, Cell> angaben = new HashMap<>();
            ueber.forEach(row -> angaben.put(row.getCell(0).getStringCellValue(), row.getCell(1)));
            assertTrue(
                    angaben.get("Quelle (Namensnennung)").getStringCellValue().contains("Destatis"));
            assertTrue(angaben.get("Lizenz").getStringCellValue().contains("Namensnennung"));
            assertTrue(DateUtil.isCellDateFormatted(angaben.get("Stand der Daten (UTC)")));
            assertTrue(angaben.get("Abfrage").getStringCellValue().contains("/api/v1/kommunen"));
            assertEquals(427, angaben.get("Zeilen").getNumericCellValue());
        }
    }

    @Test
    void shouldAnswerA304ForADownloadTheClientHasUntilTheDataChanges() throws IOException {
        Response erste = given().accept(Formate.CSV).when().get("/api/v1/projekte");
        erste.then().statusCode(200);
        String etag = erste.header("ETag");
        assertTrue(etag != null && etag.startsWith("W/\""), "schwacher ETag: " + etag);
        assertTrue(erste.header("Last-Modified") != null);
        assertTrue(erste.header("Cache-Control").startsWith("public"), erste.header("Cache-Control"));
        int zeilen = csv(erste.asString()).size();

        given().accept(Formate.CSV)
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/projekte")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        given().accept(Formate.XLSX)
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/projekte")
                .then()
                .statusCode(200)
                .contentType(Formate.XLSX);

        long id = Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "titel",
                        Api.uniqueName("Revalidierung"),
                        "zusammenfassung",
                        "Test: 304 bis zur Änderung",
                        "themenfeldId",
                        9,
                        "leistungen",
                        List.of(10173),
                        "federfuehrendId",
                        "civitec",
                        "basiskomponenten",
                        List.of()))
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        try {
            Response danach = given().accept(Formate.CSV)
                    .header("If-None-Match", etag)
                    .when()
                    .get("/api/v1/projekte");
            danach.then().statusCode(200);
            assertFalse(etag.equals(danach.header("ETag")), "neuer ETag nach der Änderung");
            assertEquals(zeilen + 1, csv(danach.asString()).size());
        } finally {
            String versionTag = Api.etag(given().when().get("/api/v1/projekte/" + id));
            Api.admin()
                    .spec()
                    .header("If-Match", versionTag)
                    .when()
                    .delete("/api/v1/projekte/" + id)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void shouldNeutraliseAFormulaInATitleInBothFormats() throws IOException {
        String titel = "=HYPERLINK(\"https://example.org\";\"klick\") " + Api.uniqueName("p");
        Map<String, Object> eingabe = Map.of(
                "titel",
                titel,
                "zusammenfassung",
                "Test der Formel-Injektion",
                "themenfeldId",
                9,
                "leistungen",
                List.of(10173),
                "federfuehrendId",
                "civitec",
                "basiskomponenten",
                List.of());
        long id = Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(eingabe)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        try {
            List<CSVRecord> rows = csv(given().queryParam("format", "csv")
                    .queryParam("q", "HYPERLINK")
                    .when()
                    .get("/api/v1/projekte")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            int t = rows.get(0).toList().indexOf("titel");
            CSVRecord row = rows.stream()
                    .filter(x -> x.get(0).equals(String.valueOf(id)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("'" + titel, row.get(t));
            byte[] body = given().queryParam("format", "xlsx")
                    .when()
                    .get("/api/v1/projekte")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            try (XSSFWorkbook wb = xlsx(body)) {
                Sheet daten = wb.getSheet("Daten");
                boolean found = false;
                for (Row r : daten) {
                    Cell c = r.getCell(t);
                    assertTrue(c.getCellType() != CellType.FORMULA, "keine Formelzelle");
                    if (r.getRowNum() > 0 && (long) r.getCell(0).getNumericCellValue() == id) {
                        assertEquals("'" + titel, c.getStringCellValue());
                        found = true;
                    }
                }
                assertTrue(found);
            }
        } finally {
            String etag = Api.etag(given().when().get("/api/v1/projekte/" + id));
            Api.admin()
                    .spec()
                    .header("If-Match", etag)
                    .when()
                    .delete("/api/v1/projekte/" + id)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void shouldServeEveryStatistikAnswerAsItsMainTable() throws IOException {
        List<CSVRecord> uebersicht = csv(given().accept(Formate.CSV)
                .when()
                .get("/api/v1/statistik/uebersicht")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(
                List.of("metrik", "name", "wert", "zaehler", "nenner", "formel"),
                uebersicht.get(0).toList());
        assertEquals(5, uebersicht.size(), "eine Zeile je Metrik a bis d");
        List<CSVRecord> regionen = csv(given().queryParam("format", "csv")
                .queryParam("ebene", "kreis")
                .when()
                .get("/api/v1/statistik/regionen")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("statistik-regionen-kreis-a-"))
                .extract()
                .asString());
        assertEquals(
                List.of("schluessel", "name", "wert", "zaehler", "nenner"),
                regionen.get(0).toList());
        assertEquals(54, regionen.size(), "53 Kreise und kreisfreie Städte");
        List<CSVRecord> themenfelder = csv(given().queryParam("format", "csv")
                .when()
                .get("/api/v1/statistik/themenfelder")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(15, themenfelder.size());
        assertTrue(themenfelder.get(0).toList().containsAll(List.of("a.wert", "c.zaehler", "d.nenner")));
        byte[] matrix = given().queryParam("format", "xlsx")
                .when()
                .get("/api/v1/statistik/basiskomponenten")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook wb = xlsx(matrix)) {
            Row header = wb.getSheet("Daten").getRow(0);
            assertEquals("kommune.ags", header.getCell(0).getStringCellValue());
            assertEquals(428, wb.getSheet("Daten").getPhysicalNumberOfRows());
            boolean servicekonto = false;
            for (Cell c : header) {
                servicekonto |= c.getStringCellValue().equals("servicekonto-nrw");
            }
            assertTrue(servicekonto, "eine Spalte je Basiskomponente");
            Sheet ueber = wb.getSheet("Über die Daten");
            assertTrue(ueber.getPhysicalNumberOfRows() > 10);
        }
        byte[] regionenXlsx = given().queryParam("format", "xlsx")
                .queryParam("ebene", "land")
                .when()
                .get("/api/v1/statistik/regionen")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook wb = xlsx(regionenXlsx)) {
            boolean formel = false;
            for (Row row : wb.getSheet("Über die Daten")) {
                formel |= row.getCell(0).getStringCellValue().equals("formel");
            }
            assertTrue(formel, "die Formel steht bei den Angaben");
        }
    }

    @Test
    void shouldOfferEveryListedCollectionInBothFormats() {
        for (String path : List.of(
                "/api/v1/themenfelder",
                "/api/v1/lagen",
                "/api/v1/leistungen",
                "/api/v1/typisierungen",
                "/api/v1/regierungsbezirke",
                "/api/v1/kreise",
                "/api/v1/groessenklassen",
                "/api/v1/kommunen/05315000/historie",
                "/api/v1/gremien",
                "/api/v1/koordination",
                "/api/v1/ansprechstellen",
                "/api/v1/organisationen",
                "/api/v1/organisationen/civitec/projekte",
                "/api/v1/kommunen/05315000/projekte",
                "/api/v1/datenquellen",
                "/api/v1/basiskomponenten",
                "/api/v1/fachaemter",
                "/api/v1/aenderungen",
                "/api/v1/kommunen/05315000/umsetzungsstand",
                "/api/v1/kommunen/05315000/basiskomponenten",
                "/api/v1/leistungen/10173/umsetzungsstand",
                "/api/v1/leistungen/10173/historie",
                "/api/v1/statistik/groessenklassen",
                "/api/v1/statistik/zeitreihe")) {
            given().accept(Formate.CSV).when().get(path).then().statusCode(200).contentType(startsWith("text/csv"));
            given().accept(Formate.XLSX).when().get(path).then().statusCode(200).contentType(Formate.XLSX);
        }
    }
}
