package nrw.digitalisierungsdashboard.aenderungen;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Aenderung",
        description =
                "Eine Änderung im öffentlichen Änderungsprotokoll: was sich wann an welchem Eintrag geändert hat, ohne Personendaten.")
public record Aenderung(
        @Schema(required = true) long id,
        @Schema(required = true) OffsetDateTime zeitpunkt,

        @Schema(
                description = "Art des Eintrags, z. B. LEISTUNG, KOMMUNE, PROJEKT",
                required = true,
                examples = "LEISTUNG")
        String entitaetTyp,

        @Schema(description = "Schlüssel des Eintrags", required = true, examples = "10169")
        String entitaetId,

        @Schema(required = true) Aktion aktion,

        @Schema(description = "Kurzbeschreibung", required = true)
        String zusammenfassung,

        @Schema(description = "Geänderte Felder mit altem und neuem Wert", required = true)
        List<Feldaenderung> aenderungen) {

    @Schema(name = "Feldaenderung")
    public record Feldaenderung(
            @Schema(required = true) String feld,

            @Schema(description = "Wert vorher (beliebiger JSON-Wert)")
            Object vorher,

            @Schema(description = "Wert nachher (beliebiger JSON-Wert)")
            Object nachher) {}
}
