package nrw.digitalisierungsdashboard.katalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemenfeldDetail", description = "Ein Themenfeld mit seinen Lagen.")
public record ThemenfeldDetail(
        @Schema(required = true) int id,
        @Schema(required = true) String name,
        @Schema(required = true) String katalogStand,
        @Schema(required = true) int anzahlLagen,
        @Schema(required = true) int anzahlLeistungen,
        @Schema(required = true) List<Lage> lagen) {}
