package nrw.digitalisierungsdashboard.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user types into a PostgreSQL tsquery: every word folded like the indexed text
 * (ä→ae, ö→oe, ü→ue, ß→ss, other accents removed) and matched as a prefix, all words required.
 * Only letters and digits reach the query, so its syntax cannot be broken by input.
 */
public final class FulltextQuery {

    private FulltextQuery() {}

    /** @return the tsquery text, or {@code null} when the input holds no searchable word */
    public static String prefixQuery(String input) {
        if (input == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : fold(input).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(word + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    /** Same folding as the SQL function {@code dashboard_fold}. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
