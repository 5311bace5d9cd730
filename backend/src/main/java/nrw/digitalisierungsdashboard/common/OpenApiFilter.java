package nrw.digitalisierungsdashboard.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Adds the shared problem responses to every operation, so the generated document states the error contract
 * once per kind instead of in every resource: 400 where a request has parameters or a body, 404 where a path
 * addresses a resource, 500 everywhere.
 */
public class OpenApiFilter implements OASFilter {

    static final Map<String, String> RESPONSES = Map.of(
            "BadRequest", "Ungültige Anfrage: ein Parameter oder Feld ist falsch; errors nennt jeden und warum.",
            "NotFound", "Nicht gefunden: unter diesem Schlüssel gibt es keine Ressource.",
            "InternalError", "Interner Fehler; detail nennt eine Fehlerkennung, nie Interna.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        for (Map.Entry<String, String> e : RESPONSES.entrySet()) {
            components.addResponse(e.getKey(), OASFactory.createAPIResponse()
                    .description(e.getValue())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            for (Operation op : operations.values()) {
                boolean hasInput = op.getRequestBody() != null
                        || (op.getParameters() != null && !op.getParameters().isEmpty());
                boolean addressesResource = path.getKey().contains("{")
                        || (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH));
                if (hasInput) {
                    addRef(op, "400", "BadRequest");
                }
                if (addressesResource) {
                    addRef(op, "404", "NotFound");
                }
                addRef(op, "500", "InternalError");
            }
        }
    }

    private static void addRef(Operation op, String status, String name) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        if (op.getResponses().getAPIResponse(status) == null) {
            APIResponse ref = OASFactory.createAPIResponse().ref(name);
            op.getResponses().addAPIResponse(status, ref);
        }
    }
}
