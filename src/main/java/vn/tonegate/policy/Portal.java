package vn.tonegate.policy;

import java.time.Instant;

/**
 * A portal whose publishing tonegate gates.
 *
 * @param secret its Standard Webhooks secret, {@code whsec_<base64>}: the CMS signs with it
 */
public record Portal(String id, String name, String secret, Policy policy, Instant createdAt) {
}
