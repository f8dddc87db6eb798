package vn.tonegate.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import vn.tonegate.policy.GateException;

/**
 * Every failure becomes {@link ApiError} JSON with the right status. A 500 is a bug: it is
 * logged with its stack trace and the client gets a generic message.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** The mapper classes, for registration by the application. */
    public static List<Class<?>> all() {
        return List.of(ApiExceptionMapper.class, GateMapper.class, ValidationMapper.class, JsonMapper.class,
                WebApplicationMapper.class, FallbackMapper.class);
    }

    static Response response(int status, String code, String message, List<ApiError.Violation> violations) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message, violations))
                .build();
    }

    /**
     * Scripts get the Basic challenge; the product's own pages (which send X-Requested-With) do
     * not, so the browser shows their sign-in form instead of its native dialog.
     */
    static Response withChallenge(Response r, HttpHeaders headers) {
        if (headers != null && headers.getHeaderString("X-Requested-With") != null) {
            return r;
        }
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tonegate\", charset=\"UTF-8\"").build();
    }

    @Priority(1)
    public static class ApiExceptionMapper implements ExceptionMapper<ApiException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ApiException e) {
            Response r = response(e.status(), e.code(), e.text().in(Messages.locale(headers)), e.violations());
            return e.status() == 401 ? withChallenge(r, headers) : r;
        }
    }

    /** The gate's refusals: the kind decides the status, the gate's own words the message. */
    @Priority(1)
    public static class GateMapper implements ExceptionMapper<GateException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(GateException e) {
            int status = switch (e.kind()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case FORBIDDEN -> 403;
                case INVALID -> 400;
            };
            String message = "en".equals(Messages.locale(headers).getLanguage()) ? e.en() : e.vi();
            List<ApiError.Violation> violations = e.field() == null ? List.of() : List.of(new ApiError.Violation(e.field(), message));
            return response(status, e.code(), message, violations);
        }
    }

    @Priority(1)
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = Messages.locale(headers);
            List<ApiError.Violation> violations = new ArrayList<>();
            Set<ConstraintViolation<?>> all = e.getConstraintViolations();
            for (ConstraintViolation<?> v : all) {
                violations.add(new ApiError.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
            }
            violations.sort(Comparator.comparing(ApiError.Violation::field).thenComparing(ApiError.Violation::message));
            if (violations.stream().anyMatch(v -> v.field().isEmpty())) {
                // a null body: the parameter itself is the violated node
                return response(400, "validation_failed", Messages.MISSING_BODY.in(locale), List.of(new ApiError.Violation("body", Messages.MISSING_BODY.in(locale))));
            }
            return response(400, "validation_failed", Messages.VALIDATION_FAILED.in(locale), violations);
        }

        /** "score.request.title" -> "title": the method and parameter nodes mean nothing to a client. */
        static String fieldOf(Path path) {
            StringBuilder field = new StringBuilder();
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                        || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                    continue;
                }
                if (node.getName() == null) {
                    continue;
                }
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
            return field.toString();
        }
    }

    /** Unparseable JSON, or a value of the wrong type, is the client's mistake: 400 naming the field. */
    @Priority(1)
    public static class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonProcessingException e) {
            Locale locale = Messages.locale(headers);
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = fieldOf(mapping.getPath());
                Messages.Text text = e instanceof MismatchedInputException ? Messages.WRONG_TYPE : Messages.VALIDATION_FAILED;
                return response(400, "validation_failed", Messages.VALIDATION_FAILED.in(locale),
                        List.of(new ApiError.Violation(field, text.in(locale))));
            }
            if (e instanceof MismatchedInputException) {
                return response(400, "invalid_json", Messages.WRONG_TYPE.in(locale), List.of());
            }
            return response(400, "invalid_json", Messages.INVALID_JSON.in(locale), List.of());
        }

        static String fieldOf(List<JsonMappingException.Reference> path) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : path) {
                if (ref.getFieldName() != null) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return field.toString();
        }
    }

    /** Jersey's own errors (404, 405, 406, 415, 413 …) in our shape. */
    @Priority(1)
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Locale locale = Messages.locale(headers);
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "server error", e);
                return response(500, "internal_error", Messages.INTERNAL.in(locale), List.of());
            }
            Response r = switch (status) {
                case 400 -> response(400, "bad_request", e.getCause() instanceof JsonProcessingException
                        ? Messages.INVALID_JSON.in(locale) : Messages.VALIDATION_FAILED.in(locale), List.of());
                case 401 -> response(401, "unauthenticated", Messages.UNAUTHENTICATED.in(locale), List.of());
                case 403 -> response(403, "forbidden", Messages.FORBIDDEN.in(locale), List.of());
                case 404 -> response(404, "not_found", Messages.NOT_FOUND.in(locale), List.of());
                case 405 -> response(405, "method_not_allowed", Messages.METHOD_NOT_ALLOWED.in(locale), List.of());
                case 406 -> response(406, "not_acceptable", Messages.NOT_ACCEPTABLE.in(locale), List.of());
                case 413 -> response(413, "too_large", Messages.TOO_LARGE.in(locale), List.of());
                case 415 -> response(415, "unsupported_media_type", Messages.UNSUPPORTED_MEDIA_TYPE.in(locale), List.of());
                default -> response(status, "error", e.getMessage() == null ? "" : e.getMessage(), List.of());
            };
            if (status == 401) {
                return withChallenge(r, headers);
            }
            // keep headers such as Allow on a 405
            Response.ResponseBuilder b = Response.fromResponse(r);
            e.getResponse().getHeaders().forEach((k, v) -> {
                if (!k.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !k.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    v.forEach(x -> b.header(k, x));
                }
            });
            return b.build();
        }
    }

    /** Anything else is a bug. */
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "unhandled error", e);
            return response(500, "internal_error", Messages.INTERNAL.in(Messages.locale(headers)), List.of());
        }
    }
}
