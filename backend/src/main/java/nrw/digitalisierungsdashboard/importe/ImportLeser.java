package nrw.digitalisierungsdashboard.importe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of an import file one at a time (CSV with a header line, or JSON: an array of objects, bare or
 * inside one object), so memory stays flat however large the file. Field names of our own format and of the federal
 * "Dashboard Digitale Verwaltung" / PVOG exports (ars, leika_key, ozgid, online_status, url) map to the same fields.
 * The bytes must be UTF-8; anything else fails with the line where it was found.
 */
final class ImportLeser implements Closeable {

    enum Feld {
        AGS,
        ARS,
        OZG_ID,
        LEIKA,
        STATUS,
        REIFEGRAD,
        REIFEGRADMODELL,
        URL,
        ONLINE_SEIT
    }

    static final Map<String, Feld> NAMEN = new LinkedHashMap<>();

    static {
        for (String n : List.of("ags", "gemeindeschluessel", "kreisschluessel", "kommune", "kommune_ags")) {
            NAMEN.put(n, Feld.AGS);
        }
        for (String n : List.of("ars", "regionalschluessel")) {
            NAMEN.put(n, Feld.ARS);
        }
        for (String n : List.of("ozg_id", "ozgid", "ozg-id", "ozg")) {
            NAMEN.put(n, Feld.OZG_ID);
        }
        for (String n :
                List.of("leika", "leika_key", "leika_schluessel", "leikaschluessel", "leika-schluessel", "leikakey")) {
            NAMEN.put(n, Feld.LEIKA);
        }
        for (String n : List.of("status", "online_status", "onlinestatus")) {
            NAMEN.put(n, Feld.STATUS);
        }
        NAMEN.put("reifegrad", Feld.REIFEGRAD);
        NAMEN.put("reifegradmodell", Feld.REIFEGRADMODELL);
        NAMEN.put("url", Feld.URL);
        NAMEN.put("link", Feld.URL);
        for (String n : List.of("online_seit", "onlineseit", "online_since", "online_ab")) {
            NAMEN.put(n, Feld.ONLINE_SEIT);
        }
    }

    /** Thrown for bytes that are not UTF-8 or a file that is not well-formed; names the line. */
    static final class Lesefehler extends IOException {
        final long zeile;

        Lesefehler(long zeile, String message) {
            super(message);
            this.zeile = zeile;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    static final class Zaehler extends FilterInputStream {
        volatile long gelesen;

        Zaehler(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                gelesen++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                gelesen += n;
            }
            return n;
        }
    }

    static Reader utf8(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** The field's name in our format, as errors name it. */
    static String name(Feld f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    static Feld feld(String name) {
        String n = name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        return NAMEN.get(n);
    }

    private final Zaehler zaehler;
    private final ImportModelle.Format format;
    private final List<String> unbekannt = new ArrayList<>();
    private CSVParser csv;
    private Iterator<CSVRecord> records;
    private Map<Integer, Feld> spalten;
    private JsonParser json;
    private final Map<Feld, String> aktuell = new EnumMap<>(Feld.class);
    private long zeile;

    ImportLeser(InputStream in, ImportModelle.Format format, char trennzeichen) throws IOException {
        this.zaehler = new Zaehler(in);
        this.format = format;
        if (format == ImportModelle.Format.CSV) {
            csv = CSVParser.builder()
                    .setReader(utf8(zaehler))
                    .setFormat(CSVFormat.DEFAULT
                            .builder()
                            .setDelimiter(trennzeichen)
                            .setIgnoreEmptyLines(true)
                            // values are stripped of spaces below; trim() would also drop NUL and other control bytes
                            // at the ends, which must be reported instead
                            .setTrim(false)
                            .get())
                    .get();
            records = csv.iterator();
            spalten = new LinkedHashMap<>();
            try {
                if (!records.hasNext()) {
                    throw new Lesefehler(1, "Die Datei ist leer; erwartet wird eine Kopfzeile.");
                }
                CSVRecord kopf = records.next();
                for (int i = 0; i < kopf.size(); i++) {
                    Feld f = feld(kopf.get(i));
                    if (f == null) {
                        unbekannt.add(kopf.get(i));
                    } else {
                        spalten.put(i, f);
                    }
                }
            } catch (UncheckedIOException e) {
                throw new Lesefehler(1, grund(e.getCause()));
            }
        } else {
            json = new JsonFactory().createParser(utf8(zaehler));
            try {
                JsonToken t = json.nextToken();
                if (t == JsonToken.START_OBJECT) {
                    // {"items": [...]} and the like: the first array inside the object holds the records
                    while ((t = json.nextToken()) != null && t != JsonToken.START_ARRAY) {
                        if (t == JsonToken.START_OBJECT) {
                            json.skipChildren();
                        }
                    }
                }
                if (t != JsonToken.START_ARRAY) {
                    throw new Lesefehler(
                            json.currentLocation().getLineNr(),
                            "Erwartet wird ein JSON-Array von Datensätzen " + "(oder ein Objekt, das eines enthält).");
                }
            } catch (JsonParseException e) {
                throw new Lesefehler(
                        e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                        "Kein gültiges JSON: " + e.getOriginalMessage());
            } catch (CharacterCodingException e) {
                throw new Lesefehler(json.currentLocation().getLineNr(), grund(e));
            }
        }
    }

    static String grund(Throwable e) {
        return e instanceof CharacterCodingException
                ? "Die Datei ist nicht in UTF-8 kodiert (ungültige Bytefolge); bitte als UTF-8 speichern."
                : "Die Datei lässt sich nicht lesen: " + e.getMessage();
    }

    /** Column names that are not ours and were passed over. */
    List<String> unbekannteSpalten() {
        return unbekannt;
    }

    Set<Feld> spalten() {
        return spalten == null ? Set.of() : new HashSet<>(spalten.values());
    }

    long gelesen() {
        return zaehler.gelesen;
    }

    long zeile() {
        return zeile;
    }

    String get(Feld f) {
        return aktuell.get(f);
    }

    /** The next record, or false at the end. */
    boolean next() throws IOException {
        aktuell.clear();
        if (format == ImportModelle.Format.CSV) {
            try {
                if (!records.hasNext()) {
                    return false;
                }
                CSVRecord r = records.next();
                zeile = r.getParser().getCurrentLineNumber();
                for (Map.Entry<Integer, Feld> s : spalten.entrySet()) {
                    if (s.getKey() < r.size()) {
                        String v = r.get(s.getKey());
                        aktuell.put(s.getValue(), v == null || v.isBlank() ? null : v.strip());
                    }
                }
                return true;
            } catch (UncheckedIOException e) {
                throw new Lesefehler(csv.getCurrentLineNumber() + 1, grund(e.getCause()));
            } catch (IllegalStateException e) {
                throw new Lesefehler(
                        csv.getCurrentLineNumber() + 1, "Die CSV-Datei ist nicht wohlgeformt: " + e.getMessage());
            }
        }
        try {
            JsonToken t = json.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                return false;
            }
            zeile = json.currentLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                throw new Lesefehler(zeile, "Jeder Datensatz muss ein JSON-Objekt sein.");
            }
            while ((t = json.nextToken()) == JsonToken.FIELD_NAME) {
                Feld f = feld(json.currentName());
                JsonToken v = json.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    json.skipChildren();
                    continue;
                }
                if (f == null) {
                    if (!unbekannt.contains(json.currentName()) && unbekannt.size() < 50) {
                        unbekannt.add(json.currentName());
                    }
                    continue;
                }
                String text = v == JsonToken.VALUE_NULL ? null : json.getValueAsString();
                aktuell.put(f, text == null || text.isBlank() ? null : text.strip());
            }
            return true;
        } catch (JsonParseException e) {
            throw new Lesefehler(
                    e.getLocation() == null ? zeile : e.getLocation().getLineNr(),
                    "Kein gültiges JSON: " + e.getOriginalMessage());
        } catch (CharacterCodingException e) {
            throw new Lesefehler(json.currentLocation().getLineNr(), grund(e));
        }
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        if (json != null) {
            json.close();
        }
    }
}
