package nrw.digitalisierungsdashboard.fachamt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fachamt", description = "Ein Fachamt einer Kommunalverwaltung (Standardliste der Redaktion).")
public record Fachamt(
        @Schema(required = true, examples = "standesamt") String id,
        @Schema(required = true, examples = "Standesamt") String name,
        @Schema(required = true) String beschreibung) {

    public static Fachamt of(FachamtEntity e) {
        return new Fachamt(e.id, e.name, e.beschreibung);
    }
}
