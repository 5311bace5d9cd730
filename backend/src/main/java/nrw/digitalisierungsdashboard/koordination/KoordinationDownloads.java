package nrw.digitalisierungsdashboard.koordination;

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

/** Gremien, Koordination and Ansprechstellen as CSV and XLSX (see {@link KoordinationResource}). */
@Path("/api/v1")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class KoordinationDownloads {

    private final KoordinationService service;
    private final Downloads downloads;

    public KoordinationDownloads(KoordinationService service, Downloads downloads) {
        this.service = service;
        this.downloads = downloads;
    }

    @GET
    @Path("/gremien")
    @Operation(hidden = true)
    public Response gremien() {
        return downloads.liste(
                "gremien",
                Datensatz.KOORDINATION,
                Tabelle.aus(KoordinationModelle.Gremium.class),
                p -> Page.slice(service.gremien(), p));
    }

    @GET
    @Path("/koordination")
    @Operation(hidden = true)
    public Response koordination() {
        return downloads.liste(
                "koordination",
                Datensatz.KOORDINATION,
                Tabelle.aus(KoordinationModelle.Koordination.class),
                p -> Page.slice(service.koordination(), p));
    }

    @GET
    @Path("/ansprechstellen")
    @Operation(hidden = true)
    public Response ansprechstellen() {
        return downloads.liste(
                "ansprechstellen",
                Datensatz.KOORDINATION,
                Tabelle.aus(KoordinationModelle.Ansprechstelle.class),
                p -> Page.slice(service.ansprechstellen(), p));
    }
}
