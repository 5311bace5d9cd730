package nrw.digitalisierungsdashboard.referenzdaten;

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

/** The list of {@link Datenquelle} as CSV and XLSX (see {@link DatenquelleResource}). */
@Path("/api/v1/datenquellen")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class DatenquelleDownloads {

    private final DatenquelleService service;
    private final Downloads downloads;

    public DatenquelleDownloads(DatenquelleService service, Downloads downloads) {
        this.service = service;
        this.downloads = downloads;
    }

    @GET
    @Operation(hidden = true)
    public Response list() {
        return downloads.liste(
                "datenquellen",
                Datensatz.STAMMDATEN,
                Tabelle.aus(Datenquelle.class),
                p -> Page.slice(service.list(), p));
    }
}
