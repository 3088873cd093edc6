package org.kith.api.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schema of {@link org.kith.api.problem.ProblemDetail}, written out because the record lives in
 * platform-api, which the modules' annotation scan does not read.
 */
final class ProblemSchema {
  private ProblemSchema() {}

  static Schema create() {
    Schema violation =
        OASFactory.createSchema()
            .type(List.of(SchemaType.OBJECT))
            .addProperty("field", string("The offending field, e.g. pseudonym"))
            .addProperty("message", string("What is wrong with it"))
            .required(List.of("field", "message"));
    return OASFactory.createSchema()
        .type(List.of(SchemaType.OBJECT))
        .description("An RFC 9457 problem detail; `code` is stable and documented per operation")
        .addProperty("type", string("A URI naming the problem type").format("uri"))
        .addProperty("title", string("A short summary of the problem type"))
        .addProperty(
            "status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32"))
        .addProperty("detail", string("What went wrong in this occurrence"))
        .addProperty("instance", string("The request path"))
        .addProperty("code", string("Kith's stable error code").example("NOT_FOUND"))
        .addProperty(
            "violations",
            OASFactory.createSchema()
                .type(List.of(SchemaType.ARRAY))
                .description("For VALIDATION_FAILED: each invalid field")
                .items(violation))
        .required(List.of("type", "title", "status", "code"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(List.of(SchemaType.STRING)).description(description);
  }
}
