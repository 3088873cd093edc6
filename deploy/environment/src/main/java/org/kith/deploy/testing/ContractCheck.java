package org.kith.deploy.testing;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OpenAPI document the way a client generator does (swagger-parser) and lists what is
 * wrong with it as a contract: every message the parser has (it does not tell errors from warnings,
 * so all count), and what Kith promises on top: every operation has a unique id, a tag, a success
 * answer, and every error answer is an {@code application/problem+json} problem.
 */
public final class ContractCheck {
  private static final String PROBLEM_JSON = "application/problem+json";

  private final SwaggerParseResult result;

  private ContractCheck(SwaggerParseResult result) {
    this.result = result;
  }

  public static ContractCheck of(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new ContractCheck(new OpenAPIParser().readContents(document, null, options));
  }

  /**
   * Checks the document the build generated into a module (its {@code resource}, read from the
   * class path as a client would fetch it): no swagger-parser message, at least one operation,
   * Kith's rules kept, and the module's context root as its server. Prints the counts.
   *
   * @throws AssertionError naming everything that is wrong
   */
  public static void verifyBuilt(ClassLoader loader, String resource, String module) {
    String text;
    try (java.io.InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(module + ": no generated document at " + resource);
      }
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError(module + ": the generated document cannot be read", e);
    }
    ContractCheck check = of(text);
    List<String> wrong = new ArrayList<>(check.parserMessages());
    System.out.println(module + ": swagger-parser messages: " + wrong.size());
    if (check.document() != null) {
      System.out.println(module + ": " + check.operations().size() + " operations");
      if (check.operations().isEmpty()) {
        wrong.add("no operation documented");
      }
      wrong.addAll(check.contractGaps());
      String server =
          check.document().getServers() == null || check.document().getServers().isEmpty()
              ? null
              : check.document().getServers().get(0).getUrl();
      if (!("/" + module).equals(server)) {
        wrong.add("server is " + server + ", not /" + module);
      }
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError(module + ": " + String.join("; ", wrong));
    }
  }

  /** What swagger-parser reports, errors and warnings together. */
  public List<String> parserMessages() {
    List<String> messages = new ArrayList<>();
    if (result.getMessages() != null) {
      messages.addAll(result.getMessages());
    }
    if (result.getOpenAPI() == null) {
      messages.add("the document could not be read");
    }
    return messages;
  }

  public OpenAPI document() {
    return result.getOpenAPI();
  }

  /** Kith's own rules, beyond what the parser checks. */
  public List<String> contractGaps() {
    List<String> gaps = new ArrayList<>();
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      return List.of("no document");
    }
    if (!api.getOpenapi().startsWith("3.1")) {
      gaps.add("OpenAPI " + api.getOpenapi() + ", not 3.1");
    }
    if (api.getServers() == null || api.getServers().isEmpty()) {
      gaps.add("no servers");
    }
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        String where = entry.getKey() + " " + path.getKey();
        Operation operation = entry.getValue();
        if (operation.getOperationId() == null) {
          gaps.add(where + ": no operationId");
        } else if (!ids.add(operation.getOperationId())) {
          gaps.add(where + ": operationId " + operation.getOperationId() + " repeated");
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
          gaps.add(where + ": no tag");
        }
        if (operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("2"))) {
          gaps.add(where + ": no success answer");
        }
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
          boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
          Content content = response.getValue().getContent();
          if (error && (content == null || !content.containsKey(PROBLEM_JSON))) {
            gaps.add(where + " " + response.getKey() + ": not a problem+json answer");
          }
          if (!error && content != null && content.containsKey(PROBLEM_JSON)) {
            gaps.add(where + " " + response.getKey() + ": a success answered as a problem");
          }
        }
      }
    }
    return gaps;
  }

  /** Every documented operation as "METHOD path", for counting replays against. */
  public List<String> operations() {
    List<String> operations = new ArrayList<>();
    result
        .getOpenAPI()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> operations.add(method + " " + path)));
    return operations;
  }
}
