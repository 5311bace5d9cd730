package nrw.digitalisierungsdashboard.kommune;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RegionRefs {

    private RegionRefs() {}

    @Schema(name = "KreisRef", description = "Verweis auf einen Kreis oder eine kreisfreie Stadt (Kreisebene).")
    public record KreisRef(
            @Schema(required = true, examples = "05158") String schluessel,

            @Schema(required = true, examples = "Kreis Mettmann")
            String name) {}

    @Schema(name = "RegierungsbezirkRef", description = "Verweis auf einen Regierungsbezirk.")
    public record RegierungsbezirkRef(
            @Schema(required = true, examples = "051") String id,

            @Schema(required = true, examples = "Düsseldorf")
            String name) {}
}
