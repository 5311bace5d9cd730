package nrw.digitalisierungsdashboard.umsetzung;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Umsetzungsstatus",
        description = "Stand einer OZG-Leistung in einer Kommune. KEINE_ANGABE: nichts gemeldet "
                + "(nur in Antworten, nie gespeichert).")
public enum Umsetzungsstatus {
    KEINE_ANGABE,
    NICHT_BEGONNEN,
    IN_PLANUNG,
    IN_UMSETZUNG,
    ONLINE
}
