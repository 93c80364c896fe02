package nl.pmohub.shared.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * The problem responses of the API, declared once for the OpenAPI document instead of on every resource:
 * each operation gets the problem answers it can give (401/403 unless it needs no token, 500 always; 400 when it takes input; 404
 * when its path names something; 412/428 when it takes If-Match), and every 4xx/5xx answer that a
 * resource declares with its own, more precise description gets the problem+json body. Registered with
 * {@code mp.openapi.filter} in the api's microprofile-config.properties.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            operations.forEach((method, operation) -> describe(path, method, operation));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean takesInput = operation.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (takesInput || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            add(responses, "400", "Invalid input; `errors` names the offending fields");
        }
        boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (!open) {
            add(responses, "401", "No token, or a token of another realm or without the audience `pmohub-api`");
            add(responses, "403", "The token's roles do not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such organisation, or nothing of it with this id");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "Changed by someone else since it was read: read it again (new ETag) and repeat the change");
            add(responses, "428", "If-Match missing: send the ETag you read");
        }
        add(responses, "500", "Unexpected error; quote the problem's `correlationId`, which is also in the server log");
        responses.getAPIResponses().forEach((code, response) -> {
            if (isProblem(code) && response.getRef() == null && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(code, response);
        }
    }

    private static boolean isProblem(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
