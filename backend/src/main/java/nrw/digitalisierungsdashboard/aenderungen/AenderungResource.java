package nrw.digitalisierungsdashboard.aenderungen;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PublicRead
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Änderungen", description = "Öffentliches Änderungsprotokoll")
public class AenderungResource {

    private final AuditService service;

    public AenderungResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Path("/aenderungen")
    @Operation(
            operationId = "listAenderungen",
            summary = "Öffentliches Änderungsprotokoll",
            description =
                    "Jede Änderung an öffentlichen Einträgen, neueste zuerst: was sich wann an welchem Eintrag geändert hat. "
                            + "Wer geändert hat und Personendaten stehen nur im Audit-Trail für Administratoren.")
    public Page<Aenderung> feed(
            @Parameter(
                            description = "Art des Eintrags, z. B. LEISTUNG, KOMMUNE, PROJEKT",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("entitaet")
                    String entitaet,
            @Parameter(
                            description = "Nur Änderungen an diesem Eintrag (Schlüssel)",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("id")
                    String id,
            @Parameter(
                            description = "Nur Änderungen ab diesem Zeitpunkt (ISO 8601)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("seit")
                    String seit,
            @BeanParam PageRequest page) {
        return service.feed(entitaet, id, seit, page);
    }

    @GET
    @Path("/stand")
    @Operation(
            operationId = "getStand",
            summary = "Stand der Daten",
            description = "Für die Angabe „Stand: …“ im Dashboard.")
    public Stand stand() {
        return service.stand();
    }
}
