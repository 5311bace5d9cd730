package nrw.digitalisierungsdashboard.katalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lage", description = "Eine Lebens- oder Unternehmenslage des OZG-Katalogs.")
public record Lage(
        @Schema(required = true, examples = "26") int id,
        @Schema(required = true, examples = "Geburt") String name,
        @Schema(required = true) Refs.ThemenfeldRef themenfeld,
        @Schema(required = true) int anzahlLeistungen,
        @Schema(required = true) String katalogStand) {}
