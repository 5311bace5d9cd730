package nrw.digitalisierungsdashboard.importe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.umsetzung.Umsetzungsstatus;

/**
 * What reading a file found: records read, records with errors (the first {@value #MAX_FEHLER} in the job itself,
 * all up to {@value #MAX_GESPEICHERT} for the CSV download), and what the valid records do per status.
 */
final class ImportBilanz {

    static final int MAX_FEHLER = 1000;
    static final int MAX_GESPEICHERT = 100_000;

    private static final String[] ARTEN = {"N", "G", "U"};

    final List<ImportModelle.Fehler> fehler = new ArrayList<>();
    final List<String> hinweise = new ArrayList<>();
    /** status → counts of new, changed, unchanged records (always in the order of the statuses). */
    private final Map<String, long[]> jeStatus = new LinkedHashMap<>();

    long fehlerhaft;
    long fehlerGespeichert;
    long zeilen;
    long onlineOhneReifegrad;
    /** false: the file could not be read to its end (bytes not UTF-8, broken CSV or JSON). */
    boolean lesbar = true;

    ImportBilanz() {
        for (Umsetzungsstatus s : Umsetzungsstatus.values()) {
            if (s != Umsetzungsstatus.KEINE_ANGABE) {
                jeStatus.put(s.name(), new long[3]);
            }
        }
    }

    /** One faulty record with all its errors; the job keeps the first {@value #MAX_FEHLER}. */
    void fehlerhaft(List<ImportModelle.Fehler> ihre) {
        fehlerhaft++;
        for (ImportModelle.Fehler f : ihre) {
            if (fehler.size() < MAX_FEHLER) {
                fehler.add(f);
            }
        }
    }

    /** Adds the classification of a staged part: art N (new), G (changed) or U (unchanged) per status. */
    void eingeordnet(String status, String art, long anzahl) {
        long[] z = jeStatus.computeIfAbsent(status, s -> new long[3]);
        for (int i = 0; i < ARTEN.length; i++) {
            if (ARTEN[i].equals(art)) {
                z[i] += anzahl;
            }
        }
    }

    long neu() {
        return summe(0);
    }

    long geaendert() {
        return summe(1);
    }

    long unveraendert() {
        return summe(2);
    }

    private long summe(int i) {
        return jeStatus.values().stream().mapToLong(z -> z[i]).sum();
    }

    List<ImportModelle.StatusZaehlung> jeStatus() {
        return jeStatus.entrySet().stream()
                .map(e ->
                        new ImportModelle.StatusZaehlung(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
