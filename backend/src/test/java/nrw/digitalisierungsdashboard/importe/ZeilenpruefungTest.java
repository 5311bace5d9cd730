package nrw.digitalisierungsdashboard.importe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nrw.digitalisierungsdashboard.importe.ImportLeser.Feld;
import nrw.digitalisierungsdashboard.umsetzung.Umsetzungsstatus;
import org.junit.jupiter.api.Test;

/** The checks of one imported record, without a database: a handful of known keys stands in for the catalogue. */
class ZeilenpruefungTest {

    /** Köln (AGS, ARS and, as a kreisfreie Stadt, its Kreisschlüssel), Bonn; two Leistungen; one LeiKa key each. */
    private static final Zeilenpruefung.Schluessel SCHLUESSEL = new Zeilenpruefung.Schluessel(
            Map.of(
                    "05315000",
                    "05315000",
                    "053150000000",
                    "05315000",
                    "05315",
                    "05315000",
                    "05314000",
                    "05314000",
                    "053140000000",
                    "05314000"),
            Set.of(10173, 10024),
            Map.of("99001001000000", List.of(10173), "99002002000000", List.of(10173, 10024)));

    private static Zeilenpruefung.Ergebnis pruefe(Object... feldUndWert) {
        Map<Feld, String> werte = new EnumMap<>(Feld.class);
        for (int i = 0; i < feldUndWert.length; i += 2) {
            werte.put((Feld) feldUndWert[i], (String) feldUndWert[i + 1]);
        }
        return Zeilenpruefung.pruefe(7, werte::get, SCHLUESSEL);
    }

    private static List<String> felder(Zeilenpruefung.Ergebnis e) {
        return e.fehler().stream().map(ImportModelle.Fehler::feld).toList();
    }

    @Test
    void shouldAcceptAFullRecordAndWriteItAsOneCopyLine() {
        Zeilenpruefung.Ergebnis e = pruefe(
                Feld.AGS,
                "05315000",
                Feld.OZG_ID,
                "10173",
                Feld.STATUS,
                "online",
                Feld.REIFEGRAD,
                "3",
                Feld.URL,
                "https://stadt-koeln.de/a\"b",
                Feld.ONLINE_SEIT,
                "31.01.2026");
        assertTrue(e.gueltig());
        Zeilenpruefung.Zeile z = e.zeile();
        assertEquals(Umsetzungsstatus.ONLINE, z.status());
        assertEquals(LocalDate.of(2026, 1, 31), z.onlineSeit());
        assertEquals("1.1", z.reifegradmodell());
        StringBuilder copy = new StringBuilder();
        z.alsCsv(copy);
        assertEquals("7,05315000,10173,,ONLINE,3,1.1,\"https://stadt-koeln.de/a\"\"b\",2026-01-31\n", copy.toString());
    }

    @Test
    void shouldFindTheKommuneByArsOrKreisschluesselAndRefuseDisagreeingKeys() {
        assertEquals(
                "05315000",
                pruefe(Feld.ARS, "053150000000", Feld.OZG_ID, "10173", Feld.STATUS, "IN_PLANUNG")
                        .zeile()
                        .ags());
        assertEquals(
                "05315000",
                pruefe(Feld.AGS, "05315", Feld.OZG_ID, "10173", Feld.STATUS, "IN_PLANUNG")
                        .zeile()
                        .ags());
        Zeilenpruefung.Ergebnis e =
                pruefe(Feld.AGS, "05315000", Feld.ARS, "053140000000", Feld.OZG_ID, "10173", Feld.STATUS, "online");
        assertEquals(List.of("ars"), felder(e));
        assertEquals(
                "AGS und ARS bezeichnen verschiedene Kommunen.",
                e.fehler().get(0).grund());
        assertEquals(List.of("ags"), felder(pruefe(Feld.AGS, "0531500", Feld.OZG_ID, "10173", Feld.STATUS, "online")));
        assertEquals(List.of("ags"), felder(pruefe(Feld.AGS, "05999000", Feld.OZG_ID, "10173", Feld.STATUS, "online")));
        assertEquals(List.of("ags"), felder(pruefe(Feld.OZG_ID, "10173", Feld.STATUS, "online")));
    }

    @Test
    void shouldTakeTheLeistungFromAnUnambiguousLeikaKey() {
        assertEquals(
                10173,
                pruefe(Feld.AGS, "05315000", Feld.LEIKA, "99001001000000", Feld.STATUS, "ja")
                        .zeile()
                        .ozgId());
        Zeilenpruefung.Ergebnis mehrdeutig =
                pruefe(Feld.AGS, "05315000", Feld.LEIKA, "99002002000000", Feld.STATUS, "ja");
        assertEquals(List.of("leika"), felder(mehrdeutig));
        assertTrue(mehrdeutig.fehler().get(0).grund().contains("bitte zusätzlich ozg_id"));
        assertEquals(
                10024,
                pruefe(Feld.AGS, "05315000", Feld.OZG_ID, "10024", Feld.LEIKA, "99002002000000", Feld.STATUS, "ja")
                        .zeile()
                        .ozgId());
        assertEquals(
                List.of("leika"),
                felder(pruefe(
                        Feld.AGS, "05315000", Feld.OZG_ID, "10024", Feld.LEIKA, "99001001000000", Feld.STATUS, "ja")));
        assertEquals(List.of("ozg_id"), felder(pruefe(Feld.AGS, "05315000", Feld.STATUS, "ja")));
        assertEquals(List.of("ozg_id"), felder(pruefe(Feld.AGS, "05315000", Feld.OZG_ID, "99999", Feld.STATUS, "ja")));
    }

    @Test
    void shouldReadTheStatusWordsOfTheFederalExports() {
        assertEquals(Umsetzungsstatus.ONLINE, Zeilenpruefung.status(" Verfügbar "));
        assertEquals(Umsetzungsstatus.NICHT_BEGONNEN, Zeilenpruefung.status("offline"));
        assertEquals(Umsetzungsstatus.IN_UMSETZUNG, Zeilenpruefung.status("in-bearbeitung"));
        assertEquals(Umsetzungsstatus.IN_PLANUNG, Zeilenpruefung.status("In Planung"));
        assertNull(Zeilenpruefung.status("vielleicht"));
        assertEquals(
                List.of("status"),
                felder(pruefe(Feld.AGS, "05315000", Feld.OZG_ID, "10173", Feld.STATUS, "vielleicht")));
    }

    @Test
    void shouldCheckReifegradAgainstItsModel() {
        assertEquals(
                List.of("reifegrad"),
                felder(pruefe(Feld.AGS, "05315000", Feld.OZG_ID, "10173", Feld.STATUS, "online", Feld.REIFEGRAD, "5")));
        assertEquals(
                5,
                pruefe(
                                Feld.AGS,
                                "05315000",
                                Feld.OZG_ID,
                                "10173",
                                Feld.STATUS,
                                "online",
                                Feld.REIFEGRAD,
                                "5",
                                Feld.REIFEGRADMODELL,
                                "2.0")
                        .zeile()
                        .reifegrad());
        assertEquals(
                List.of("reifegradmodell"),
                felder(pruefe(
                        Feld.AGS,
                        "05315000",
                        Feld.OZG_ID,
                        "10173",
                        Feld.STATUS,
                        "online",
                        Feld.REIFEGRADMODELL,
                        "3.0")));
    }

    @Test
    void shouldRefuseAnOnlineDateWithoutOnlineAndBadUrlsAndDates() {
        Zeilenpruefung.Ergebnis e = pruefe(
                Feld.AGS,
                "05315000",
                Feld.OZG_ID,
                "10173",
                Feld.STATUS,
                "IN_PLANUNG",
                Feld.URL,
                "ftp://x",
                Feld.ONLINE_SEIT,
                "2026-01-31");
        assertFalse(e.gueltig());
        assertNull(e.zeile());
        assertEquals(List.of("url", "online_seit"), felder(e));
        assertEquals(
                List.of("online_seit"),
                felder(pruefe(
                        Feld.AGS,
                        "05315000",
                        Feld.OZG_ID,
                        "10173",
                        Feld.STATUS,
                        "online",
                        Feld.ONLINE_SEIT,
                        "31.13.2026")));
        assertEquals(
                LocalDate.of(2026, 1, 31),
                pruefe(
                                Feld.AGS,
                                "05315000",
                                Feld.OZG_ID,
                                "10173",
                                Feld.STATUS,
                                "online",
                                Feld.ONLINE_SEIT,
                                "2026-01-31T08:00:00Z")
                        .zeile()
                        .onlineSeit());
    }

    @Test
    void shouldNameEveryErrorOfARecordInFieldOrderAndCutLongValues() {
        String lang = "x".repeat(150);
        Zeilenpruefung.Ergebnis e = pruefe(Feld.AGS, lang, Feld.OZG_ID, "abc", Feld.STATUS, "?", Feld.REIFEGRAD, "9");
        assertEquals(List.of("ags", "ozg_id", "status", "reifegrad"), felder(e));
        assertEquals(101, e.fehler().get(0).wert().length());
        assertTrue(e.fehler().stream().allMatch(f -> f.zeile() == 7));
    }

    @Test
    void shouldReportANulByteOrAControlCharacterInAnyFieldAsAnErrorOfThatField() {
        for (Feld f : Feld.values()) {
            Map<Feld, String> werte = new EnumMap<>(Feld.class);
            werte.put(Feld.AGS, "05315000");
            werte.put(Feld.OZG_ID, "10173");
            werte.put(Feld.STATUS, "ONLINE");
            werte.put(f, (werte.containsKey(f) ? werte.get(f) : "x") + "\u0000");
            Zeilenpruefung.Ergebnis e = Zeilenpruefung.pruefe(7, werte::get, SCHLUESSEL);
            assertFalse(e.gueltig(), f.name());
            assertEquals(List.of(ImportLeser.name(f)), felder(e), f.name());
            assertTrue(e.fehler().get(0).grund().contains("NUL"));
            // shown as the picture of NUL: PostgreSQL stores no NUL in text or jsonb
            assertTrue(
                    e.fehler().get(0).wert().endsWith("\u2400"),
                    e.fehler().get(0).wert());
        }
        Zeilenpruefung.Ergebnis e = pruefe(
                Feld.AGS, "05315000", Feld.OZG_ID, "10173", Feld.STATUS, "ONLINE", Feld.URL, "https://x.de/\u0007");
        assertEquals(List.of("url"), felder(e));
        assertTrue(e.fehler().get(0).grund().contains("Steuerzeichen"));
    }

    @Test
    void shouldRefuseDaysThatDoNotExistOrLieOutsideNineteenNinetyUntilToday() {
        for (String datum : List.of(
                "30.02.2026",
                "2026-02-30",
                "0000-01-01",
                "1.1.0",
                "31.12.1989",
                "2999-01-01",
                "+12026-01-01",
                "2026-1-5",
                "heute")) {
            Zeilenpruefung.Ergebnis e =
                    pruefe(Feld.AGS, "05315000", Feld.OZG_ID, "10173", Feld.STATUS, "ONLINE", Feld.ONLINE_SEIT, datum);
            assertEquals(List.of("online_seit"), felder(e), datum);
        }
        assertEquals(
                LocalDate.of(1990, 1, 1),
                pruefe(Feld.AGS, "05315000", Feld.OZG_ID, "10173", Feld.STATUS, "ONLINE", Feld.ONLINE_SEIT, "1.1.1990")
                        .zeile()
                        .onlineSeit());
    }

    @Test
    void shouldGiveOnlineRowsWithoutReifegradTheStandardOnlyWhenAskedAndMarkThem() {
        Map<Feld, String> werte = new EnumMap<>(Feld.class);
        werte.put(Feld.AGS, "05315000");
        werte.put(Feld.OZG_ID, "10173");
        werte.put(Feld.STATUS, "online");
        Zeilenpruefung.Zeile ohne =
                Zeilenpruefung.pruefe(7, werte::get, SCHLUESSEL).zeile();
        assertNull(ohne.reifegrad());
        assertTrue(ohne.ohneReifegrad());
        Zeilenpruefung.Zeile mit = Zeilenpruefung.pruefe(7, werte::get, SCHLUESSEL, new Zeilenpruefung.Optionen(2))
                .zeile();
        assertEquals(2, mit.reifegrad());
        assertTrue(mit.ohneReifegrad());
        werte.put(Feld.REIFEGRAD, "1");
        Zeilenpruefung.Zeile eigener = Zeilenpruefung.pruefe(7, werte::get, SCHLUESSEL, new Zeilenpruefung.Optionen(2))
                .zeile();
        assertEquals(1, eigener.reifegrad());
        assertFalse(eigener.ohneReifegrad());
        werte.put(Feld.STATUS, "IN_PLANUNG");
        werte.remove(Feld.REIFEGRAD);
        Zeilenpruefung.Zeile planung = Zeilenpruefung.pruefe(7, werte::get, SCHLUESSEL, new Zeilenpruefung.Optionen(2))
                .zeile();
        assertNull(planung.reifegrad());
        assertFalse(planung.ohneReifegrad());
    }

    @Test
    void shouldRefuseTheExampleRowOfTheTemplate() {
        Map<Feld, String> werte = new EnumMap<>(Feld.class);
        for (ImportVorlage.Spalte sp : ImportVorlage.SPALTEN) {
            if (!sp.beispiel().isEmpty()) {
                werte.put(sp.feld(), sp.beispiel());
            }
        }
        Zeilenpruefung.Ergebnis e = Zeilenpruefung.pruefe(2, werte::get, SCHLUESSEL);
        assertEquals(List.of("url"), felder(e));
        assertTrue(e.fehler().get(0).grund().contains("Beispielzeile"));
    }
}
