package io.riskwise.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. {@code @RolesAllowed} on resources is enforced by Jersey's roles
 * filter; who may see which record is decided again inside each facade.
 */
@ApplicationPath("api")
// The names of identity's Role values, as web.xml also lists them (RolesTest keeps them equal).
@DeclareRoles({"APPRENTICE", "ASSESSOR", "IQA", "CENTRE_ADMIN", "EQA"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Riskwise API",
            version = "1",
            description =
                "Portfolio and assessment API. Get a token from POST /api/auth/token and send it as"
                    + " 'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {}
