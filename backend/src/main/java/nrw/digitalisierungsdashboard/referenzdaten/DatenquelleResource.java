package nrw.digitalisierungsdashboard.referenzdaten;

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
@Path("/api/v1/datenquellen")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Über die Daten")
public class DatenquelleResource {

    private final DatenquelleService service;

    public DatenquelleResource(DatenquelleService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listDatenquellen",
            summary = "Quellen, Lizenzen und Namensnennung",
            description =
                    "Jede Quelle mit Stand, Lizenz, Namensnennung, Einschränkungen und den daraus abgeleiteten Angaben.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Datenquelle> list(@BeanParam PageRequest page) {
        return Page.slice(service.list(), page);
    }
}
