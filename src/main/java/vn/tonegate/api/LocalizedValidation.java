package vn.tonegate.api;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ContextResolver;

import org.glassfish.jersey.server.validation.ValidationConfig;

/** Validation messages in the caller's language (Vietnamese unless Accept-Language prefers English). */
public class LocalizedValidation implements ContextResolver<ValidationConfig> {

    @Context
    HttpHeaders headers;

    /** Built once: bootstrapping the default interpolator is costly, and Jersey asks for this config often. */
    private volatile ValidationConfig config;

    @Override
    public ValidationConfig getContext(Class<?> type) {
        ValidationConfig c = config;
        if (c == null) {
            MessageInterpolator standard = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            c = new ValidationConfig().messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return standard.interpolate(template, context, locale());
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return standard.interpolate(template, context, locale);
                }
            });
            config = c;
        }
        return c;
    }

    private Locale locale() {
        try {
            return Messages.locale(headers);
        } catch (IllegalStateException outsideRequest) {
            return Locale.forLanguageTag("vi");
        }
    }
}
