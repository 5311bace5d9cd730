package nrw.digitalisierungsdashboard.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The Organisationen as CSV and XLSX (see {@link OrganisationResource}). */
@Path("/api/v1")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class OrganisationDownloads {

    private final OrganisationService service;
    private final Downloads downloads;

    public OrganisationDownloads(OrganisationService service, Downloads downloads) {
        this.service = service;
        this.downloads = downloads;
    }

    @GET
    @Path("/organisationen")
    @Operation(hidden = true)
    public Response list(@QueryParam("typ") String typ, @QueryParam("q") String q, @QueryParam("sort") String sort) {
        return downloads.liste(
                "organisationen",
                Datensatz.ORGANISATIONEN,
                Tabelle.aus(Organisation.class),
                p -> service.list(typ, q, sort, p));
    }
}
