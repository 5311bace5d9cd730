package nrw.digitalisierungsdashboard.aenderungen;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.PublicConfig;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The change log as an Atom feed, CSV and XLSX (documented with {@link AenderungResource}). */
@Path("/api/v1")
@PermitAll
public class AenderungDownloads {

    private final AuditService service;
    private final AenderungFeed feed;
    private final Downloads downloads;
    private final PublicConfig adressen;

    public AenderungDownloads(AuditService service, AenderungFeed feed, Downloads downloads, PublicConfig adressen) {
        this.service = service;
        this.feed = feed;
        this.downloads = downloads;
        this.adressen = adressen;
    }

    @GET
    @Path("/aenderungen")
    @Produces({Formate.CSV, Formate.XLSX})
    @Operation(hidden = true)
    public Response tabelle(@BeanParam AenderungFilter f) {
        return downloads.liste(
                "aenderungen",
                Datensatz.AENDERUNGEN,
                Tabelle.aus(Aenderung.class),
                p -> service.feed(f.entitaet, f.id, f.seit, f.kommune, p));
    }

    /** One page of the feed (newest first, size as in JSON), with rel=next; ETag and Last-Modified answer 304. */
    @GET
    @Path("/aenderungen")
    @Produces(Formate.ATOM)
    @Operation(hidden = true)
    public Response atom(
            @BeanParam AenderungFilter f, @BeanParam PageRequest page, @Context UriInfo uri, @Context Request request) {
        Page<Aenderung> seite = service.feed(f.entitaet, f.id, f.seit, f.kommune, page);
        String api = downloads.apiBasis();
        String self = api + "/" + uri.getBaseUri().relativize(uri.getRequestUri());
        String next = (long) (seite.page() + 1) * seite.size() < seite.total()
                ? api + "/"
                        + uri.getBaseUri()
                                .relativize(uri.getRequestUriBuilder()
                                        .replaceQueryParam("page", seite.page() + 1)
                                        .build())
                : null;
        String spa = adressen.spaUrl().replaceAll("/+$", "");
        byte[] xml = feed.schreibe(
                seite,
                service.stand().letzteAenderung(),
                beschreibung(f),
                new AenderungFeed.Adressen(self, next, spa, api));
        EntityTag etag = new EntityTag(sha256(xml));
        Date lastModified = seite.items().isEmpty()
                ? null
                : Date.from(seite.items().get(0).zeitpunkt().toInstant());
        Response.ResponseBuilder notModified = lastModified == null
                ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(lastModified, etag);
        if (notModified != null) {
            return notModified.build();
        }
        Response.ResponseBuilder ok =
                Response.ok(xml, Formate.ATOM + ";charset=UTF-8").tag(etag);
        return (lastModified == null ? ok : ok.lastModified(lastModified)).build();
    }

    private static String beschreibung(AenderungFilter f) {
        StringBuilder b = new StringBuilder();
        if (f.kommune != null && !f.kommune.isBlank()) {
            b.append(" – Kommune ").append(f.kommune.trim());
        }
        if (f.entitaet != null && !f.entitaet.isBlank()) {
            b.append(" – ").append(f.entitaet.trim());
        }
        if (f.id != null && !f.id.isBlank()) {
            b.append(' ').append(f.id.trim());
        }
        return b.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
