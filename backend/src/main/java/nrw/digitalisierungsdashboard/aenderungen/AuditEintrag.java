package nrw.digitalisierungsdashboard.aenderungen;

import java.time.OffsetDateTime;
import java.util.List;
import nrw.digitalisierungsdashboard.identity.Akteur;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuditEintrag",
        description =
                "Ein Eintrag des vollständigen Audit-Trails (nur für Administratoren): mit Akteur und vollständigem Vorher/Nachher.")
public record AuditEintrag(
        @Schema(required = true) long id,
        @Schema(required = true) OffsetDateTime zeitpunkt,
        @Schema(required = true) String entitaetTyp,
        @Schema(required = true) String entitaetId,
        @Schema(required = true) Aktion aktion,
        @Schema(required = true) String zusammenfassung,
        @Schema(required = true) List<String> felder,
        @Schema(description = "Zustand vorher") Object vorher,
        @Schema(description = "Zustand nachher") Object nachher,
        @Schema(required = true) boolean oeffentlich,
        @Schema(required = true) Akteur akteur) {}
