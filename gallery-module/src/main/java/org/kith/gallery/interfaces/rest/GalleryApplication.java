package org.kith.gallery.interfaces.rest;

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
 * The gallery's REST API. Application-scoped because Payara only injects the caller's token into a
 * {@code @LoginConfig} application that is itself a CDI bean.
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
            title = "Kith gallery",
            version = "1",
            description = "Patients, known persons, consent, enrolment and identification"),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class GalleryApplication extends Application {}
