package nrw.digitalisierungsdashboard.katalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LeikaSchluessel",
        description =
                "Alle Zeilen des Katalogs zu einem LeiKa-Schlüssel; ein Schlüssel kann mehreren OZG-Leistungen zugeordnet sein.")
public record LeikaSchluessel(
        @Schema(required = true, examples = "99023001000000")
        String schluessel,

        @Schema(description = "Bezeichnung der ersten Zeile", required = true)
        String name,

        @Schema(required = true) List<LeikaLeistung> zeilen) {}
