package nrw.digitalisierungsdashboard.importe;

import static io.restassured.RestAssured.given;
import static nrw.digitalisierungsdashboard.importe.ImportHilfe.csv;
import static nrw.digitalisierungsdashboard.importe.ImportHilfe.eintrag;
import static nrw.digitalisierungsdashboard.importe.ImportHilfe.integration;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The import as an integrator works with it: dry run, skipping bad rows, the error list, the template, the figures. */
@QuarkusTest
class ImportPraxisTest {

    @Inject
    AgroalDataSource dataSource;

    /** Pairs Kommune × Leistung without an Ist row yet (each test takes its own, so none depends on another). */
    private List<String[]> freiePaare(int anzahl, String ausserhalb) throws SQLException {
        List<String[]> paare = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT k.ags, l.ozg_id FROM kommune k CROSS JOIN leistung l "
                        + "WHERE k.ebene = 'GEMEINDE' AND k.ags NOT LIKE '" + ausserhalb
                        + "%' AND NOT EXISTS (SELECT 1 FROM "
                        + "umsetzungsstand u WHERE u.kommune_ags = k.ags AND u.ozg_id = l.ozg_id) "
                        + "ORDER BY md5(k.ags || l.ozg_id || random()) LIMIT " + anzahl)) {
            while (rs.next()) {
                paare.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        assertEquals(anzahl, paare.size());
        return paare;
    }

    private static String zeile(String[] paar, String rest) {
        return paar[0] + ";" + paar[1] + ";" + rest + "\n";
    }

    private static long anzahl(JsonPath job, String status, String art) {
        return job.getLong("jeStatus.find { it.status == '" + status + "' }." + art);
    }

    @Test
    void shouldSayInADryRunWhatTheValidRowsWouldDoPerStatusEvenWhenOthersAreBad() throws SQLException {
        List<String[]> p = freiePaare(4, "-");
        JsonPath basis =
                csv("ags;ozg_id;status;reifegrad\n" + zeile(p.get(0), "ONLINE;3") + zeile(p.get(1), "IN_PLANUNG;"), "");
        assertEquals("FERTIG", basis.getString("status"), basis.prettify());
        String datei = "ags;ozg_id;status;reifegrad;online_seit\n"
                + zeile(p.get(0), "ONLINE;3;") // unchanged
                + zeile(p.get(1), "IN_UMSETZUNG;;") // changed
                + zeile(p.get(2), "ONLINE;2;2026-01-31") // new
                + zeile(p.get(3), "NICHT_BEGONNEN;;") // new
                + "05999999;10173;ONLINE;;\n" // unknown Kommune
                + p.get(2)[0] + ";10024;ONLINE;2;2026-02-30\n"; // no such day
        JsonPath job = csv(datei, "?dryRun=true");
        assertEquals("FERTIG", job.getString("status"), job.prettify());
        assertTrue(job.getBoolean("dryRun"));
        assertFalse(job.getBoolean("geschrieben"));
        assertEquals(100, job.getInt("fortschritt"));
        assertEquals(6, job.getLong("zeilen"));
        assertEquals(2, job.getLong("fehler"));
        assertEquals(List.of(6, 7), job.getList("fehlerliste.zeile", Integer.class));
        assertEquals(2, job.getLong("neu"));
        assertEquals(1, job.getLong("geaendert"));
        assertEquals(1, job.getLong("unveraendert"));
        assertEquals(1, anzahl(job, "ONLINE", "neu"));
        assertEquals(1, anzahl(job, "ONLINE", "unveraendert"));
        assertEquals(1, anzahl(job, "IN_UMSETZUNG", "geaendert"));
        assertEquals(1, anzahl(job, "NICHT_BEGONNEN", "neu"));
        assertEquals(0, anzahl(job, "IN_PLANUNG", "geaendert"));
        assertTrue(job.getString("meldung").startsWith("Probelauf abgeschlossen"), job.getString("meldung"));
        assertTrue(job.getString("meldung").contains("2 von 6"), job.getString("meldung"));
        assertNull(job.get("problem"));
        // nothing written
        assertEquals(
                "IN_PLANUNG",
                eintrag(p.get(1)[0], Integer.parseInt(p.get(1)[1])).getString("status"));
        assertEquals(
                "KEINE_ANGABE",
                eintrag(p.get(2)[0], Integer.parseInt(p.get(2)[1])).getString("status"));
    }

    @Test
    void shouldWriteTheValidRowsAndNameTheSkippedOnesWhenAskedTo() throws SQLException {
        List<String[]> p = freiePaare(2, "-");
        String datei = "ags;ozg_id;status;reifegrad\n" + zeile(p.get(0), "ONLINE;4") + "05315000;10173;ONLINE;7\n"
                + zeile(p.get(1), "IN_PLANUNG;") + zeile(p.get(1), "IN_UMSETZUNG;");
        JsonPath abgelehnt = csv(datei, "");
        assertEquals("FEHLGESCHLAGEN", abgelehnt.getString("status"));
        assertEquals(
                "KEINE_ANGABE",
                eintrag(p.get(0)[0], Integer.parseInt(p.get(0)[1])).getString("status"));

        JsonPath job = csv(datei, "?fehlerhafte=ueberspringen");
        assertEquals("FERTIG", job.getString("status"), job.prettify());
        assertEquals("UEBERSPRINGEN", job.getString("fehlerhafte"));
        assertTrue(job.getBoolean("geschrieben"));
        assertEquals(2, job.getLong("fehler"));
        assertEquals(List.of(3, 5), job.getList("fehlerliste.zeile", Integer.class));
        assertEquals(2, job.getLong("neu"));
        assertTrue(job.getString("meldung").contains("2 fehlerhafte Datensätze wurden übersprungen"));
        assertEquals(4, eintrag(p.get(0)[0], Integer.parseInt(p.get(0)[1])).getInt("reifegrad"));
        // the first of the two lines for the same pair is written, the duplicate skipped
        assertEquals(
                "IN_PLANUNG",
                eintrag(p.get(1)[0], Integer.parseInt(p.get(1)[1])).getString("status"));
        JsonPath audit = Api.admin()
                .spec()
                .get("/api/v1/admin/audit?entitaet=IMPORT&id=" + job.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, audit.getInt("total"));
        assertTrue(audit.getString("items[0].zusammenfassung").contains("2 fehlerhafte Datensätze übersprungen"));
        assertEquals(2, audit.getInt("items[0].nachher.uebersprungen"));
        assertEquals("UEBERSPRINGEN", audit.getString("items[0].nachher.fehlerhafte"));
        given().get("/api/v1/aenderungen?entitaet=IMPORT&id=" + job.getLong("id"))
                .then()
                .body("items[0].zusammenfassung", containsString("übersprungen"));
        integration().post("/api/v1/importe?fehlerhafte=vielleicht").then().statusCode(400);
    }

    /**
     * Parts hold dashboard.import.teil valid records (500 in tests): 1 200 records go in three parts. (A field
     * shadowing the setting once cut parts of 1, 2, 3 … records: 1 415 parts for a million, twice the time.)
     */
    @Test
    void shouldWriteInPartsOfTheConfiguredSize() throws SQLException {
        StringBuilder datei = new StringBuilder("ags;ozg_id;status\n");
        for (String[] paar : freiePaare(1_200, "-")) {
            datei.append(zeile(paar, "IN_PLANUNG"));
        }
        JsonPath job = csv(datei.toString(), "");
        assertEquals("FERTIG", job.getString("status"), job.prettify());
        assertEquals(1_200, job.getLong("neu"));
        JsonPath audit = Api.admin()
                .spec()
                .get("/api/v1/admin/audit?entitaet=IMPORT&id=" + job.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(3, audit.getInt("items[0].nachher.teile"));
    }

    @Test
    void shouldOfferEveryErrorAsCsvBeyondTheThousandInTheJob() {
        StringBuilder datei = new StringBuilder("ags;ozg_id;status;url\n");
        for (int i = 0; i < 1500; i++) {
            datei.append("05315000;").append(10000 + i % 3).append(";ONLINE;=HYPERLINK(\"x\")\n");
        }
        JsonPath job = csv(datei.toString(), "?dryRun=true");
        assertEquals("FERTIG", job.getString("status"));
        assertEquals(1500, job.getLong("fehler"));
        assertEquals(1000, job.getList("fehlerliste").size());
        assertTrue(job.getLong("fehlerGespeichert") >= 1500);
        String link = job.getString("fehlerCsv");
        assertEquals("/api/v1/importe/" + job.getLong("id") + "/fehler", link);
        String text = integration()
                .get(link)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("import-" + job.getLong("id") + "-fehler.csv"))
                .extract()
                .asString();
        String[] zeilen = text.split("\r\n");
        assertEquals("zeile;feld;wert;grund", zeilen[0]);
        assertEquals(job.getLong("fehlerGespeichert") + 1, zeilen.length);
        // a value a spreadsheet would evaluate is shown, never run
        assertTrue(zeilen[1].startsWith("2;url;\"'=HYPERLINK(\"\"x\"\")\";"), zeilen[1]);
        Api.bearer(Api.token("INTEGRATION", null)).get(link).then().statusCode(404);
        given().get(link).then().statusCode(401);
    }

    @Test
    void shouldServeTheTemplatePubliclyWithEveryColumnAndRefuseItsExampleRow() throws Exception {
        String vorlage = given().get("/api/v1/importe/vorlage")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("import-vorlage.csv"))
                .extract()
                .asString();
        String[] zeilen = vorlage.split("\r\n");
        List<String> spalten = List.of(zeilen[0].split(";", -1));
        assertEquals(
                List.of(
                        "ags",
                        "ars",
                        "ozg_id",
                        "leika",
                        "status",
                        "reifegrad",
                        "reifegradmodell",
                        "url",
                        "online_seit"),
                spalten);
        for (ImportLeser.Feld f : ImportLeser.Feld.values()) {
            assertTrue(spalten.contains(ImportLeser.name(f)), f.name());
        }
        assertEquals(2, zeilen.length);
        assertTrue(zeilen[1].startsWith(
                "05315000;053150000000;10173;;ONLINE;3;1.1;https://example.org/vorlage-beispiel;"));

        byte[] xlsx = given().get("/api/v1/importe/vorlage?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            Sheet blatt = wb.getSheet("Import");
            List<String> kopf = new ArrayList<>();
            blatt.getRow(0).forEach(c -> kopf.add(f.formatCellValue(c)));
            assertEquals(spalten, kopf);
            Row beispiel = blatt.getRow(1);
            assertEquals("05315000", f.formatCellValue(beispiel.getCell(0)));
            assertEquals("@", beispiel.getCell(0).getCellStyle().getDataFormatString());
            Sheet erklaert = wb.getSheet("Spalten");
            assertEquals("status", f.formatCellValue(erklaert.getRow(5).getCell(0)));
            assertTrue(f.formatCellValue(erklaert.getRow(5).getCell(3)).contains("online_status"));
        }
        given().get("/api/v1/importe/vorlage?format=pdf").then().statusCode(400);

        JsonPath job = csv(vorlage, "?dryRun=true");
        assertEquals(1, job.getLong("fehler"));
        assertEquals("url", job.getString("fehlerliste[0].feld"));
        assertTrue(job.getString("fehlerliste[0].grund").contains("Beispielzeile"));
    }

    @Test
    void shouldSayHowOnlineRowsWithoutReifegradCountAndSetAStandardOnlyWhenAsked() throws SQLException {
        List<String[]> p = freiePaare(2, "-");
        JsonPath ohne = csv("ags;ozg_id;online_status\n" + p.get(0)[0] + ";" + p.get(0)[1] + ";online\n", "");
        assertEquals("FERTIG", ohne.getString("status"), ohne.prettify());
        assertEquals(1, ohne.getLong("onlineOhneReifegrad"));
        assertTrue(ohne.getList("hinweise").toString().contains("zählen wie Reifegrad 0"), ohne.prettify());
        JsonPath gespeichert = eintrag(p.get(0)[0], Integer.parseInt(p.get(0)[1]));
        assertEquals("ONLINE", gespeichert.getString("status"));
        assertNull(gespeichert.get("reifegrad"));

        JsonPath mit = csv(
                "ags;ozg_id;online_status\n" + p.get(1)[0] + ";" + p.get(1)[1] + ";online\n", "?reifegradStandard=2");
        assertEquals(2, mit.getInt("reifegradStandard"));
        assertEquals(1, mit.getLong("onlineOhneReifegrad"));
        assertTrue(mit.getList("hinweise").toString().contains("erhalten den Reifegrad 2"), mit.prettify());
        assertEquals(2, eintrag(p.get(1)[0], Integer.parseInt(p.get(1)[1])).getInt("reifegrad"));
        integration()
                .contentType("text/csv")
                .body(ImportHilfe.utf8("ags;ozg_id;status\n"))
                .post("/api/v1/importe?reifegradStandard=9")
                .then()
                .statusCode(400)
                .body("errors[0].name", containsString("reifegradStandard"));
    }

    @Test
    void shouldReportNulBytesAndImpossibleDatesAsRowErrorsNeverAsInternalErrors() {
        String datei = "ags;ozg_id;status;url;online_seit\n"
                + "05315000;10173;ONLINE;https://example.org/a\u0000b;\n"
                + "05315000;10024;ON\u0000LINE;;\n"
                + "05315000;10000;ONLINE;;2026-02-30\n"
                + "05315000;10001;ONLINE;;0000-01-01\n";
        JsonPath job = csv(datei, "");
        assertEquals("FEHLGESCHLAGEN", job.getString("status"), job.prettify());
        assertEquals(4, job.getLong("fehler"));
        assertEquals(List.of(2, 3, 4, 5), job.getList("fehlerliste.zeile", Integer.class));
        assertEquals(
                List.of("url", "status", "online_seit", "online_seit"), job.getList("fehlerliste.feld", String.class));
        assertEquals(422, job.getInt("problem.status"));
        assertFalse(job.getString("meldung").contains("Interner Fehler"));

        JsonPath json = ImportHilfe.importiere(
                "application/json",
                ImportHilfe.utf8("[{\"ags\": \"05315000\", \"ozg_id\": 10173, \"status\": \"ONLINE\", "
                        + "\"url\": \"https://example.org/\\u0000\"}]"),
                "?dryRun=true");
        assertEquals("FERTIG", json.getString("status"), json.prettify());
        assertEquals(1, json.getLong("fehler"));
        assertTrue(json.getString("fehlerliste[0].grund").contains("NUL"));
        assertEquals("https://example.org/\u2400", json.getString("fehlerliste[0].wert"));
    }

    @Test
    void shouldKeepTheFiguresEqualToARecomputationAfterImports() throws SQLException {
        neuBerechnen(true);
        List<String> kommunen = given().get("/api/v1/kommunen?typ=KREISANGEHOERIGE_GEMEINDE&size=3")
                .jsonPath()
                .getList("items.ags", String.class);
        List<Integer> leistungen = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            leistungen.addAll(given().get("/api/v1/leistungen?size=500&page=" + page)
                    .jsonPath()
                    .getList("items.ozgId", Integer.class));
        }
        // several parts (dashboard.import.teil is 500 in tests): the figures are summed across parts
        assertTrue(kommunen.size() * leistungen.size() > 3 * 500, "nur " + kommunen.size() * leistungen.size());
        String[] status = {"ONLINE", "IN_UMSETZUNG", "IN_PLANUNG", "NICHT_BEGONNEN"};
        for (int runde = 0; runde < 2; runde++) {
            StringBuilder datei = new StringBuilder("ags;ozg_id;status;reifegrad\n");
            int i = runde;
            for (String ags : kommunen) {
                for (Integer ozg : leistungen) {
                    String s = status[Math.floorMod(ags.hashCode() * 31 + ozg + i++, 4)];
                    datei.append(ags)
                            .append(';')
                            .append(ozg)
                            .append(';')
                            .append(s)
                            .append(';');
                    datei.append(s.equals("ONLINE") ? String.valueOf(Math.floorMod(ozg + runde, 5)) : "")
                            .append('\n');
                }
            }
            // a Kreis too, and a bad row skipped in the second round
            datei.append("05158;10173;ONLINE;").append(runde + 2).append('\n');
            if (runde == 1) {
                datei.append("05158;99999;ONLINE;1\n");
            }
            JsonPath job = csv(datei.toString(), runde == 1 ? "?fehlerhafte=ueberspringen" : "");
            assertEquals("FERTIG", job.getString("status"), job.prettify());
            assertTrue(job.getLong("geaendert") + job.getLong("neu") > 100, job.prettify());
            Map<String, Long> abweichungen = neuBerechnen(false);
            assertEquals(
                    Map.of("kommune_kennzahl", 0L, "leistung_region_kennzahl", 0L, "statistik_gebiet", 0L),
                    abweichungen);
        }
    }

    /**
     * Recomputes every figure from the Ist rows and counts the rows that differ from the maintained ones; commits the
     * recomputation only when asked (to start from figures that agree), else rolls it back.
     */
    private Map<String, Long> neuBerechnen(boolean behalten) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE kk_vorher ON COMMIT DROP AS SELECT * FROM kommune_kennzahl");
                st.execute("CREATE TEMP TABLE lrk_vorher ON COMMIT DROP AS SELECT * FROM leistung_region_kennzahl");
                st.execute("CREATE TEMP TABLE sg_vorher ON COMMIT DROP AS SELECT * FROM statistik_gebiet");
                st.execute("SELECT umsetzung_refresh_kommunen(NULL)");
                st.execute("SELECT umsetzung_refresh_regionen(NULL)");
                st.execute("SELECT statistik_refresh_gebiete(NULL)");
                long kk = zahl(
                        st,
                        "SELECT count(*) FROM ((TABLE kk_vorher EXCEPT TABLE kommune_kennzahl) "
                                + "UNION ALL (TABLE kommune_kennzahl EXCEPT TABLE kk_vorher)) x");
                long lrk = zahl(
                        st,
                        "SELECT count(*) FROM ((TABLE lrk_vorher EXCEPT TABLE leistung_region_kennzahl) "
                                + "UNION ALL (TABLE leistung_region_kennzahl EXCEPT TABLE lrk_vorher)) x");
                long sg = zahl(
                        st,
                        "SELECT count(*) FROM ((TABLE sg_vorher EXCEPT TABLE statistik_gebiet) "
                                + "UNION ALL (TABLE statistik_gebiet EXCEPT TABLE sg_vorher)) x");
                if (behalten) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return Map.of("kommune_kennzahl", kk, "leistung_region_kennzahl", lrk, "statistik_gebiet", sg);
            }
        }
    }

    private static long zahl(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
