package vn.tonegate.policy;

import java.time.Instant;
import java.util.Optional;

import vn.tonegate.ledger.Channel;
import vn.tonegate.text.Draft;

/**
 * A CMS event about one post.
 *
 * @param reservation the id a check answered with, if there was one
 * @param publishedAt when it went live; now when absent
 * @param draft       the text as published, when sent; it is scored afresh
 */
public record PostEvent(EventType type, String postId, Optional<String> reservation, Optional<Instant> publishedAt,
                        Optional<Draft> draft, String title, String url, Channel channel, String actor) {
}
