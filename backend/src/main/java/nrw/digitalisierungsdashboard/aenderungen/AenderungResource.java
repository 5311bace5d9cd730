package nrw.digitalisierungsdashboard.aenderungen;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
                            + "Wer geändert hat und Personendaten stehen nur im Audit-Trail für Administratoren. Auch als "
                            + "Atom-Feed (Accept: application/atom+xml oder format=atom; dieselben Filter, seitenweise mit "
                            + "Link rel=next, stabile Eintrags-IDs, Links auf die Seite im Dashboard und die Ressource in der API).")
    @Extension(name = Formate.EXTENSION, value = "atom,csv,xlsx")
    public Page<Aenderung> feed(@BeanParam AenderungFilter filter, @BeanParam PageRequest page) {
        return service.feed(filter.entitaet, filter.id, filter.seit, filter.kommune, page);
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
