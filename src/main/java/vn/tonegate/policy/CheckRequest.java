package vn.tonegate.policy;

import java.util.Optional;

import vn.tonegate.ledger.Channel;
import vn.tonegate.text.Draft;

/**
 * A CMS asking before it publishes.
 *
 * @param actor who asks, for the audit log: {@code cms:<portal>} for a signed request
 */
public record CheckRequest(String postId, Channel channel, Draft draft, Optional<OverrideClaim> override, String actor) {
}
