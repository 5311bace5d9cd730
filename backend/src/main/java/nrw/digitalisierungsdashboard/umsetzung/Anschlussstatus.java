package nrw.digitalisierungsdashboard.umsetzung;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Anschlussstatus",
        description = "Anschluss einer Kommune an eine Basiskomponente. GEPLANT trägt das Datum "
                + "(geplantAb). KEINE_ANGABE: nichts gemeldet (nur in Antworten, nie gespeichert).")
public enum Anschlussstatus {
    KEINE_ANGABE,
    ANGESCHLOSSEN,
    GEPLANT,
    NICHT_ANGESCHLOSSEN
}
