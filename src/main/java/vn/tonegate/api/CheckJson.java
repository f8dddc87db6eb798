package vn.tonegate.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tonegate.ledger.Channel;
import vn.tonegate.policy.CheckRequest;
import vn.tonegate.policy.OverrideClaim;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;

/** Body of {@code POST /api/v1/portals/{id}/checks}. */
@AnyText
public record CheckJson(
        @NotBlank @Size(max = 200) String postId,
        @Size(max = 1000, message = "{tonegate.title.size}") String title,
        @Size(max = 10_000, message = "{tonegate.sapo.size}") String sapo,
        String body,
        @Pattern(regexp = "text|html", message = "{tonegate.format}") String format,
        @Pattern(regexp = "portal|facebook|zalo|youtube|tiktok|other", message = "{tonegate.channel}") String channel,
        Instant scheduledAt,
        @Valid OverrideJson override) implements AnyText.Draftable {

    /** A request to publish over a block, asserted by the CMS for a named person in a role. */
    @Schema(name = "OverrideRequest", description = "publish over a block: who, in which role, and why")
    public record OverrideJson(@Size(max = 200) String by, @Size(max = 100) String role,
                               @Size(max = 2000) String justification) {
    }

    public CheckJson withOverride(OverrideJson replacement) {
        return new CheckJson(postId, title, sapo, body, format, channel, scheduledAt, replacement);
    }

    public CheckRequest toRequest(String actor) {
        return new CheckRequest(postId.strip(), Channel.parse(channel), new Draft(title, sapo, body, Format.parse(format)),
                Optional.ofNullable(override).map(o -> new OverrideClaim(o.by(), o.role(), o.justification())), actor);
    }
}
