package nrw.digitalisierungsdashboard.importe;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nrw.digitalisierungsdashboard.umsetzung.Umsetzungsstatus;

/**
 * The checks of one imported record, as pure functions: the raw fields and the keys the dashboard knows go in, a
 * checked row or the record's errors (line, field, value, reason) come out. No database, so every rule has a plain test.
 */
final class Zeilenpruefung {

    private static final DateTimeFormatter DEUTSCH =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** The first day an online service can plausibly date from; also keeps every date inside PostgreSQL's range. */
    static final LocalDate FRUEHESTENS = LocalDate.of(1990, 1, 1);
    /** The example row of the template (GET /importe/vorlage) carries this address; importing it unchanged is an error. */
    static final String VORLAGE_URL = "https://example.org/vorlage-beispiel";

    private Zeilenpruefung() {}

    /**
     * The keys a record may use. kommunen: AGS, ARS and (for a kreisfreie Stadt) its Kreisschlüssel, each to the AGS;
     * leistungen: the OZG-IDs; leika: each LeiKa-Schlüssel to the OZG-IDs it belongs to.
     */
    record Schluessel(Map<String, String> kommunen, Set<Integer> leistungen, Map<String, List<Integer>> leika) {}

    /** What the request chose: the Reifegrad for ONLINE rows that carry none (null: leave them without). */
    record Optionen(Integer reifegradStandard) {
        static final Optionen KEINE = new Optionen(null);
    }

    /** A valid record, as it goes into the staging table; ohneReifegrad: ONLINE in the file, but no Reifegrad. */
    record Zeile(
            long nummer,
            String ags,
            int ozgId,
            String leika,
            Umsetzungsstatus status,
            Integer reifegrad,
            String reifegradmodell,
            String url,
            LocalDate onlineSeit,
            boolean ohneReifegrad) {

        /** One line of the COPY (FORMAT csv) into the part being classified ({@link ImportEinordnung}). */
        void alsCsv(StringBuilder puffer) {
            puffer.append(nummer)
                    .append(',')
                    .append(ags)
                    .append(',')
                    .append(ozgId)
                    .append(',')
                    .append(leika == null ? "" : leika)
                    .append(',')
                    .append(status.name())
                    .append(',')
                    .append(reifegrad == null ? "" : reifegrad)
                    .append(',')
                    .append(reifegradmodell)
                    .append(',');
            if (url != null) {
                puffer.append('"').append(url.replace("\"", "\"\"")).append('"');
            }
            puffer.append(',')
                    .append(onlineSeit == null ? "" : onlineSeit.toString())
                    .append('\n');
        }
    }

    /** Either the checked row or the errors of the record (then the row is null). */
    record Ergebnis(Zeile zeile, List<ImportModelle.Fehler> fehler) {
        boolean gueltig() {
            return fehler.isEmpty();
        }
    }

    static Ergebnis pruefe(long nummer, Function<ImportLeser.Feld, String> werte, Schluessel s) {
        return pruefe(nummer, werte, s, Optionen.KEINE);
    }

    static Ergebnis pruefe(long nummer, Function<ImportLeser.Feld, String> roh, Schluessel s, Optionen optionen) {
        List<ImportModelle.Fehler> fehler = new ArrayList<>();
        Function<ImportLeser.Feld, String> werte = steuerzeichenFrei(nummer, roh, fehler);
        if (!fehler.isEmpty()) {
            // a byte that is no text: the other checks of this record would only repeat it
            return new Ergebnis(null, fehler);
        }
        String ags = kommune(nummer, werte.apply(ImportLeser.Feld.AGS), werte.apply(ImportLeser.Feld.ARS), s, fehler);
        Integer ozg =
                leistung(nummer, werte.apply(ImportLeser.Feld.OZG_ID), werte.apply(ImportLeser.Feld.LEIKA), s, fehler);
        String statusRoh = werte.apply(ImportLeser.Feld.STATUS);
        Umsetzungsstatus status = status(statusRoh);
        if (status == null) {
            fehler.add(fehler(
                    nummer,
                    "status",
                    statusRoh,
                    "Erlaubt: ONLINE, IN_UMSETZUNG, IN_PLANUNG, NICHT_BEGONNEN (auch "
                            + "online/offline, true/false, ja/nein)."));
        }
        String modell = werte.apply(ImportLeser.Feld.REIFEGRADMODELL);
        if (modell == null) {
            modell = "1.1";
        } else if (!modell.equals("1.1") && !modell.equals("2.0")) {
            fehler.add(fehler(nummer, "reifegradmodell", modell, "1.1 oder 2.0."));
        }
        Integer reifegrad = reifegrad(nummer, werte.apply(ImportLeser.Feld.REIFEGRAD), modell, fehler);
        boolean ohneReifegrad = status == Umsetzungsstatus.ONLINE && werte.apply(ImportLeser.Feld.REIFEGRAD) == null;
        if (ohneReifegrad && optionen.reifegradStandard() != null) {
            reifegrad = optionen.reifegradStandard();
        }
        String url = werte.apply(ImportLeser.Feld.URL);
        if (url != null && (!url.matches("https?://[^\\s\\p{Cntrl}]+") || url.length() > 2000)) {
            fehler.add(fehler(nummer, "url", url, "Eine Adresse mit http:// oder https://."));
        } else if (url != null && url.startsWith(VORLAGE_URL)) {
            fehler.add(fehler(
                    nummer,
                    "url",
                    url,
                    "Die Beispielzeile der Vorlage: bitte durch die eigenen Angaben ersetzen oder löschen."));
        }
        LocalDate seit = onlineSeit(nummer, werte.apply(ImportLeser.Feld.ONLINE_SEIT), status, fehler);
        if (!fehler.isEmpty()) {
            return new Ergebnis(null, fehler);
        }
        return new Ergebnis(
                new Zeile(
                        nummer,
                        ags,
                        ozg,
                        werte.apply(ImportLeser.Feld.LEIKA),
                        status,
                        reifegrad,
                        modell,
                        url,
                        seit,
                        ohneReifegrad),
                List.of());
    }

    /**
     * A NUL byte or another control character (tab aside) in a field is an error of that field; the field then
     * counts as empty, so the other checks still run and no such byte ever reaches the database.
     */
    private static Function<ImportLeser.Feld, String> steuerzeichenFrei(
            long nummer, Function<ImportLeser.Feld, String> roh, List<ImportModelle.Fehler> fehler) {
        EnumMap<ImportLeser.Feld, String> werte = new EnumMap<>(ImportLeser.Feld.class);
        for (ImportLeser.Feld f : ImportLeser.Feld.values()) {
            String v = roh.apply(f);
            if (v != null && hatSteuerzeichen(v)) {
                fehler.add(fehler(
                        nummer,
                        ImportLeser.name(f),
                        v,
                        v.indexOf('\u0000') >= 0
                                ? "Enthält ein NUL-Zeichen (Byte 0x00); erlaubt ist nur Text."
                                : "Enthält ein Steuerzeichen; erlaubt ist nur Text."));
            } else {
                werte.put(f, v);
            }
        }
        return werte::get;
    }

    static boolean hatSteuerzeichen(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** The Kommune as AGS (8 digits, Kreise 5) or ARS (12); both given must name the same one. */
    private static String kommune(
            long nummer, String agsRoh, String arsRoh, Schluessel s, List<ImportModelle.Fehler> fehler) {
        String ags = null;
        boolean fehlerhaft = false;
        if (agsRoh != null) {
            if (!agsRoh.matches("\\d{5}|\\d{8}")) {
                fehler.add(
                        fehler(nummer, "ags", agsRoh, "Ein AGS hat 8 Ziffern (Kreise: 5-stelliger Kreisschlüssel)."));
                fehlerhaft = true;
            } else if ((ags = s.kommunen().get(agsRoh)) == null) {
                fehler.add(fehler(
                        nummer,
                        "ags",
                        agsRoh,
                        "Unbekannter Schlüssel: eine Kommune mit diesem AGS gibt es im Dashboard nicht."));
                fehlerhaft = true;
            }
        }
        if (arsRoh != null && !fehlerhaft) {
            String ars = arsRoh.matches("\\d{12}") ? s.kommunen().get(arsRoh) : null;
            if (!arsRoh.matches("\\d{12}")) {
                fehler.add(fehler(nummer, "ars", arsRoh, "Ein ARS hat 12 Ziffern."));
            } else if (ars == null) {
                fehler.add(fehler(
                        nummer,
                        "ars",
                        arsRoh,
                        "Unbekannter Schlüssel: eine Kommune mit diesem ARS gibt es im Dashboard nicht."));
            } else if (ags != null && !ags.equals(ars)) {
                fehler.add(fehler(nummer, "ars", arsRoh, "AGS und ARS bezeichnen verschiedene Kommunen."));
            } else {
                ags = ars;
            }
        }
        if (agsRoh == null && arsRoh == null) {
            fehler.add(fehler(nummer, "ags", null, "Die Kommune fehlt (ags oder ars)."));
        }
        return ags;
    }

    /** The Leistung as OZG-ID or LeiKa-Schlüssel; a LeiKa-Schlüssel of several Leistungen needs the OZG-ID too. */
    private static Integer leistung(
            long nummer, String ozgRoh, String leika, Schluessel s, List<ImportModelle.Fehler> fehler) {
        Integer ozg = null;
        if (ozgRoh != null) {
            if (!ozgRoh.matches("\\d{1,9}")) {
                fehler.add(fehler(nummer, "ozg_id", ozgRoh, "Die OZG-ID ist eine ganze Zahl."));
            } else if (!s.leistungen().contains(Integer.parseInt(ozgRoh))) {
                fehler.add(fehler(
                        nummer,
                        "ozg_id",
                        ozgRoh,
                        "Unbekannter Schlüssel: eine OZG-Leistung mit dieser ID gibt es nicht."));
            } else {
                ozg = Integer.parseInt(ozgRoh);
            }
        }
        if (leika != null) {
            List<Integer> zuOzg = s.leika().get(leika);
            if (!leika.matches("\\d{14}")) {
                fehler.add(fehler(nummer, "leika", leika, "Ein LeiKa-Schlüssel hat 14 Ziffern."));
            } else if (zuOzg == null) {
                fehler.add(fehler(
                        nummer,
                        "leika",
                        leika,
                        "Unbekannter Schlüssel: dieser LeiKa-Schlüssel gehört im Katalog zu keiner "
                                + "OZG-Leistung."));
            } else if (ozg != null && !zuOzg.contains(ozg)) {
                fehler.add(fehler(
                        nummer, "leika", leika, "Der LeiKa-Schlüssel gehört nicht zur OZG-Leistung " + ozg + "."));
            } else if (ozg == null && ozgRoh == null && zuOzg.size() > 1) {
                fehler.add(fehler(
                        nummer,
                        "leika",
                        leika,
                        "Der LeiKa-Schlüssel gehört zu mehreren OZG-Leistungen (" + zuOzg
                                + "); bitte zusätzlich ozg_id angeben."));
            } else if (ozg == null && ozgRoh == null) {
                ozg = zuOzg.get(0);
            }
        }
        if (ozgRoh == null && leika == null) {
            fehler.add(fehler(nummer, "ozg_id", null, "Die Leistung fehlt (ozg_id oder leika)."));
        }
        return ozg;
    }

    private static Integer reifegrad(long nummer, String roh, String modell, List<ImportModelle.Fehler> fehler) {
        if (roh == null) {
            return null;
        }
        int max = "2.0".equals(modell) ? 7 : 4;
        if (!roh.matches("\\d") || Integer.parseInt(roh) > max) {
            fehler.add(fehler(
                    nummer,
                    "reifegrad",
                    roh,
                    "Eine ganze Zahl von 0 bis " + max + " (Reifegradmodell " + modell + ")."));
            return null;
        }
        return Integer.parseInt(roh);
    }

    /**
     * 2026-01-31 or 31.01.2026 (a time after the date is ignored), a real day between 1990 and today; only with the
     * status ONLINE.
     */
    private static LocalDate onlineSeit(
            long nummer, String roh, Umsetzungsstatus status, List<ImportModelle.Fehler> fehler) {
        if (roh == null) {
            return null;
        }
        LocalDate seit;
        try {
            seit = roh.contains(".")
                    ? LocalDate.parse(roh, DEUTSCH)
                    : LocalDate.parse(roh.length() > 10 && roh.charAt(10) == 'T' ? roh.substring(0, 10) : roh, ISO);
        } catch (DateTimeParseException e) {
            fehler.add(fehler(nummer, "online_seit", roh, "Ein gültiges Datum wie 2026-01-31 (oder 31.01.2026)."));
            return null;
        }
        if (seit.isBefore(FRUEHESTENS)
                || seit.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            fehler.add(fehler(
                    nummer,
                    "online_seit",
                    roh,
                    "Liegt nicht zwischen dem 1.1.1990 und heute; bitte das Datum prüfen."));
            return null;
        }
        if (status != Umsetzungsstatus.ONLINE) {
            fehler.add(fehler(nummer, "online_seit", roh, "Ein Datum „online seit“ gibt es nur beim Status ONLINE."));
        }
        return seit;
    }

    /** Our status names and those of the federal exports (online/offline, true/false, ja/nein, …); null if unknown. */
    static Umsetzungsstatus status(String roh) {
        if (roh == null) {
            return null;
        }
        return switch (roh.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "online", "true", "1", "ja", "verfuegbar", "verfügbar", "available" -> Umsetzungsstatus.ONLINE;
            case "in_umsetzung", "in_bearbeitung", "in_progress", "umsetzung" -> Umsetzungsstatus.IN_UMSETZUNG;
            case "in_planung", "geplant", "planned", "planung" -> Umsetzungsstatus.IN_PLANUNG;
            case "nicht_begonnen",
                    "offline",
                    "false",
                    "0",
                    "nein",
                    "nicht_verfuegbar",
                    "nicht_verfügbar",
                    "not_available" -> Umsetzungsstatus.NICHT_BEGONNEN;
            default -> null;
        };
    }

    /**
     * An error of the file; the value is cut to 100 characters and control characters are shown as their Unicode
     * pictures (␀ for NUL), since PostgreSQL stores no NUL in text.
     */
    static ImportModelle.Fehler fehler(long zeile, String feld, String wert, String grund) {
        return new ImportModelle.Fehler(zeile, feld, wert == null ? null : sichtbar(kurz(wert)), grund);
    }

    private static String kurz(String wert) {
        return wert.length() > 100 ? wert.substring(0, 100) + "…" : wert;
    }

    /** Control characters as their pictures (U+2400 ff.), so text with them can be stored and shown. */
    static String sichtbar(String v) {
        if (!hatSteuerzeichen(v)) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            b.append(c < 0x20 && c != '\t' ? (char) (0x2400 + c) : c == 0x7f ? '\u2421' : c);
        }
        return b.toString();
    }
}
