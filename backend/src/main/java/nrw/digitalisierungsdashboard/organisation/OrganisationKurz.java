package nrw.digitalisierungsdashboard.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationKurz", description = "Verweis auf eine Organisation mit ihrer Art.")
public record OrganisationKurz(
        @Schema(required = true) String id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationTyp typ) {

    public static OrganisationKurz of(OrganisationEntity o) {
        return o == null ? null : new OrganisationKurz(o.id, o.name, o.typ);
    }

    public static OrganisationKurz of(String organisationId) {
        return organisationId == null ? null : of(OrganisationEntity.<OrganisationEntity>findById(organisationId));
    }
}
