package nrw.digitalisierungsdashboard.importe;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which Kommune × Leistung pairs a file has named so far, and in which line first: one int per possible pair
 * (427 × 575 in NRW: 1 MB; 6.5 million pairs at national scale: 26 MB), so a duplicate is found the moment it is
 * read, before anything of its part is staged.
 */
final class ImportPaare {

    private final Map<String, Integer> kommunen = new HashMap<>();
    private final Map<Integer, Integer> leistungen = new HashMap<>();
    private final int[] erste;

    ImportPaare(Zeilenpruefung.Schluessel s) {
        for (String ags : new TreeSet<>(s.kommunen().values())) {
            kommunen.put(ags, kommunen.size());
        }
        for (Integer ozg : new TreeSet<>(s.leistungen())) {
            leistungen.put(ozg, leistungen.size());
        }
        erste = new int[Math.multiplyExact(Math.max(1, kommunen.size()), Math.max(1, leistungen.size()))];
    }

    /** 0 if the pair is new (its line is remembered), else the line that named it first. */
    long erste(String ags, int ozgId, long zeile) {
        int i = kommunen.get(ags) * leistungen.size() + leistungen.get(ozgId);
        int e = erste[i];
        if (e == 0) {
            erste[i] = Math.toIntExact(zeile);
        }
        return e;
    }
}
