package nrw.digitalisierungsdashboard.kommune;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "KommuneAenderung",
        description =
                "Bestätigt oder korrigiert den Status einer Kommune; nur gesendete Felder ändern sich. "
                        + "Ein gesetzter Typ gilt danach als bestätigt (typAbgeleitet = false) und bleibt bei neuen Gemeindeverzeichnissen erhalten.")
public record KommuneAenderung(
        @Schema(description = "Neuer Status") KommuneTyp typ,

        @Schema(description = "Hinweis zum Status; \"\" entfernt ihn") @Size(max = 500)
        String typHinweis) {}
