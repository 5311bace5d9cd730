package nrw.digitalisierungsdashboard.katalog;

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

/** The catalogue's lists as CSV and XLSX (documented with the JSON operations of {@link KatalogResource}). */
@Path("/api/v1")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class KatalogDownloads {

    private final KatalogService service;
    private final AuditService audit;
    private final Downloads downloads;

    public KatalogDownloads(KatalogService service, AuditService audit, Downloads downloads) {
        this.service = service;
        this.audit = audit;
        this.downloads = downloads;
    }

    @GET
    @Path("/themenfelder")
    @Operation(hidden = true)
    public Response themenfelder() {
        return downloads.liste(
                "themenfelder",
                Datensatz.KATALOG,
                Tabelle.aus(Themenfeld.class),
                p -> Page.slice(service.themenfelder(), p));
    }

    @GET
    @Path("/lagen")
    @Operation(hidden = true)
    public Response lagen(@QueryParam("themenfeld") String themenfeld) {
        return downloads.liste("lagen", Datensatz.KATALOG, Tabelle.aus(Lage.class), p -> service.lagen(themenfeld, p));
    }

    @GET
    @Path("/leistungen")
    @Operation(hidden = true)
    public Response leistungen(@BeanParam LeistungFilter filter) {
        return downloads.liste(
                "leistungen",
                Datensatz.KATALOG,
                Tabelle.aus(LeistungSummary.class),
                p -> service.leistungen(filter, p));
    }

    @GET
    @Path("/leistungen/{ozgId}/historie")
    @Operation(hidden = true)
    public Response historie(@PathParam("ozgId") String ozgId) {
        service.leistung(ozgId);
        return downloads.liste(
                "leistung-" + ozgId + "-historie",
                Datensatz.AENDERUNGEN,
                Tabelle.aus(Aenderung.class),
                p -> audit.historie("LEISTUNG", ozgId, p));
    }

    @GET
    @Path("/typisierungen")
    @Operation(hidden = true)
    public Response typisierungen() {
        return downloads.liste(
                "typisierungen",
                Datensatz.STAMMDATEN,
                Tabelle.aus(Typisierung.class),
                p -> Page.slice(service.typisierungen(), p));
    }
}
