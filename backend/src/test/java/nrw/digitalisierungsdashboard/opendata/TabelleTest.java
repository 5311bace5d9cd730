package nrw.digitalisierungsdashboard.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nrw.digitalisierungsdashboard.common.tabelle.CsvSchreiber;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import nrw.digitalisierungsdashboard.common.tabelle.Zelle;
import org.junit.jupiter.api.Test;

/** The columns of a record and the cell rules, without a server. */
class TabelleTest {

    record Ort(String id, String name) {}

    record Zeile(
            String text, int zahl, BigDecimal anteil, LocalDate datum, Ort ort, List<Ort> orte, List<String> tags) {}

    @Test
    void shouldNameColumnsAsTheJsonFieldsAndFlattenNestedRecords() {
        assertEquals(
                List.of("text", "zahl", "anteil", "datum", "ort.id", "ort.name", "orte", "tags"),
                Tabelle.aus(Zeile.class).namen());
    }

    @Test
    void shouldNeutraliseEveryDangerousFirstCharacterInTextOnly() throws Exception {
        for (String bad : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + bad, Zelle.neutralisiert(bad));
        }
        assertEquals("Köln", Zelle.neutralisiert("Köln"));
        assertEquals("a=b", Zelle.neutralisiert("a=b"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSchreiber<Zeile> csv = new CsvSchreiber<>(Tabelle.aus(Zeile.class), out);
        csv.zeile(new Zeile(
                "-Rabatt; 5",
                -5,
                new BigDecimal("-0.25"),
                LocalDate.of(2026, 1, 31),
                new Ort("05315000", "Köln"),
                List.of(new Ort("a", "Aachen"), new Ort("b", "Bonn")),
                List.of("x", "=y")));
        csv.ende(null);
        assertEquals(
                "text;zahl;anteil;datum;ort.id;ort.name;orte;tags\r\n"
                        + "\"'-Rabatt; 5\";-5;-0.25;2026-01-31;05315000;Köln;Aachen, Bonn;x, =y\r\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
