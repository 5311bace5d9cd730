package nrw.digitalisierungsdashboard.importe;

import java.nio.file.Path;
import nrw.digitalisierungsdashboard.identity.Akteur;

/** One accepted import: the stored file, what its first look found, and what the request chose. */
record ImportAuftrag(
        long id,
        Path datei,
        long bytes,
        ImportAnnahme.Vorpruefung vorpruefung,
        boolean dryRun,
        ImportModelle.Fehlerhafte fehlerhafte,
        Integer reifegradStandard,
        Akteur akteur) {

    /** The writer's transaction may last this long (a 1 GiB file at national scale takes minutes, not hours). */
    static final int TRANSAKTION_SEKUNDEN = 3 * 3600;

    ImportModelle.Format format() {
        return vorpruefung.format();
    }

    boolean ueberspringen() {
        return fehlerhafte == ImportModelle.Fehlerhafte.UEBERSPRINGEN;
    }
}
