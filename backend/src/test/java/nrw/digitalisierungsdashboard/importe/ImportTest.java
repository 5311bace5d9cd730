package nrw.digitalisierungsdashboard.importe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

    private static RequestSpecification integration() {
        return ImportHilfe.integration();
    }

    private static JsonPath importiere(String contentType, byte[] body, boolean dryRun) {
        return ImportHilfe.importiere(contentType, body, dryRun ? "?dryRun=true" : "");
    }

    private static JsonPath eintrag(String ags, int ozg) {
        return ImportHilfe.eintrag(ags, ozg);
    }

    private static byte[] utf8(String s) {
        return ImportHilfe.utf8(s);
    }

    @Test
    void shouldImportACsvFileOnceAndChangeNothingTheSecondTime() {
        // Münster (05515000) and Bielefeld (05711000), a Kreis by its Kreisschlüssel, a Gemeinde by its ARS
        String csv = "ags;ozg_id;status;reifegrad;url;online_seit;bemerkung\n"
                + "05515000;10024;ONLINE;3;https://example.org/muenster/sport;2026-02-01;x\n"
                + "05711000;10173;in_umsetzung;;;;\n"
                + "05158;10173;ONLINE;4;https://example.org/mettmann/park;01.03.2026;\n";
        String withArs = csv + "\n";
        JsonPath erst = importiere("text/csv; charset=UTF-8", utf8(withArs), false);
        assertEquals("FERTIG", erst.getString("status"), erst.prettify());
        assertEquals(3, erst.getLong("zeilen"));
        assertEquals(3, erst.getLong("neu") + erst.getLong("geaendert") + erst.getLong("unveraendert"));
        assertEquals(100, erst.getInt("fortschritt"));
        assertTrue(erst.getList("hinweise").toString().contains("bemerkung"));
        JsonPath muenster = eintrag("05515000", 10024);
        assertEquals("ONLINE", muenster.getString("status"));
        assertEquals(3, muenster.getInt("reifegrad"));
        assertEquals("IMPORT", muenster.getString("quelle"));
        assertEquals("2026-02-01", muenster.getString("onlineSeit"));
        assertEquals("2026-03-01", eintrag("05158", 10173).getString("onlineSeit"));
        long version = muenster.getLong("version");

        JsonPath zweit = importiere("text/csv; charset=UTF-8", utf8(withArs), false);
        assertEquals("FERTIG", zweit.getString("status"));
        assertEquals(0, zweit.getLong("neu"));
        assertEquals(0, zweit.getLong("geaendert"));
        assertEquals(3, zweit.getLong("unveraendert"));
        assertEquals(version, eintrag("05515000", 10024).getLong("version"));
        given().get("/api/v1/aenderungen?entitaet=IMPORT&id=" + erst.getLong("id"))
                .then()
                .body("total", is(1));
    }

    @Test
    void shouldOnlyCountInADryRun() {
        JsonPath vorher = eintrag("05113000", 10024);
        String ziel = "ONLINE".equals(vorher.getString("status")) ? "IN_PLANUNG" : "ONLINE";
        JsonPath job = importiere(
                "text/csv; charset=UTF-8", utf8("ars,ozg_id,status\n051130000000,10024," + ziel + "\n"), true);
        assertEquals("FERTIG", job.getString("status"));
        assertTrue(job.getBoolean("dryRun"));
        assertEquals(1, job.getLong("neu") + job.getLong("geaendert"));
        assertTrue(job.getString("meldung").startsWith("Probelauf"));
        JsonPath nachher = eintrag("05113000", 10024);
        assertEquals(vorher.getString("status"), nachher.getString("status"));
        assertEquals(vorher.getString("version"), nachher.getString("version"));
    }

    @Test
    void shouldWriteNothingWhenOneRowAmongAHundredThousandIsBad() {
        List<String> kommunen = new ArrayList<>();
        for (int page = 0; page < 1; page++) {
            kommunen.addAll(given().get("/api/v1/kommunen?size=500&page=" + page)
                    .jsonPath()
                    .getList("items.ags", String.class));
        }
        List<Integer> leistungen = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            leistungen.addAll(given().get("/api/v1/leistungen?size=500&page=" + page)
                    .jsonPath()
                    .getList("items.ozgId", Integer.class));
        }
        JsonPath vorher = eintrag(kommunen.get(0), leistungen.get(0));
        String erster = "IN_PLANUNG".equals(vorher.getString("status")) ? "IN_UMSETZUNG" : "IN_PLANUNG";
        StringBuilder csv = new StringBuilder("ags;ozg_id;status;reifegrad\n");
        int zeilen = 0;
        int schlecht = 73_457;
        outer:
        for (String ags : kommunen) {
            for (Integer ozg : leistungen) {
                zeilen++;
                if (zeilen + 1 == schlecht) {
                    csv.append(ags).append(';').append(ozg).append(";ONLINE;9\n");
                } else {
                    csv.append(ags)
                            .append(';')
                            .append(ozg)
                            .append(';')
                            .append(zeilen == 1 ? erster : "IN_UMSETZUNG")
                            .append(";\n");
                }
                if (zeilen == 100_000) {
                    break outer;
                }
            }
        }
        assertEquals(100_000, zeilen);
        JsonPath job = importiere("text/csv; charset=UTF-8", utf8(csv.toString()), false);
        assertEquals("FEHLGESCHLAGEN", job.getString("status"));
        assertEquals(100_000, job.getLong("zeilen"));
        assertEquals(1, job.getLong("fehler"));
        assertEquals(schlecht, job.getLong("fehlerliste[0].zeile"));
        assertEquals("reifegrad", job.getString("fehlerliste[0].feld"));
        assertEquals(422, job.getInt("problem.status"));
        assertEquals(100, job.getInt("fortschritt"));
        // the counts say what the valid records would have done; nothing of it was written
        assertFalse(job.getBoolean("geschrieben"));
        assertEquals(99_999, job.getLong("neu") + job.getLong("geaendert") + job.getLong("unveraendert"));
        assertTrue(job.getString("meldung").contains("nichts geschrieben"), job.getString("meldung"));
        JsonPath nachher = eintrag(kommunen.get(0), leistungen.get(0));
        assertNotEquals(erster, nachher.getString("status"));
        assertEquals(vorher.getString("version"), nachher.getString("version"));
    }

    @Test
    void shouldRejectAWrongEncodingAMissingHeaderAndMissingColumnsAtOnce() {
        byte[] latin1 = "ags;ozg_id;status;url\n05315000;10024;ONLINE;https://köln.example/\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        integration()
                .contentType("text/csv; charset=UTF-8")
                .body(latin1)
                .post("/api/v1/importe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Zeile 2"))
                .body("detail", containsString("UTF-8"));
        integration()
                .contentType("text/csv; charset=UTF-8")
                .body(utf8("05315000;10024;ONLINE\n"))
                .post("/api/v1/importe")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].reason", containsString("Kopfzeile"));
        integration()
                .contentType("text/csv; charset=UTF-8")
                .body(utf8("ags;leistung;zustand\n05315000;10024;ONLINE\n"))
                .post("/api/v1/importe")
                .then()
                .statusCode(422)
                .body("errors.name", hasItems("ozg_id", "status"));
        integration()
                .contentType("text/csv; charset=ISO-8859-1")
                .body(utf8("ags;ozg_id;status\n"))
                .post("/api/v1/importe")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("Content-Type"));
        integration()
                .contentType("application/xml")
                .body(utf8("<x/>"))
                .post("/api/v1/importe")
                .then()
                .statusCode(400);
        integration()
                .contentType("application/json")
                .body(utf8("kein json"))
                .post("/api/v1/importe")
                .then()
                .statusCode(400);
        integration()
                .contentType("text/csv; charset=UTF-8")
                .body(new byte[0])
                .post("/api/v1/importe")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldReportUnknownKeysWithLineAndField() {
        JsonPath job = importiere(
                "text/csv; charset=UTF-8",
                utf8("ags,ozg_id,status\n05315000,10024,ONLINE\n05999999,10024,ONLINE\n"
                        + "05315000,99999,ONLINE\n05315000,10024,offline\n"),
                false);
        assertEquals("FEHLGESCHLAGEN", job.getString("status"));
        assertEquals(3, job.getLong("fehler"));
        assertEquals(List.of(3, 4, 5), job.getList("fehlerliste.zeile", Integer.class));
        assertEquals(List.of("ags", "ozg_id", "ozg_id"), job.getList("fehlerliste.feld", String.class));
        assertTrue(job.getString("fehlerliste[2].grund").contains("Zeile 2"));
    }

    @Test
    void shouldReadTheFederalDashboardFormat() {
        // a LeiKa key that belongs to exactly one OZG-Leistung, looked up in the catalogue
        String leika = null;
        int ozg = 0;
        for (var row : given().get("/api/v1/leistungen/10173").jsonPath().getList("leika", Map.class)) {
            Object s = row.get("schluessel");
            if (s != null
                    && given().get("/api/v1/leika/" + s).jsonPath().getList("zeilen.leistung.ozgId").stream()
                                    .distinct()
                                    .count()
                            == 1) {
                leika = s.toString();
                ozg = 10173;
                break;
            }
        }
        assertTrue(leika != null, "Kein eindeutiger LeiKa-Schlüssel für 10173");
        String json = "{\"meta\": {\"quelle\": \"PVOG\"}, \"data\": [\n"
                + " {\"ars\": \"053340002002\", \"leika_key\": \"" + leika
                + "\", \"online_status\": \"online\", \"url\": \"https://example.org/aachen/park\", \"name\": \"Parken\"},\n"
                + " {\"ars\": \"051110000000\", \"ozgid\": " + ozg
                + ", \"online_status\": \"offline\", \"url\": null}\n]}";
        JsonPath job = importiere("application/json", utf8(json), false);
        assertEquals("FERTIG", job.getString("status"), job.prettify());
        assertEquals(2, job.getLong("zeilen"));
        JsonPath aachen = eintrag("05334002", ozg);
        assertEquals("ONLINE", aachen.getString("status"));
        assertEquals(leika, aachen.getString("leikaSchluessel"));
        assertEquals("https://example.org/aachen/park", aachen.getString("url"));
        assertEquals("NICHT_BEGONNEN", eintrag("05111000", ozg).getString("status"));
    }

    @Test
    void shouldLetOnlyIntegratorsAndAdminsImportAndSeeTheirOwnJobs() {
        Api.Session koord = Api.account(List.of("KOORDINATION"), null, List.of());
        koord.spec()
                .contentType("text/csv; charset=UTF-8")
                .body(utf8("ags;ozg_id;status\n05315000;10024;ONLINE\n"))
                .post("/api/v1/importe")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.Session redaktion = Api.account(List.of("REDAKTION"), "kommune-05315000", List.of());
        redaktion
                .spec()
                .contentType("text/csv; charset=UTF-8")
                .body(utf8("ags;ozg_id;status\n05315000;10024;ONLINE\n"))
                .post("/api/v1/importe")
                .then()
                .statusCode(403);
        JsonPath job =
                importiere("text/csv; charset=UTF-8", utf8("ags;ozg_id;status\n05315000;10024;IN_PLANUNG\n"), true);
        // another integrator does not see this job; the admin does
        Api.bearer(Api.token("INTEGRATION", null))
                .get("/api/v1/importe/" + job.getLong("id"))
                .then()
                .statusCode(404);
        Api.admin()
                .spec()
                .get("/api/v1/importe/" + job.getLong("id"))
                .then()
                .statusCode(200)
                .body("erstelltVon", startsWith("token:"));
    }
}
