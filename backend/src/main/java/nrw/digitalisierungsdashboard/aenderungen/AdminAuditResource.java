package nrw.digitalisierungsdashboard.aenderungen;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rolle.Namen.ADMIN)
@Tag(name = "Administration")
public class AdminAuditResource {

    private final AuditService service;

    public AdminAuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listAudit",
            summary = "Vollständiger Audit-Trail",
            description =
                    "Alle Änderungen mit Akteur und vollständigem Vorher/Nachher, auch an Konten und Tokens. Nur ADMIN.")
    public Page<AuditEintrag> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @QueryParam("entitaet") String entitaet,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @QueryParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("seit")
                    String seit,
            @BeanParam PageRequest page) {
        return service.trail(entitaet, id, seit, page);
    }
}
