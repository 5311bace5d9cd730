package nrw.digitalisierungsdashboard.katalog;

import java.util.List;
import nrw.digitalisierungsdashboard.fachamt.Fachamt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeistungDetail", description = "Eine OZG-Leistung mit Lage, Themenfeld, LeiKa-Zeilen und Fachämtern.")
public record LeistungDetail(
        @Schema(required = true) int ozgId,
        @Schema(required = true) String name,
        @Schema(required = true) Refs.ThemenfeldRef themenfeld,
        @Schema(required = true) Refs.LageRef lage,
        @Schema(required = true) List<String> typisierungen,

        @Schema(description = "Was die vorkommenden Typisierungen bedeuten", required = true)
        List<Typisierung> typisierungErlaeuterungen,

        @Schema(required = true) boolean sdg1Relevant,
        @Schema(required = true) boolean sdg2Relevant,
        @Schema(required = true) String katalogStand,
        @Schema(required = true) List<LeikaLeistung> leika,

        @Schema(
                description = "Beteiligte Fachämter; leer, solange die Redaktion sie nicht gepflegt hat",
                required = true)
        List<Fachamt> fachaemter,

        @Schema(
                description = "false: die Zuordnung zu Fachämtern ist noch nicht gepflegt („nicht gepflegt“)",
                required = true)
        boolean fachaemterGepflegt) {}
