package org.kith.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.kith.api.problem.ProblemDetail;

/**
 * Completes what every module's annotations would otherwise repeat on each operation: the problem
 * schema on every error answer, the answers every secured call can give (401, 403, 500), and an
 * operation id that names the resource as well as the method, so ids stay unique in a module and
 * across the merged document. Runs at build time, when the plugin generates the document.
 */
public class ContractFilter implements OASFilter {
  static final String PROBLEM = "Problem";
  static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

  /** Answers any secured operation can give, whatever it does. */
  private static final Map<String, String> COMMON_ERRORS =
      Map.of(
          "401", "No or an invalid bearer token (UNAUTHENTICATED)",
          "403", "The token's role may not make this call (FORBIDDEN)",
          "500", "An unexpected failure (INTERNAL_ERROR); the detail names no data");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(PROBLEM, ProblemSchema.create());
    boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      if (item.getOperations() == null) {
        continue;
      }
      for (Operation operation : item.getOperations().values()) {
        operation.setOperationId(operationId(operation.getOperationId()));
        boolean secured =
            operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
        complete(operation, secured);
      }
    }
  }

  private static void complete(Operation operation, boolean secured) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    if (secured) {
      COMMON_ERRORS.forEach(
          (status, description) -> {
            if (!responses.hasAPIResponse(status)) {
              responses.addAPIResponse(
                  status, OASFactory.createAPIResponse().description(description));
            }
          });
    }
    for (Map.Entry<String, APIResponse> entry :
        new LinkedHashMap<>(responses.getAPIResponses()).entrySet()) {
      if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
        answerProblem(entry.getValue());
      } else if (entry.getValue().getContent() != null) {
        // A resource that also produces problem+json lists it with its success types.
        entry.getValue().getContent().removeMediaType(ProblemDetail.MEDIA_TYPE);
      }
    }
  }

  /** Errors are answered as problem details, also where an operation's success has another type. */
  private static void answerProblem(APIResponse response) {
    Content content = response.getContent();
    if (content == null) {
      content = OASFactory.createContent();
      response.setContent(content);
    }
    List<String> others = new ArrayList<>(content.getMediaTypes().keySet());
    for (String mediaType : others) {
      if (!mediaType.equals(ProblemDetail.MEDIA_TYPE)) {
        content.removeMediaType(mediaType);
      }
    }
    content.addMediaType(
        ProblemDetail.MEDIA_TYPE,
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    if (response.getDescription() == null || response.getDescription().isBlank()) {
      response.setDescription("A problem detail with a stable code");
    }
  }

  /**
   * The plugin's CLASS_METHOD strategy names an operation {@code PatientsResource_create}; this
   * makes it {@code patientsCreate}, and a method named like its resource just that name ({@code
   * IdentifyResource_identify} becomes {@code identify}). An id given in {@code @Operation} is
   * kept.
   */
  static String operationId(String generated) {
    if (generated == null || !generated.contains("_")) {
      return generated;
    }
    String type = generated.substring(0, generated.indexOf('_'));
    String method = generated.substring(generated.indexOf('_') + 1);
    String stem = type.endsWith("Resource") ? type.substring(0, type.length() - 8) : type;
    String lowerStem = stem.substring(0, 1).toLowerCase(Locale.ROOT) + stem.substring(1);
    if (method.toLowerCase(Locale.ROOT).startsWith(lowerStem.toLowerCase(Locale.ROOT))) {
      return method;
    }
    return lowerStem + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
  }
}
