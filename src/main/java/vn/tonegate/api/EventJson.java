package vn.tonegate.api;

import java.time.Instant;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tonegate.ledger.Channel;
import vn.tonegate.policy.EventType;
import vn.tonegate.policy.PostEvent;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;

/** Body of {@code POST /api/v1/portals/{id}/events}. */
public record EventJson(
        @NotNull @Pattern(regexp = "published|updated|unpublished|deleted", message = "{tonegate.event.type}") String type,
        @NotBlank @Size(max = 200) String postId,
        @Size(max = 40) String reservation,
        Instant publishedAt,
        @Size(max = 1000, message = "{tonegate.title.size}") String title,
        @Size(max = 10_000, message = "{tonegate.sapo.size}") String sapo,
        String body,
        @Pattern(regexp = "text|html", message = "{tonegate.format}") String format,
        @Size(max = 2000) String url,
        @Pattern(regexp = "portal|facebook|zalo|youtube|tiktok|other", message = "{tonegate.channel}") String channel) {

    public PostEvent toEvent(String actor) {
        boolean hasText = !blank(title) || !blank(sapo) || !blank(body);
        Optional<Draft> draft = hasText ? Optional.of(new Draft(title, sapo, body, Format.parse(format))) : Optional.empty();
        return new PostEvent(EventType.parse(type), postId.strip(), Optional.ofNullable(reservation).filter(r -> !r.isBlank()),
                Optional.ofNullable(publishedAt), draft, title, url, channel == null ? null : Channel.parse(channel), actor);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
