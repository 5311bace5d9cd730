package nrw.digitalisierungsdashboard.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open data catalogue for harvesting portals (GovData, Open.NRW, data.europa.eu). */
@Path("/api/v1/dcat")
@PermitAll
@Tag(name = "OpenData", description = "Offene Daten: DCAT-AP.de-Katalog, Massendateien")
public class DcatResource {

    private final DcatKatalog katalog;
    private final Downloads downloads;
    private final ObjectMapper json;

    public DcatResource(DcatKatalog katalog, Downloads downloads, ObjectMapper json) {
        this.katalog = katalog;
        this.downloads = downloads;
        this.json = json;
    }

    @GET
    @Produces({Formate.JSON_LD, Formate.TURTLE, Formate.RDF_XML, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getDcatKatalog",
            summary = "Katalog der offenen Daten (DCAT-AP.de)",
            description = "Jeder Datensatz mit Titel, Beschreibung, Herausgeber, contributorID, Lizenz (Vokabular von "
                    + "dcat-ap.de, MIT als SPDX-URI), Stand, Thema, Raumbezug NRW und seinen Distributionen (JSON, CSV, "
                    + "XLSX, Atom, Massendateien mit Größe und SHA-256). JSON-LD (Standard), Turtle (Accept: text/turtle "
                    + "bzw. format=turtle) oder RDF/XML (Accept: application/rdf+xml bzw. format=rdfxml). ETag und "
                    + "If-None-Match → 304.")
    @APIResponse(
            responseCode = "200",
            description = "Der Katalog",
            content = {
                @Content(mediaType = Formate.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = Formate.TURTLE, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Formate.RDF_XML, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "304", description = "Unverändert (If-None-Match passt zum ETag)")
    public Response get(@Context HttpHeaders headers, @Context Request request) {
        String format = format(headers);
        Rdf graph = katalog.graph(downloads.apiBasis());
        String text = switch (format) {
            case Formate.TURTLE -> graph.turtle();
            case Formate.RDF_XML -> graph.rdfXml();
            default -> graph.jsonLd(json);
        };
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        EntityTag etag = new EntityTag(sha256(body));
        Response.ResponseBuilder unveraendert = request.evaluatePreconditions(etag);
        if (unveraendert != null) {
            return unveraendert.header("Vary", "Accept").build();
        }
        return Response.ok(body, format + ";charset=UTF-8")
                .tag(etag)
                .header("Vary", "Accept")
                .build();
    }

    /** The first RDF syntax the client accepts (the list comes sorted by quality); JSON-LD for JSON and wildcards. */
    private static String format(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            String type = (m.getType() + "/" + m.getSubtype()).toLowerCase(java.util.Locale.ROOT);
            if (Formate.TURTLE.equals(type) || Formate.RDF_XML.equals(type)) {
                return type;
            }
            if (Formate.JSON_LD.equals(type) || MediaType.APPLICATION_JSON.equals(type) || m.isWildcardType()) {
                break;
            }
        }
        return Formate.JSON_LD;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
