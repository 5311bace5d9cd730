package nrw.digitalisierungsdashboard.importe;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import worker's counters at /q/metrics follow what it did. */
@QuarkusTest
class ImportZaehlerTest {

    private static double wert(String series) {
        String m = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher found = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$")
                .matcher(m);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    @Test
    void shouldCountStartedAndFinishedImportsAndTheirRecords() {
        String begonnen = "dashboard_import_runs_started_total";
        String nichtGeschrieben = "dashboard_import_runs_finished_total{ergebnis=\"nicht_geschrieben\"}";
        String zeilen = "dashboard_import_rows_total";
        double b = wert(begonnen), n = wert(nichtGeschrieben), z = wert(zeilen);
        var job = ImportHilfe.csv(
                "ags;ozg_id;status\n05315000;10024;IN_PLANUNG\n05315000;10173;IN_PLANUNG\n", "?dryRun=true");
        assertEquals("FERTIG", job.getString("status"));
        assertEquals(b + 1, wert(begonnen));
        assertEquals(n + 1, wert(nichtGeschrieben));
        assertEquals(z + 2, wert(zeilen));
    }
}
