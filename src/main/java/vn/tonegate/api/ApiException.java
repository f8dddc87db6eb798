package vn.tonegate.api;

import java.util.List;

/**
 * An error a resource reports to the client: a status, a stable code, the message in
 * Vietnamese and English, and optional violations. Mapped to {@link ApiError} by
 * {@link ErrorMappers}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Messages.Text text;
    private final List<ApiError.Violation> violations;

    public ApiException(int status, String code, Messages.Text text, List<ApiError.Violation> violations) {
        super(code + ": " + text.en());
        this.status = status;
        this.code = code;
        this.text = text;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public ApiException(int status, String code, Messages.Text text) {
        this(status, code, text, List.of());
    }

    public static ApiException badRequest(String field, Messages.Text text) {
        return new ApiException(400, "validation_failed", Messages.VALIDATION_FAILED,
                List.of(new ApiError.Violation(field, text.vi() + " / " + text.en())));
    }

    public static ApiException notFound(Messages.Text text) {
        return new ApiException(404, "not_found", text);
    }

    public static ApiException conflict(Messages.Text text) {
        return new ApiException(409, "conflict", text);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Messages.Text text() {
        return text;
    }

    public List<ApiError.Violation> violations() {
        return violations;
    }
}
