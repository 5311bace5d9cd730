package nrw.digitalisierungsdashboard.basiskomponente;

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

/** The list of {@link Basiskomponente} as CSV and XLSX (see {@link BasiskomponenteResource}). */
@Path("/api/v1/basiskomponenten")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class BasiskomponenteDownloads {

    private final BasiskomponenteService service;
    private final Downloads downloads;

    public BasiskomponenteDownloads(BasiskomponenteService service, Downloads downloads) {
        this.service = service;
        this.downloads = downloads;
    }

    @GET
    @Operation(hidden = true)
    public Response list() {
        return downloads.liste(
                "basiskomponenten",
                Datensatz.STAMMDATEN,
                Tabelle.aus(Basiskomponente.class),
                p -> Page.slice(service.list(), p));
    }
}
