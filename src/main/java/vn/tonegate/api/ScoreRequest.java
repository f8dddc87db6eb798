package vn.tonegate.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;

/** Body of {@code POST /api/v1/score}; at least one of title, sapo, body must be non-blank. */
@AnyText
public record ScoreRequest(
        @Size(max = 1000, message = "{tonegate.title.size}") String title,
        @Size(max = 10_000, message = "{tonegate.sapo.size}") String sapo,
        String body,
        @Pattern(regexp = "text|html", message = "{tonegate.format}") String format) implements AnyText.Draftable {

    public Draft toDraft() {
        return new Draft(title, sapo, body, Format.parse(format));
    }
}
