package vn.tonegate.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import vn.tonegate.policy.Portals;

/**
 * {@code GET /api/v1/portals/{id}/manifest}: the CMS plugin manifest of one portal, the
 * template of {@code plugin-manifest/} with this deployment's address and the portal filled in.
 */
@Path("v1/portals/{id}/manifest")
@Produces(MediaType.APPLICATION_JSON)
public class ManifestResource {

    static final String TEMPLATE = "/plugin-manifest/tonegate-plugin.json";

    private final Portals portals;
    private final String template;

    public ManifestResource(Portals portals) {
        this.portals = portals;
        try (InputStream in = ManifestResource.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the WAR lacks " + TEMPLATE);
            }
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @RolesAllowed({"admin", "webmaster"})
    public String manifest(@PathParam("id") String id, @Context UriInfo uri) {
        String portal = portals.get(id).id();
        // The API lives under <base>/api/; the manifest names the product's root.
        String base = uri.getBaseUri().toString().replaceFirst("api/?$", "");
        return template.replace("${baseUrl}", escape(base)).replace("${portal}", escape(portal));
    }

    private static String escape(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }
}
