package vn.tonegate.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tonegate.policy.Portal;

/** A portal as the console sees it; the secret only for those who configure the CMS. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortalJson(String id, String name, String secret, PolicyJson policy, Instant createdAt) {

    public static PortalJson of(Portal p, boolean withSecret) {
        return new PortalJson(p.id(), p.name(), withSecret ? p.secret() : null, PolicyJson.of(p.policy()), p.createdAt());
    }
}
