package nrw.digitalisierungsdashboard.common.tabelle;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a downloaded file says about itself: dataset (source, licence, attribution), the data's Stand, the request it
 * answers, and for answers that are more than a table the rest of the answer (e.g. a formula) as named values.
 */
public record Herkunft(
        String titel,
        Datensatz datensatz,
        OffsetDateTime stand,
        OffsetDateTime abgerufen,
        String abfrage,
        String katalog,
        List<Angabe> angaben) {

    /** A named value of the answer besides its table (XLSX: a row of the sheet „Über die Daten“). */
    public record Angabe(String name, Object wert) {}
}
