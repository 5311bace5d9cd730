package nrw.digitalisierungsdashboard.statistik;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The four metrics on a small fixture computed by hand: a test Regierungsbezirk 058 with one Kreis 05899 and two
 * kreisangehörige Gemeinden A (1 000 inhabitants) and B (2 000). The derived rules give each Gemeinde a Soll of 460 and
 * the Kreis 455 (see UmsetzungsstandTest). Ist, threshold Reifegrad ≥ 2:
 * <pre>
 *   A: 10024 ONLINE 3, 10173 ONLINE 2, 10105 ONLINE 1 (below the threshold), 10020 ONLINE 4 (not in its Soll: Typisierung 1)
 *   B: 10173 ONLINE 4, 10024 IN_UMSETZUNG
 *   Kreis: 10173 ONLINE 2, 10105 ONLINE 3 (not in its Soll: Typisierung 5 only falls to the Gemeinden)
 * </pre>
 * The fixture is removed afterwards, and the figures recomputed.
 */
@QuarkusTest
class StatistikTest {

    @Inject
    AgroalDataSource dataSource;

    private void sql(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    private void anlegen() throws Exception {
        sql(
                """
                INSERT INTO regierungsbezirk (id, name, kurzname, verwaltungssitz, einwohner, flaeche_km2, gebietsstand)
                VALUES ('058', 'Testbezirk', 'Testbezirk', 'Teststadt', 3000, 100, '2023-11-30')""",
                """
                INSERT INTO kreis (schluessel, name, kurzname, typ, verwaltungssitz, regierungsbezirk_id, anzahl_gemeinden, einwohner,
                    flaeche_km2, gebietsstand)
                VALUES ('05899', 'Testkreis', 'Testkreis', 'KREIS', 'Teststadt', '058', 2, 3000, 100, '2023-11-30')""",
                """
                INSERT INTO kommune (ags, ars, name, kurzname, ebene, gebietstyp_amtlich, typ, typ_abgeleitet, groessenklasse,
                    kreis_schluessel, regierungsbezirk_id, einwohner, flaeche_km2, einwohner_stichtag, gebietsstand)
                VALUES ('05899', '058990000000', 'Testkreis', 'Testkreis', 'KREIS', 'Kreis', 'KREIS', false, NULL, '05899', '058', 3000, 100, '2022-12-31', '2023-11-30'),
                       ('05899001', '058990001001', 'Testgemeinde A', 'Testgemeinde A', 'GEMEINDE', 'kreisangehörige Gemeinde',
                        'KREISANGEHOERIGE_GEMEINDE', false, 'LANDGEMEINDE', '05899', '058', 1000, 50, '2022-12-31', '2023-11-30'),
                       ('05899002', '058990002002', 'Testgemeinde B', 'Testgemeinde B', 'GEMEINDE', 'kreisangehörige Gemeinde',
                        'KREISANGEHOERIGE_GEMEINDE', false, 'LANDGEMEINDE', '05899', '058', 2000, 50, '2022-12-31', '2023-11-30')""",
                """
                INSERT INTO umsetzungsstand (kommune_ags, ozg_id, status, reifegrad, quelle, aktualisiert_am)
                VALUES ('05899001', 10024, 'ONLINE', 3, 'MANUELL', now()), ('05899001', 10173, 'ONLINE', 2, 'MANUELL', now()),
                       ('05899001', 10105, 'ONLINE', 1, 'MANUELL', now()), ('05899001', 10020, 'ONLINE', 4, 'MANUELL', now()),
                       ('05899002', 10173, 'ONLINE', 4, 'MANUELL', now()), ('05899002', 10024, 'IN_UMSETZUNG', NULL, 'MANUELL', now()),
                       ('05899', 10173, 'ONLINE', 2, 'MANUELL', now()), ('05899', 10105, 'ONLINE', 3, 'MANUELL', now())""",
                "SELECT umsetzung_refresh_kommunen(ARRAY['05899', '05899001', '05899002'])",
                "SELECT umsetzung_refresh_regionen(ARRAY['05899'])",
                "SELECT statistik_refresh_gebiete(ARRAY['05899', '05899001', '05899002'])");
    }

    private void entfernen() throws Exception {
        sql(
                "DELETE FROM umsetzungsstand WHERE kommune_ags LIKE '05899%'",
                "DELETE FROM umsetzungsstand_wechsel WHERE kommune_ags LIKE '05899%'",
                "DELETE FROM statistik_tag WHERE schluessel LIKE '05899%' OR schluessel = '058'",
                "DELETE FROM leistung_region_kennzahl WHERE schluessel IN ('05899', '058')",
                "DELETE FROM kommune_kennzahl WHERE kommune_ags LIKE '05899%'",
                "DELETE FROM kommune WHERE ags LIKE '05899%'",
                "DELETE FROM kreis WHERE schluessel = '05899'",
                "DELETE FROM regierungsbezirk WHERE id = '058'",
                "SELECT umsetzung_refresh_regionen(NULL)",
                "SELECT statistik_refresh_gebiete(NULL)");
    }

    private static JsonPath wert(String ebene, String metrik, int reifegradMin) {
        return given().get("/api/v1/statistik/regionen?ebene=" + ebene + "&metrik=" + metrik + "&reifegradMin="
                        + reifegradMin + "&regierungsbezirk=058")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void expect(JsonPath r, String schluessel, long zaehler, long nenner, String wert) {
        String p = "werte.find { it.schluessel == '" + schluessel + "' }.";
        assertEquals(zaehler, r.getLong(p + "zaehler"), schluessel + " zaehler");
        assertEquals(nenner, r.getLong(p + "nenner"), schluessel + " nenner");
        assertEquals(
                0,
                new BigDecimal(wert).compareTo(new BigDecimal(r.getString(p + "wert"))),
                schluessel + " wert " + r.getString(p + "wert") + ", erwartet " + wert);
    }

    @Test
    void shouldComputeTheFourMetricsAsCountedByHand() throws Exception {
        anlegen();
        try {
            // (a) Σ online / Σ soll: A 2 (10024, 10173), B 1 (10173), Kreis 1 (10173) of 460 + 460 + 455
            JsonPath a = wert("kreis", "a", 2);
            expect(a, "05899", 4, 1375, "0.0029");
            assertEquals(1, a.getList("werte").size());
            expect(wert("regierungsbezirk", "a", 2), "058", 4, 1375, "0.0029");
            // at Reifegrad ≥ 3 only A's 10024 and B's 10173 remain
            expect(wert("kreis", "a", 3), "05899", 2, 1375, "0.0015");
            expect(wert("gemeinde", "a", 2), "05899001", 2, 460, "0.0043");

            // (b) residents of A: 3 online (own 2 + Kreis 1) of 915; of B: 2 of 915 → (1000·3 + 2000·2) / (3000·915)
            expect(wert("kreis", "b", 2), "05899", 7000, 2745000, "0.0026");
            expect(wert("gemeinde", "b", 2), "05899002", 4000, 1830000, "0.0022");

            // (c) only 10173 is online in every responsible Kommune (A, B, Kreis); 460 Leistungen have one there
            expect(wert("kreis", "c", 2), "05899", 1, 460, "0.0022");
            // (d) 10173 and 10024 (A) are online in at least one; 10105 only below the threshold or outside the Soll
            expect(wert("kreis", "d", 2), "05899", 2, 460, "0.0043");
            // at ≥ 3: A's 10173 (Reifegrad 2) breaks strict coverage; d still counts 10024 (A) and 10173 (B)
            expect(wert("regierungsbezirk", "c", 3), "058", 0, 460, "0.0000");
            expect(wert("regierungsbezirk", "d", 3), "058", 2, 460, "0.0043");

            given().get("/api/v1/leistungen/10173/umsetzungsstand?regierungsbezirk=058")
                    .then()
                    .statusCode(200)
                    .body("kommunen.total", is(3))
                    .body("kommunen.items.status", everyItem(is("ONLINE")));
            given().get("/api/v1/kommunen/05899001/umsetzungsstand")
                    .then()
                    .statusCode(200)
                    .body("soll.gesamt", is(460))
                    .body("online", is(2))
                    .body("anteilOnline", is(0.0043f))
                    .body("leistungen.find { it.ozgId == 10020 }.zustaendig", is(false))
                    .body("reifegradVerteilung.find { it.wert == '1' }.anzahl", is(1));
        } finally {
            entfernen();
        }
    }

    @Test
    void shouldStoreTheDailyFiguresOncePerDayAndCountWhatWentOnline() throws Exception {
        anlegen();
        try {
            Api.Session admin = Api.admin();
            // B's 10024 goes online today through the API: one newly online pair in B
            String tag = Api.etag(given().get("/api/v1/kommunen/05899002/umsetzungsstand/10024"));
            admin.spec()
                    .contentType(ContentType.JSON)
                    .header("If-Match", tag)
                    .body(Map.of("status", "ONLINE", "reifegrad", 3))
                    .put("/api/v1/kommunen/05899002/umsetzungsstand/10024")
                    .then()
                    .statusCode(200);
            String heute = LocalDate.now(ZoneOffset.UTC).toString();
            long zeilen = admin.spec()
                    .post("/api/v1/statistik/tagesstand")
                    .then()
                    .statusCode(200)
                    .body("datum", is(heute))
                    .extract()
                    .jsonPath()
                    .getLong("zeilen");
            // Kommunen, Kreise, Regierungsbezirke, Land, Themenfelder, Größenklassen: at least the fixture's 3 + 1 + 1
            Assertions.assertTrue(zeilen >= 5);
            admin.spec()
                    .post("/api/v1/statistik/tagesstand")
                    .then()
                    .statusCode(200)
                    .body("zeilen", is((int) zeilen));
            JsonPath reihe = given().get(
                            "/api/v1/statistik/zeitreihe?ebene=kreis&schluessel=05899&von=" + heute + "&seit=" + heute)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(1, reihe.getList("punkte").size());
            // A 2 + B 2 (10173, now 10024) + Kreis 1
            assertEquals(5, reihe.getLong("punkte[0].online"));
            assertEquals(1375, reihe.getLong("punkte[0].soll"));
            assertEquals(460, reihe.getLong("punkte[0].leistungen"));
            assertEquals(1, reihe.getLong("veraenderung.neuOnline"));
            assertEquals(0, reihe.getLong("veraenderung.zurueckgefallen"));
            given().get("/api/v1/statistik/zeitreihe?ebene=kommune&schluessel=05899002&von=" + heute)
                    .then()
                    .statusCode(200)
                    .body("punkte[0].online", is(2))
                    .body("veraenderung.neuOnline", is(1));
            // falls back below the threshold: counted as fallen back, not as newly online
            String neu = Api.etag(given().get("/api/v1/kommunen/05899002/umsetzungsstand/10173"));
            admin.spec()
                    .contentType(ContentType.JSON)
                    .header("If-Match", neu)
                    .body(Map.of("status", "IN_UMSETZUNG"))
                    .put("/api/v1/kommunen/05899002/umsetzungsstand/10173")
                    .then()
                    .statusCode(200);
            given().get("/api/v1/statistik/zeitreihe?ebene=kreis&schluessel=05899&seit=" + heute)
                    .then()
                    .body("veraenderung.neuOnline", is(1))
                    .body("veraenderung.zurueckgefallen", is(1));
            given().get("/api/v1/statistik/zeitreihe?ebene=kreis&schluessel=05999")
                    .then()
                    .statusCode(404);
            given().get("/api/v1/statistik/zeitreihe?ebene=kreis")
                    .then()
                    .statusCode(400)
                    .body("errors[0].name", is("schluessel"));
        } finally {
            entfernen();
            Api.admin().spec().post("/api/v1/statistik/tagesstand").then().statusCode(200);
        }
    }

    @Test
    void shouldAnswerEveryStatisticWithItsFormulaAndRejectBadParameters() {
        given().get("/api/v1/statistik/uebersicht")
                .then()
                .statusCode(200)
                .body("reifegradMin", is(2))
                .body("metriken.metrik", contains("a", "b", "c", "d"))
                .body("metriken.formel", everyItem(not(emptyString())))
                .body("soll", is(greaterThan(0)));
        given().get("/api/v1/statistik/themenfelder?reifegradMin=3")
                .then()
                .statusCode(200)
                .body("themenfelder", hasSize(14))
                .body("themenfelder[0].metriken.metrik", contains("a", "c", "d"));
        given().get("/api/v1/statistik/groessenklassen")
                .then()
                .statusCode(200)
                .body("klassen.code", hasItem("GROSSSTADT"));
        given().get("/api/v1/statistik/regionen?ebene=kreis&metrik=b")
                .then()
                .statusCode(200)
                .body("werte", hasSize(53))
                .body("formel", containsString("Einwohner"));
        given().get("/api/v1/statistik/regionen?ebene=bund")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("ebene"));
        given().get("/api/v1/statistik/regionen?reifegradMin=9")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("reifegradMin"));
        given().get("/api/v1/statistik/zeitreihe?von=gestern")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("von"));
    }
}
