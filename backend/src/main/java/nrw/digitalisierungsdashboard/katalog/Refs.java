package nrw.digitalisierungsdashboard.katalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Short references from one catalogue entry to another. */
public final class Refs {

    private Refs() {}

    @Schema(name = "ThemenfeldRef", description = "Verweis auf ein Themenfeld.")
    public record ThemenfeldRef(
            @Schema(required = true) int id,
            @Schema(required = true) String name) {}

    @Schema(name = "LageRef", description = "Verweis auf eine Lebens- oder Unternehmenslage.")
    public record LageRef(
            @Schema(required = true) int id,
            @Schema(required = true) String name) {}

    @Schema(name = "LeistungRef", description = "Verweis auf eine OZG-Leistung.")
    public record LeistungRef(
            @Schema(required = true) int ozgId,
            @Schema(required = true) String name) {}
}
