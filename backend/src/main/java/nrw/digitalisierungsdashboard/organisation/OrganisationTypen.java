package nrw.digitalisierungsdashboard.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OrganisationTypen",
        description = "Wie viele Organisationen es je Art gibt (zur Suche q); Kommunen mit eigener IT zählen auch als"
                + " IT-Dienstleister.")
public record OrganisationTypen(
        @Schema(description = "Alle Organisationen (jede einmal)", required = true)
        long alle,

        @Schema(required = true) List<Anzahl> typen) {

    @Schema(name = "OrganisationTypAnzahl")
    public record Anzahl(
            @Schema(required = true) OrganisationTyp typ,
            @Schema(required = true) long anzahl) {}
}
