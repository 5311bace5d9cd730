package nrw.digitalisierungsdashboard.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationTyp", description = "Art der Organisation.")
public enum OrganisationTyp {
    IT_DIENSTLEISTER,
    KOMMUNE,
    KOMMUNALER_DACHVERBAND,
    LANDESEINRICHTUNG,
    LANDESMINISTERIUM,
    KOMMUNALER_SPITZENVERBAND
}
