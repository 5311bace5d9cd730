package nrw.digitalisierungsdashboard.katalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LeikaLeistung",
        description = "Eine LeiKa-Zeile des Katalogs, wie sie einer OZG-Leistung zugeordnet ist.")
public record LeikaLeistung(
        @Schema(description = "Zeilenkennung der Quelle (KDN-OZG-Datenbank)", required = true)
        int id,

        @Schema(
                description = "14-stelliger LeiKa-Schlüssel; null, wenn die Quelle „nicht im LeiKa“ angibt",
                examples = "99023001000000")
        String schluessel,

        @Schema(required = true, examples = "Führerschein") String name,

        @Schema(description = "Zugeordnete OZG-Leistung; null bei 26 Zeilen ohne Zuordnung")
        Refs.LeistungRef leistung,

        @Schema(description = "Typisierung wie in der Quelle, z. B. „1, 2/3“", required = true)
        String typisierung,

        @Schema(description = "Die einzelnen Typisierungen", required = true)
        List<String> typisierungen,

        String rechtsgrundlage,
        String gesetze,
        String gesetzeskuerzel,
        @Schema(required = true) boolean sdg1,
        @Schema(required = true) boolean sdg2,
        @Schema(required = true) String katalogStand) {}
