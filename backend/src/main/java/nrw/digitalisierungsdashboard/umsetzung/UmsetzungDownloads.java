package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Herkunft;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Umsetzungsstand of one Kommune (a row per Leistung), of one Leistung (a row per responsible Kommune, the whole
 * filtered list) and a Kommune's Basiskomponenten as CSV and XLSX (see {@link UmsetzungResource}).
 */
@Path("/api/v1")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class UmsetzungDownloads {

    private final UmsetzungsstandService service;
    private final AnschlussService anschluesse;
    private final Downloads downloads;

    public UmsetzungDownloads(UmsetzungsstandService service, AnschlussService anschluesse, Downloads downloads) {
        this.service = service;
        this.anschluesse = anschluesse;
        this.downloads = downloads;
    }

    @GET
    @Path("/kommunen/{ags}/umsetzungsstand")
    @Operation(hidden = true)
    public Response kommuneStand(@PathParam("ags") String ags, @QueryParam("reifegradMin") String reifegradMin) {
        UmsetzungModelle.KommuneUmsetzungsstand stand = service.kommuneStand(ags, reifegradMin);
        return downloads.tabelle(
                "kommune-" + stand.kommune().ags() + "-umsetzungsstand",
                Datensatz.UMSETZUNGSSTAND,
                Tabelle.aus(UmsetzungModelle.Umsetzungseintrag.class),
                stand.leistungen(),
                Herkunft.angaben(stand));
    }

    @GET
    @Path("/kommunen/{ags}/basiskomponenten")
    @Operation(hidden = true)
    public Response basiskomponenten(@PathParam("ags") String ags) {
        UmsetzungModelle.KommuneBasiskomponenten b = anschluesse.basiskomponenten(ags);
        return downloads.tabelle(
                "kommune-" + b.kommune().ags() + "-basiskomponenten",
                Datensatz.BASISKOMPONENTEN_ANSCHLUESSE,
                Tabelle.aus(UmsetzungModelle.BasiskomponenteAnschluss.class),
                b.anschluesse(),
                Herkunft.angaben(b));
    }

    @GET
    @Path("/leistungen/{ozgId}/umsetzungsstand")
    @Operation(hidden = true)
    public Response leistungStand(
            @PathParam("ozgId") String ozgId,
            @QueryParam("reifegradMin") String reifegradMin,
            @QueryParam("kreis") String kreis,
            @QueryParam("regierungsbezirk") String regierungsbezirk,
            @QueryParam("status") String status) {
        UmsetzungModelle.LeistungUmsetzungsstand erste =
                service.leistungStand(ozgId, reifegradMin, kreis, regierungsbezirk, status, PageRequest.of(0, 1));
        return downloads.liste(
                "leistung-" + erste.ozgId() + "-umsetzungsstand",
                Datensatz.UMSETZUNGSSTAND,
                Tabelle.aus(UmsetzungModelle.LeistungUmsetzungKommune.class),
                p -> service.leistungStand(ozgId, reifegradMin, kreis, regierungsbezirk, status, p)
                        .kommunen(),
                Herkunft.angaben(erste));
    }
}
