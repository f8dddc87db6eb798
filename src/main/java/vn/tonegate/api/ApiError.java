package vn.tonegate.api;

import java.util.List;

/**
 * The one error shape every client sees:
 * {@code {"error": "<code>", "message": "<text>", "violations": [{"field", "message"}]}}.
 */
public record ApiError(String error, String message, List<Violation> violations) {

    public record Violation(String field, String message) {
    }

    public ApiError {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }
}
