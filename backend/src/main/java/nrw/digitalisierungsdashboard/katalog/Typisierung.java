package nrw.digitalisierungsdashboard.katalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Typisierung", description = "Bedeutung einer LeiKa-Typisierung: wer regelt, wer vollzieht.")
public record Typisierung(
        @Schema(required = true, examples = "2/3") String code,
        @Schema(required = true, examples = "Bund") String regelungskompetenz,

        @Schema(required = true, examples = "Land oder Kommune")
        String vollzugskompetenz,

        @Schema(required = true) String beschreibung,

        @Schema(description = "Einer der fünf für das OZG maßgeblichen Typen", required = true)
        boolean ozgRelevant) {

    static Typisierung of(TypisierungEntity e) {
        return new Typisierung(e.code, e.regelungskompetenz, e.vollzugskompetenz, e.beschreibung, e.ozgRelevant);
    }
}
