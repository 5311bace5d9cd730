package nrw.digitalisierungsdashboard.fachamt;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The list of {@link Fachamt} as CSV and XLSX (see {@link FachamtResource}). */
@Path("/api/v1/fachaemter")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class FachamtDownloads {

    private final FachamtService service;
    private final Downloads downloads;

    public FachamtDownloads(FachamtService service, Downloads downloads) {
        this.service = service;
        this.downloads = downloads;
    }

    @GET
    @Operation(hidden = true)
    public Response list() {
        return downloads.liste(
                "fachaemter", Datensatz.STAMMDATEN, Tabelle.aus(Fachamt.class), p -> Page.slice(service.list(), p));
    }
}
