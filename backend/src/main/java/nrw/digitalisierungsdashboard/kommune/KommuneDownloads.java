package nrw.digitalisierungsdashboard.kommune;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.aenderungen.Aenderung;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The Kommunen lists as CSV and XLSX (documented with the JSON operations of {@link KommuneResource}). */
@Path("/api/v1")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class KommuneDownloads {

    private final KommuneService service;
    private final AuditService audit;
    private final Downloads downloads;

    public KommuneDownloads(KommuneService service, AuditService audit, Downloads downloads) {
        this.service = service;
        this.audit = audit;
        this.downloads = downloads;
    }

    @GET
    @Path("/kommunen")
    @Operation(hidden = true)
    public Response kommunen(@BeanParam KommuneFilter filter) {
        return downloads.liste(
                "kommunen", Datensatz.KOMMUNEN, Tabelle.aus(KommuneSummary.class), p -> service.kommunen(filter, p));
    }

    @GET
    @Path("/regierungsbezirke")
    @Operation(hidden = true)
    public Response regierungsbezirke() {
        return downloads.liste(
                "regierungsbezirke",
                Datensatz.KOMMUNEN,
                Tabelle.aus(Regierungsbezirk.class),
                p -> Page.slice(service.regierungsbezirke(), p));
    }

    @GET
    @Path("/kreise")
    @Operation(hidden = true)
    public Response kreise(@QueryParam("regierungsbezirk") String regierungsbezirk, @QueryParam("typ") String typ) {
        return downloads.liste(
                "kreise",
                Datensatz.KOMMUNEN,
                Tabelle.aus(Kreis.class),
                p -> Page.slice(service.kreise(regierungsbezirk, typ), p));
    }

    @GET
    @Path("/groessenklassen")
    @Operation(hidden = true)
    public Response groessenklassen() {
        return downloads.liste(
                "groessenklassen",
                Datensatz.KOMMUNEN,
                Tabelle.aus(Groessenklasse.class),
                p -> Page.slice(service.groessenklassen(), p));
    }

    @GET
    @Path("/kommunen/{ags}/historie")
    @Operation(hidden = true)
    public Response historie(@PathParam("ags") String ags) {
        String key = service.kommune(ags).ags();
        return downloads.liste(
                "kommune-" + key + "-historie",
                Datensatz.AENDERUNGEN,
                Tabelle.aus(Aenderung.class),
                p -> audit.historie("KOMMUNE", key, p));
    }
}
