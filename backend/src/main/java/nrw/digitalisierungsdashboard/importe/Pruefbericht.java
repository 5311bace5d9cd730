package nrw.digitalisierungsdashboard.importe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What checking a file found: records read, records with errors, and the first errors in line order. */
final class Pruefbericht {

    static final int MAX_FEHLER = 1000;

    final List<ImportModelle.Fehler> fehler = new ArrayList<>();
    long fehlerhaft;
    long zeilen;

    /** One faulty record with all its errors; the list keeps the first {@value #MAX_FEHLER}. */
    void fehlerhaft(List<ImportModelle.Fehler> ihre) {
        fehlerhaft++;
        for (ImportModelle.Fehler f : ihre) {
            if (fehler.size() < MAX_FEHLER) {
                fehler.add(f);
            }
        }
    }

    void sortieren() {
        fehler.sort(Comparator.comparingLong(ImportModelle.Fehler::zeile));
    }
}
