package vn.tonegate.app;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import vn.tonegate.api.HealthResource;

/** The JAX-RS application named in web.xml; builds the product once per deployment. */
public class TonegateApplication extends ResourceConfig {

    public TonegateApplication() {
        property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, true);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        register(new HealthResource());
    }
}
