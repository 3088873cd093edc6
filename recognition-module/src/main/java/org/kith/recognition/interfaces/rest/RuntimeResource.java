package org.kith.recognition.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.security.Roles;
import org.kith.recognition.infrastructure.onnx.InferenceRuntime;

/** The inference runtime of this instance, for operators and the platform's services. */
@Path("/v1/runtime")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runtime")
public class RuntimeResource {
  @Inject InferenceRuntime runtime;
  @Inject FaceRecognition recognition;

  @GET
  @RolesAllowed({Roles.PLATFORM_SERVICE, Roles.PLATFORM_ADMIN})
  @Operation(
      summary =
          "The ONNX Runtime version, execution provider, loaded models and the embedding model in use")
  public RuntimeRepresentation get() {
    return new RuntimeRepresentation(
        runtime.version(),
        runtime.executionProvider(),
        runtime.availableProviders().stream().map(Enum::name).sorted().toList(),
        runtime.models().stream().map(ModelRepresentation::of).toList(),
        EmbeddingModelRepresentation.of(recognition.embeddingModel()));
  }
}
