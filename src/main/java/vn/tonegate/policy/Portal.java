package vn.tonegate.policy;

import java.time.Instant;

/**
 * A portal whose publishing tonegate gates.
 *
 * @param secret  its Standard Webhooks secret, {@code whsec_<base64>}: the CMS signs with it
 * @param version how many times its policy or secret were set, counting from 1 at creation
 */
public record Portal(String id, String name, String secret, Policy policy, Instant createdAt, long version) {
}
