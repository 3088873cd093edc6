package org.kith.recognition.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.kith.api.security.Roles;

/**
 * The recognition module's internal REST API. Application-scoped because Payara only injects the
 * caller's token into a {@code @LoginConfig} application that is itself a CDI bean.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Roles.CLINICIAN,
  Roles.CLINIC_ADMIN,
  Roles.DEVICE,
  Roles.PLATFORM_ADMIN,
  Roles.PLATFORM_SERVICE
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Kith recognition",
            version = "1",
            description = "Face analysis for Kith's own services; embeddings are biometric data"),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RecognitionApplication extends Application {}
