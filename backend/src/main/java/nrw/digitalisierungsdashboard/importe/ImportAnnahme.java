package nrw.digitalisierungsdashboard.importe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.RuleViolationException;

/**
 * Accepting a file: the request's parameters, and what can be checked at once before a job exists – encoding of the
 * first 64 KiB, the header line and the required columns – so a wrong file gets its 400 or 422 right away.
 */
final class ImportAnnahme {

    private ImportAnnahme() {}

    /** What the first look at the file found out: its format and, for CSV, the delimiter. */
    record Vorpruefung(ImportModelle.Format format, char trennzeichen) {}

    /** What the request chose besides the file. */
    record Anfrage(boolean dryRun, ImportModelle.Fehlerhafte fehlerhafte, Integer reifegradStandard) {}

    static Anfrage anfrage(String dryRun, String fehlerhafte, String reifegradStandard) {
        return new Anfrage(dryRun(dryRun), fehlerhafte(fehlerhafte), reifegradStandard(reifegradStandard));
    }

    static ImportModelle.Fehlerhafte fehlerhafte(String v) {
        if (v == null || v.isBlank()) {
            return ImportModelle.Fehlerhafte.ABBRECHEN;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "abbrechen" -> ImportModelle.Fehlerhafte.ABBRECHEN;
            case "ueberspringen", "überspringen" -> ImportModelle.Fehlerhafte.UEBERSPRINGEN;
            default ->
                throw InvalidParameterException.query(
                        "fehlerhafte",
                        "abbrechen (Standard: nichts schreiben, wenn ein Datensatz fehlerhaft ist) oder ueberspringen "
                                + "(die gültigen schreiben).");
        };
    }

    /** 0–4: the Reifegrad of the model 1.1, for ONLINE rows without one (a row of model 2.0 takes it as well). */
    static Integer reifegradStandard(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.trim().matches("[0-4]")) {
            throw InvalidParameterException.query(
                    "reifegradStandard", "Ein Reifegrad von 0 bis 4 für Datensätze mit Status ONLINE ohne Reifegrad.");
        }
        return Integer.parseInt(v.trim());
    }

    static boolean dryRun(String v) {
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "ja" -> true;
            case "false", "0", "nein" -> false;
            default -> throw InvalidParameterException.query("dryRun", "true oder false.");
        };
    }

    static ImportModelle.Format format(String contentType, String formatParam) {
        if (formatParam != null && !formatParam.isBlank()) {
            try {
                return ImportModelle.Format.valueOf(formatParam.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidParameterException.query("format", "csv oder json.");
            }
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("charset=") && !ct.contains("charset=utf-8") && !ct.contains("charset=\"utf-8\"")) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                    "Content-Type", "header", "Importe müssen UTF-8 sein; gesendet wurde " + contentType + ".")));
        }
        if (ct.startsWith("application/json")) {
            return ImportModelle.Format.JSON;
        }
        if (ct.startsWith("text/csv") || ct.startsWith("text/plain")) {
            return ImportModelle.Format.CSV;
        }
        throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                "Content-Type",
                "header",
                "Bitte text/csv oder application/json senden (oder den Parameter format=csv|json setzen).")));
    }

    /** Encoding of the first 64 KiB, the header line and the required columns: answered at once, before a job exists. */
    static Vorpruefung vorpruefen(Path datei, ImportModelle.Format format) {
        byte[] kopf = new byte[65536];
        int n;
        try (InputStream in = Files.newInputStream(datei)) {
            n = in.readNBytes(kopf, 0, kopf.length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (n == 0) {
            throw new InvalidParameterException(
                    List.of(new Problem.InvalidParam("body", "body", "Die Datei ist leer.")));
        }
        int ende = n;
        if (n == kopf.length) {
            // do not cut a multi-byte character: check up to the last line break
            while (ende > 0 && kopf[ende - 1] != '\n') {
                ende--;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(kopf, 0, ende))
                    .toString();
        } catch (CharacterCodingException e) {
            long zeile = 1;
            for (int i = 0; i < ende; i++) {
                if (kopf[i] == '\n') {
                    zeile++;
                }
                if ((kopf[i] & 0x80) != 0 && !gueltigAb(kopf, i, ende)) {
                    break;
                }
            }
            throw new InvalidParameterException(
                    List.of(
                            new Problem.InvalidParam(
                                    "body",
                                    "body",
                                    "Zeile " + zeile
                                            + ": Die Datei ist nicht in UTF-8 kodiert (ungültige Bytefolge); bitte als UTF-8 speichern.")));
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (format == ImportModelle.Format.JSON) {
            String t = text.stripLeading();
            if (!t.startsWith("[") && !t.startsWith("{")) {
                throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                        "body", "body", "Zeile 1: Erwartet wird JSON (ein Array von Datensätzen).")));
            }
            return new Vorpruefung(format, ',');
        }
        String kopfzeile = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char trenn = trennzeichen(kopfzeile);
        Set<ImportLeser.Feld> felder = new HashSet<>();
        List<String> zellen = new ArrayList<>();
        for (String zelle : kopfzeile.split(Pattern.quote(String.valueOf(trenn)), -1)) {
            String name = zelle.trim().replace("\"", "");
            zellen.add(name);
            ImportLeser.Feld f = ImportLeser.feld(name);
            if (f != null) {
                felder.add(f);
            }
        }
        if (felder.isEmpty() && zellen.stream().anyMatch(z -> z.matches("\\d{5,14}"))) {
            throw new RuleViolationException(
                    "Kopfzeile",
                    "Zeile 1 sieht nach Daten aus, nicht nach einer Kopfzeile. Die erste Zeile "
                            + "muss die Spalten nennen, z. B. ags;ozg_id;status;reifegrad;url;online_seit.",
                    List.of(new Problem.InvalidParam("Zeile 1", "body", "Kopfzeile fehlt.")));
        }
        pflichtspalten(felder);
        return new Vorpruefung(format, trenn);
    }

    private static boolean gueltigAb(byte[] b, int i, int ende) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, i, Math.min(4, ende - i)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter the header line uses most: tab, semicolon or comma. */
    static char trennzeichen(String kopf) {
        long semikolon = kopf.chars().filter(c -> c == ';').count();
        long komma = kopf.chars().filter(c -> c == ',').count();
        long tab = kopf.chars().filter(c -> c == '\t').count();
        return tab > semikolon && tab > komma ? '\t' : semikolon >= komma && semikolon > 0 ? ';' : ',';
    }

    static void pflichtspalten(Set<ImportLeser.Feld> felder) {
        List<Problem.InvalidParam> fehlt = new ArrayList<>();
        if (!felder.contains(ImportLeser.Feld.AGS) && !felder.contains(ImportLeser.Feld.ARS)) {
            fehlt.add(new Problem.InvalidParam(
                    "ags",
                    "body",
                    "Spalte fehlt: die Kommune als ags (8-stellig, Kreise 5-stellig) oder ars (12-stellig)."));
        }
        if (!felder.contains(ImportLeser.Feld.OZG_ID) && !felder.contains(ImportLeser.Feld.LEIKA)) {
            fehlt.add(new Problem.InvalidParam(
                    "ozg_id",
                    "body",
                    "Spalte fehlt: die Leistung als ozg_id (oder ozgid) oder leika (leika_key, 14-stellig)."));
        }
        if (!felder.contains(ImportLeser.Feld.STATUS)) {
            fehlt.add(new Problem.InvalidParam("status", "body", "Spalte fehlt: status (oder online_status)."));
        }
        if (!fehlt.isEmpty()) {
            throw new RuleViolationException(
                    "Kopfzeile",
                    "In der Kopfzeile fehlen Pflichtspalten: "
                            + String.join(
                                    ", ",
                                    fehlt.stream()
                                            .map(Problem.InvalidParam::name)
                                            .toList()) + ".",
                    fehlt);
        }
    }
}
