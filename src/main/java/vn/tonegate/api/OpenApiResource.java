package vn.tonegate.api;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code GET /api/openapi.json}: the OpenAPI description of the whole API, read from the
 * resource classes themselves at start, so it cannot drift from what is served.
 */
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    /** Every resource class of the API; the application registers these and the description reads them. */
    public static final List<Class<?>> RESOURCES = List.of(HealthResource.class, ScoreResource.class,
            PortalResource.class, ManifestResource.class, AuditResource.class, LexiconResource.class,
            OverviewResource.class, SessionResource.class, OpenApiResource.class);

    private final String json;

    public OpenApiResource() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("tonegate").version("1")
                        .description("Scores the tone of Vietnamese news drafts and gates publishing so a portal's "
                                + "share of negative items stays under 15 %. Errors are always "
                                + "{\"error\", \"message\", \"violations\": [{\"field\", \"message\"}]}. "
                                + "Signed endpoints (checks, events) take Standard Webhooks signatures: headers "
                                + "webhook-id, webhook-timestamp and webhook-signature, HMAC-SHA256 with the portal's "
                                + "whsec_ secret over '<id>.<timestamp>.<body>'.")
                        .license(new License().name("see the project")))
                .servers(List.of(new Server().url("/api")))
                .components(new Components()
                        .addSecuritySchemes("console", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a console account: admin, webmaster or supervisor"))
                        .addSecuritySchemes("webhook", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("webhook-signature")
                                .description("Standard Webhooks: v1,<base64 HMAC-SHA256>, with webhook-id and webhook-timestamp")));
        ModelConverters.getInstance().read(ApiError.class).forEach((name, schema) -> base.getComponents().addSchemas(name, schema));
        OpenAPI api = new Reader(base).read(new LinkedHashSet<>(RESOURCES));
        this.json = Json.pretty(api);
    }

    @GET
    public String openApi() {
        return json;
    }
}
