package vn.tonegate.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

import jakarta.validation.Validation;
import jakarta.ws.rs.Path;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

import vn.tonegate.api.AuditResource;
import vn.tonegate.api.BodySizeLimit;
import vn.tonegate.api.ConsoleAuthentication;
import vn.tonegate.api.ErrorMappers;
import vn.tonegate.api.HealthResource;
import vn.tonegate.api.LocalizedValidation;
import vn.tonegate.api.RequireAuthentication;
import vn.tonegate.api.LexiconResource;
import vn.tonegate.api.ManifestResource;
import vn.tonegate.api.OpenApiResource;
import vn.tonegate.api.OverviewResource;
import vn.tonegate.api.PanelAuthentication;
import vn.tonegate.api.PortalResource;
import vn.tonegate.api.ScoreResource;
import vn.tonegate.api.SessionResource;
import vn.tonegate.api.WebhookSignature;

/** The JAX-RS application named in web.xml: builds the product once per deployment and closes it on undeploy. */
public class TonegateApplication extends ResourceConfig {

    /**
     * Jersey warns, for every resource registered as an instance, that it "does not implement any
     * provider interfaces" and "will be ignored", though it serves it (Jersey's issue 3700): nine
     * false alarms at every start. Only that warning, and only for a resource class, is dropped.
     * The logger is held here because java.util.logging keeps its loggers weakly, filter and all.
     */
    private static final Logger JERSEY_PROVIDERS = quietAboutResourceInstances(Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"));

    static Logger quietAboutResourceInstances(Logger logger) {
        Filter previous = logger.getFilter();
        logger.setFilter(entry -> !isResourceInstanceWarning(entry.getMessage()) && (previous == null || previous.isLoggable(entry)));
        return logger;
    }

    /** Jersey formats the message itself: "A provider vn.tonegate.api.ScoreResource registered in SERVER runtime does not …". */
    static boolean isResourceInstanceWarning(String message) {
        if (message == null || !message.contains("does not implement any provider interfaces")) {
            return false;
        }
        for (String word : message.split("\\s+")) {
            if (word.matches("[\\w$]+(\\.[\\w$]+)+") && isResource(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isResource(String className) {
        try {
            return Class.forName(className, false, TonegateApplication.class.getClassLoader()).isAnnotationPresent(Path.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public TonegateApplication() {
        this(Tonegate.start(Settings.fromEnvironment()));
    }

    public TonegateApplication(Tonegate tonegate) {
        property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, true);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        register(JacksonFeature.withoutExceptionMappers());
        register(Json.class);
        ErrorMappers.all().forEach(this::register);
        register(LocalizedValidation.class);
        register(new BodySizeLimit(BodySizeLimit.DEFAULT_LIMIT));
        register(new ConsoleAuthentication(tonegate.accounts(), tonegate.sessions()));
        register(new SessionResource(tonegate.accounts(), tonegate.sessions()));
        register(RequireAuthentication.class);
        register(RolesAllowedDynamicFeature.class);

        register(new HealthResource(tonegate.lexicon(), tonegate.database().engine()));
        register(new ScoreResource(tonegate.scorer()));
        register(new PanelAuthentication(tonegate.portals(), tonegate.clock()));
        register(new WebhookSignature(tonegate.portals(), tonegate.clock()));
        register(new PortalResource(tonegate.portals(), tonegate.gate(), tonegate.ledger(), Json.create()));
        register(new AuditResource(tonegate.audit()));
        register(new ManifestResource(tonegate.portals()));
        register(new LexiconResource(tonegate.lexicon(), tonegate.audit(), tonegate.clock(), Json.create(),
                Validation.buildDefaultValidatorFactory().getValidator()));
        register(new OverviewResource(tonegate.portals(), tonegate.gate()));
        register(new OpenApiResource());

        register(new ApplicationEventListener() {
            @Override
            public void onEvent(ApplicationEvent event) {
                if (event.getType() == ApplicationEvent.Type.DESTROY_FINISHED) {
                    tonegate.close();
                }
            }

            @Override
            public RequestEventListener onRequest(RequestEvent requestEvent) {
                return null;
            }
        });
    }
}
