package nrw.digitalisierungsdashboard.auth;

import java.time.OffsetDateTime;
import java.util.List;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Konto", description = "Ein Konto (Ansicht für Administratoren; nie mit Passwort oder Hash).")
public record Konto(
        @Schema(required = true) long id,
        @Schema(required = true) String benutzername,
        @Schema(required = true) String anzeigename,
        @Schema(required = true) List<Rolle> rollen,
        String organisationId,
        @Schema(required = true) List<Integer> themenfelder,
        @Schema(required = true) boolean aktiv,
        @Schema(required = true) boolean mussPasswortAendern,
        @Schema(required = true) OffsetDateTime erstelltAm,
        OffsetDateTime letzteAnmeldung,

        @Schema(description = "Fassung für If-Match", required = true)
        long version) {

    static Konto of(KontoEntity k) {
        return new Konto(
                k.id,
                k.benutzername,
                k.anzeigename,
                k.rollenSet().stream().sorted().toList(),
                k.organisationId,
                k.themenfelder.stream().sorted().toList(),
                k.aktiv,
                k.mussPasswortAendern,
                k.erstelltAm,
                k.letzteAnmeldung,
                k.version);
    }
}
