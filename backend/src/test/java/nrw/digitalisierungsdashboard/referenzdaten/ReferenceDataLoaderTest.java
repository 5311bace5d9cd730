package nrw.digitalisierungsdashboard.referenzdaten;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class ReferenceDataLoaderTest {

    @Inject
    ReferenceDataLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldChangeNothingWhenTheSameDataIsLoadedAgain() throws Exception {
        String before = fingerprint() + datensatz();
        Map<String, Integer> report = loader.loadAll(loader.packagedSource());
        report.values().forEach(changed -> assertEquals(-1, changed, "already loaded versions are skipped: " + report));
        assertEquals(before, fingerprint() + datensatz());
    }

    @Test
    void shouldChangeNoRowWhenTheUnchangedDataIsUpsertedUnderANewVersion(@TempDir Path dir) throws Exception {
        // A new description alone makes a new version; the rows themselves are equal and must stay untouched.
        String before = fingerprint();
        write(
                dir,
                "gemeindeverzeichnis_nrw_2023",
                "datensatz.json",
                new String(
                                loader.packagedSource().read("gemeindeverzeichnis_nrw_2023", "datensatz.json"),
                                StandardCharsets.UTF_8)
                        .replace("\"umfang\":", "\"umfang_test\": \"x\", \"umfang\":"));
        try {
            Map<String, Integer> report =
                    loader.loadAll(loader.packagedSource().overriddenBy(DatasetSource.directory(dir)));
            assertEquals(0, report.get("gemeindeverzeichnis_nrw_2023"), "no row differs: " + report);
            assertEquals(before, fingerprint());
        } finally {
            loader.loadAll(loader.packagedSource());
        }
    }

    @Test
    void shouldUpdateRowsInPlaceByTheirOfficialKeysWhenANewerVersionArrives(@TempDir Path dir) throws Exception {
        String gemeinden = new String(
                loader.packagedSource().read("gemeindeverzeichnis_nrw_2023", "gemeinden.csv"), StandardCharsets.UTF_8);
        // Jülich grows past 60 000 in the "newer" version: population and derived status change, nothing is duplicated.
        String changed = gemeinden.replaceFirst("(05358024,[^\\n]*?,)33158,", "$160001,");
        assertTrue(changed.contains(",60001,"), "fixture must change Jülich");
        write(dir, "gemeindeverzeichnis_nrw_2023", "gemeinden.csv", changed);
        long kommunenBefore = count("SELECT count(*) FROM kommune");
        long organisationenBefore = count("SELECT count(*) FROM organisation");
        try {
            Map<String, Integer> report =
                    loader.loadAll(loader.packagedSource().overriddenBy(DatasetSource.directory(dir)));
            assertEquals(1, report.get("gemeindeverzeichnis_nrw_2023"), "Jülich's row and nothing else: " + report);
            assertEquals(-1, report.get("ozg_leistungskatalog_kdn_2019"));
            assertEquals(kommunenBefore, count("SELECT count(*) FROM kommune"));
            assertEquals(organisationenBefore, count("SELECT count(*) FROM organisation"));
            given().when()
                    .get("/api/v1/kommunen/05358024")
                    .then()
                    .statusCode(200)
                    .body("einwohner", is(60001))
                    .body("typ", is("GROSSE_KREISANGEHOERIGE_STADT"))
                    .body("groessenklasse", is("GROSSE_MITTELSTADT"));
        } finally {
            loader.loadAll(loader.packagedSource());
        }
        given().when()
                .get("/api/v1/kommunen/05358024")
                .then()
                .statusCode(200)
                .body("einwohner", is(33158))
                .body("typ", is("MITTLERE_KREISANGEHOERIGE_STADT"));
    }

    @Test
    void shouldKeepAStatusAnEditorConfirmedWhenANewerVersionArrives(@TempDir Path dir) throws Exception {
        execute(
                "UPDATE kommune SET typ = 'GROSSE_KREISANGEHOERIGE_STADT', typ_abgeleitet = false WHERE ags = '05358024'");
        String gemeinden = new String(
                loader.packagedSource().read("gemeindeverzeichnis_nrw_2023", "gemeinden.csv"), StandardCharsets.UTF_8);
        write(
                dir,
                "gemeindeverzeichnis_nrw_2023",
                "gemeinden.csv",
                gemeinden.replaceFirst("(05358024,[^\\n]*?,)33158,", "$133159,"));
        String einwohnerSumme =
                "SELECT einwohner_soll FROM statistik_gebiet WHERE ebene = 'GEMEINDE' AND schluessel = '05358024'";
        long vorher = count(einwohnerSumme);
        assertTrue(vorher > 0 && vorher % 33158 == 0, "Soll mal Einwohner: " + vorher);
        try {
            loader.loadAll(loader.packagedSource().overriddenBy(DatasetSource.directory(dir)));
            // the figures per area follow the new residents' count in the loading transaction
            assertEquals(vorher / 33158 * 33159, count(einwohnerSumme));
            given().when()
                    .get("/api/v1/kommunen/05358024")
                    .then()
                    .statusCode(200)
                    .body("einwohner", is(33159))
                    .body("typ", is("GROSSE_KREISANGEHOERIGE_STADT"))
                    .body("typAbgeleitet", is(false));
        } finally {
            execute(
                    "UPDATE kommune SET typ = 'MITTLERE_KREISANGEHOERIGE_STADT', typ_abgeleitet = true WHERE ags = '05358024'");
            loader.loadAll(loader.packagedSource());
        }
    }

    private static void write(Path dir, String dataset, String file, String content) throws Exception {
        Files.createDirectories(dir.resolve(dataset));
        Files.writeString(dir.resolve(dataset).resolve(file), content, StandardCharsets.UTF_8);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private String datensatz() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT string_agg(t::text || xmin::text, ',' ORDER BY id) FROM datensatz t")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A digest over every reference table's rows and tuple versions: any rewrite shows, even with equal values. */
    private String fingerprint() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String table : new String[] {
            "themenfeld",
            "lage",
            "leistung",
            "leika_leistung",
            "regierungsbezirk",
            "kreis",
            "kommune",
            "organisation",
            "basiskomponente",
            "fachamt",
            "typisierung",
            "groessenklasse",
            "leistung_suchbegriff"
        }) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT count(*), md5(string_agg(t::text || xmin::text, ',' ORDER BY t::text)) FROM "
                                    + table + " t")) {
                rs.next();
                sb.append(table)
                        .append('=')
                        .append(rs.getLong(1))
                        .append(':')
                        .append(rs.getString(2))
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
