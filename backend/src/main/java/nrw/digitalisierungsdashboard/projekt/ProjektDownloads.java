package nrw.digitalisierungsdashboard.projekt;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.aenderungen.Aenderung;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import nrw.digitalisierungsdashboard.kommune.KommuneService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The project lists as CSV and XLSX (see {@link ProjektResource}). */
@Path("/api/v1")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class ProjektDownloads {

    private final ProjektAbfragen abfragen;
    private final KommuneService kommunen;
    private final Downloads downloads;

    public ProjektDownloads(ProjektAbfragen abfragen, KommuneService kommunen, Downloads downloads) {
        this.abfragen = abfragen;
        this.kommunen = kommunen;
        this.downloads = downloads;
    }

    @GET
    @Path("/projekte")
    @Operation(hidden = true)
    public Response list(@BeanParam ProjektFilter filter) {
        return downloads.liste(
                "projekte",
                Datensatz.PROJEKTE,
                Tabelle.aus(ProjektModelle.ProjektSummary.class),
                p -> abfragen.list(filter, p));
    }

    @GET
    @Path("/projekte/{id}/historie")
    @Operation(hidden = true)
    public Response historie(@PathParam("id") String id) {
        return downloads.liste(
                "projekt-" + id + "-historie",
                Datensatz.AENDERUNGEN,
                Tabelle.aus(Aenderung.class),
                p -> abfragen.historie(id, p));
    }

    @GET
    @Path("/organisationen/{id}/projekte")
    @Operation(hidden = true)
    public Response projekteDerOrganisation(@PathParam("id") String id, @QueryParam("rolle") String rolle) {
        return downloads.liste(
                "organisation-" + id + "-projekte",
                Datensatz.PROJEKTE,
                Tabelle.aus(ProjektModelle.ProjektSummary.class),
                p -> abfragen.derOrganisation(id, rolle, p));
    }

    @GET
    @Path("/kommunen/{ags}/projekte")
    @Operation(hidden = true)
    public Response projekteDerKommune(@PathParam("ags") String ags, @QueryParam("rolle") String rolle) {
        ProjektFilter f = new ProjektFilter();
        f.kommune = kommunen.kommune(ags).ags();
        f.rolle = rolle;
        return downloads.liste(
                "kommune-" + f.kommune + "-projekte",
                Datensatz.PROJEKTE,
                Tabelle.aus(ProjektModelle.ProjektSummary.class),
                p -> abfragen.list(f, p));
    }
}
