package org.kith.recognition.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.api.security.Roles;
import org.kith.recognition.application.DefaultFaceRecognition;

/**
 * {@code POST /api/v1/analyses}: one image in the body, its faces out. Embeddings are biometric
 * data, so only the platform's own services may ask. The body is read up to the configured byte
 * limit and no further, so an oversized upload costs no more memory than the limit.
 */
@Path("/v1/analyses")
@RequestScoped
@Tag(name = "analyses")
public class AnalysesResource {
  @Inject DefaultFaceRecognition recognition;

  @POST
  @RolesAllowed(Roles.PLATFORM_SERVICE)
  @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Detect and analyse every face in an image",
      description =
          "Box, score, five alignment points, optional 468-point mesh, regions with visibility,"
              + " head pose, quality and (optionally) the embedding with its model.")
  @APIResponse(responseCode = "200", description = "The analysis; no faces is not an error")
  @APIResponse(responseCode = "400", description = "IMAGE_MISSING or IMAGE_TRUNCATED")
  @APIResponse(responseCode = "413", description = "IMAGE_TOO_LARGE or IMAGE_TOO_MANY_PIXELS")
  @APIResponse(responseCode = "415", description = "IMAGE_NOT_AN_IMAGE")
  public FaceAnalysis analyze(
      InputStream body,
      @Parameter(description = "At most this many faces, largest first (1..100)")
          @QueryParam("maxFaces")
          @DefaultValue("10")
          int maxFaces,
      @Parameter(description = "Add the 468-point mesh to each face")
          @QueryParam("landmarks")
          @DefaultValue("false")
          boolean landmarks,
      @Parameter(description = "Add each face's embedding")
          @QueryParam("embeddings")
          @DefaultValue("true")
          boolean embeddings,
      @Parameter(
              description =
                  "Follow these faces of the previous frame instead of detecting: one value per"
                      + " face, x,y,width,height,leftEyeX,leftEyeY,rightEyeX,rightEyeY; the answer"
                      + " has one face per value, in order, score below 0.5 meaning lost")
          @QueryParam(FaceRecognition.FOLLOW_PARAMETER)
          List<String> follow) {
    if (maxFaces < 1 || maxFaces > 100) {
      throw InvalidRequestException.of("maxFaces", "must be between 1 and 100");
    }
    List<FaceHint> hints = hints(follow, maxFaces);
    byte[] image = readLimited(body, recognition.limits().maxBytes());
    AnalysisOptions options = new AnalysisOptions(maxFaces, landmarks, embeddings);
    return hints.isEmpty()
        ? recognition.analyze(image, options)
        : recognition.follow(image, hints, options);
  }

  private static List<FaceHint> hints(List<String> follow, int maxFaces) {
    if (follow == null || follow.isEmpty()) {
      return List.of();
    }
    if (follow.size() > maxFaces) {
      throw InvalidRequestException.of(
          FaceRecognition.FOLLOW_PARAMETER, "must name at most maxFaces faces");
    }
    List<FaceHint> hints = new ArrayList<>();
    for (String value : follow) {
      try {
        hints.add(FaceHint.parse(value));
      } catch (IllegalArgumentException e) {
        throw InvalidRequestException.of(FaceRecognition.FOLLOW_PARAMETER, e.getMessage());
      }
    }
    return hints;
  }

  static byte[] readLimited(InputStream body, long maxBytes) {
    if (body == null) {
      throw new ImageRejectedException(ImageErrors.IMAGE_MISSING, "the request has no body");
    }
    try {
      byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (data.length > maxBytes) {
        throw new ImageRejectedException(
            ImageErrors.IMAGE_TOO_LARGE, "the image is larger than " + maxBytes + " bytes");
      }
      return data;
    } catch (IOException e) {
      throw new ImageRejectedException(
          ImageErrors.IMAGE_TRUNCATED, "the request body could not be read to its end", e);
    }
  }
}
