package vn.tonegate.policy;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import vn.tonegate.ledger.AuditLog;
import vn.tonegate.ledger.AuditRecord;
import vn.tonegate.ledger.Ledger;
import vn.tonegate.ledger.Transactions;

/**
 * Portals and their policies in the SQL store. Every signed request looks its portal up, so
 * lookups are cached for a few seconds: another node's new secret is accepted (and its old one
 * refused) within that time. Decisions do not wait for it: the gate compares the cached
 * {@link Portal#version()} with the one it reads under the portal's lock and reloads when they
 * differ (see {@link #forget}).
 */
public final class Portals {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions tx;
    private final Clock clock;
    private final LoadingCache<String, Optional<Portal>> cache;

    public Portals(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000)
                .build(id -> tx.read("read portal " + id, c -> load(c, id, false)));
    }

    public Optional<Portal> find(String id) {
        return cache.get(id);
    }

    /** Drops a cached portal that proved older than the store's; the next lookup reads it again. */
    public void forget(String id) {
        cache.invalidate(id);
    }

    public Portal get(String id) {
        return find(id).orElseThrow(() -> GateException.unknownPortal(id));
    }

    public List<Portal> list() {
        return tx.read("list portals", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM portal ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                List<Portal> out = new ArrayList<>();
                while (r.next()) {
                    out.add(portal(r));
                }
                return out;
            }
        });
    }

    /** Registers a portal with a fresh secret; 409 if the id is taken. */
    public Portal create(String id, String name, Policy policy, String actor) {
        // as the store keeps it, so the portal reads back as it was answered
        Portal portal = new Portal(id, name, newSecret(), policy, Ledger.stored(clock.instant()), 1);
        Portal created = tx.run("create portal " + id, c -> {
            if (load(c, id, false).isPresent()) {
                throw new GateException(GateException.Kind.CONFLICT, "portal_exists", "id",
                        "Mã cổng '" + id + "' đã được dùng.", "The portal id '" + id + "' is taken.");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO portal (id, name, secret, threshold, window_type, "
                    + "window_days, time_zone, mode, warn_margin, min_sample, override_roles, justification_min, "
                    + "reservation_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, name);
                s.setString(3, portal.secret());
                int i = bindPolicy(s, 4, policy);
                s.setObject(i, OffsetDateTime.ofInstant(portal.createdAt(), ZoneOffset.UTC));
                s.executeUpdate();
            }
            audit(c, actor, "portal_created", id, null, describe(portal));
            return portal;
        });
        cache.invalidate(id);
        return created;
    }

    /** Replaces a portal's policy; the audit log keeps the one before. */
    public Portal setPolicy(String id, Policy policy, String actor) {
        Portal updated = tx.run("set the policy of " + id, c -> {
            Portal before = load(c, id, true).orElseThrow(() -> GateException.unknownPortal(id));
            try (PreparedStatement s = c.prepareStatement("UPDATE portal SET threshold = ?, window_type = ?, "
                    + "window_days = ?, time_zone = ?, mode = ?, warn_margin = ?, min_sample = ?, override_roles = ?, "
                    + "justification_min = ?, reservation_minutes = ?, version = version + 1 WHERE id = ?")) {
                int i = bindPolicy(s, 1, policy);
                s.setString(i, id);
                s.executeUpdate();
            }
            audit(c, actor, "policy_changed", id, json(before.policy().describe()), json(policy.describe()));
            return new Portal(before.id(), before.name(), before.secret(), policy, before.createdAt(), before.version() + 1);
        });
        cache.invalidate(id);
        return updated;
    }

    /** Issues a new secret; the old one stops working at once, so the CMS must be given the new one. */
    public Portal rotateSecret(String id, String actor) {
        Portal updated = tx.run("rotate the secret of " + id, c -> {
            Portal before = load(c, id, true).orElseThrow(() -> GateException.unknownPortal(id));
            String secret = newSecret();
            try (PreparedStatement s = c.prepareStatement("UPDATE portal SET secret = ?, version = version + 1 WHERE id = ?")) {
                s.setString(1, secret);
                s.setString(2, id);
                s.executeUpdate();
            }
            audit(c, actor, "secret_rotated", id, null, null);
            return new Portal(before.id(), before.name(), secret, before.policy(), before.createdAt(), before.version() + 1);
        });
        cache.invalidate(id);
        return updated;
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private void audit(Connection c, String actor, String action, String portalId, String before, String after)
            throws SQLException {
        AuditLog.appendIn(c, AuditRecord.of(clock.instant(), actor, action, portalId, portalId, before, after, null, null));
    }

    private static String describe(Portal p) {
        return json(Map.of("id", p.id(), "name", p.name(), "policy", p.policy().describe()));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bindPolicy(PreparedStatement s, int i, Policy p) throws SQLException {
        s.setBigDecimal(i++, p.threshold());
        s.setString(i++, p.windowType().name());
        s.setInt(i++, p.windowDays());
        s.setString(i++, p.timeZone().getId());
        s.setString(i++, p.mode().name());
        s.setBigDecimal(i++, p.warnMargin());
        s.setInt(i++, p.minSample());
        s.setString(i++, String.join(",", p.overrideRoles()));
        s.setInt(i++, p.justificationMinLength());
        s.setLong(i++, p.reservationTtl().toMinutes());
        return i;
    }

    private static Optional<Portal> load(Connection c, String id, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM portal WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(portal(r)) : Optional.empty();
            }
        }
    }

    private static Portal portal(ResultSet r) throws SQLException {
        Set<String> roles = Arrays.stream(r.getString("override_roles").split(","))
                .filter(x -> !x.isBlank()).collect(Collectors.toSet());
        BigDecimal threshold = r.getBigDecimal("threshold").stripTrailingZeros();
        BigDecimal margin = r.getBigDecimal("warn_margin").stripTrailingZeros();
        Policy policy = new Policy(threshold.scale() < 0 ? threshold.setScale(0) : threshold,
                WindowType.valueOf(r.getString("window_type")), r.getInt("window_days"),
                ZoneId.of(r.getString("time_zone")), Mode.valueOf(r.getString("mode")),
                margin.scale() < 0 ? margin.setScale(0) : margin, r.getInt("min_sample"), roles,
                r.getInt("justification_min"), Duration.ofMinutes(r.getLong("reservation_minutes")));
        Instant created = r.getObject("created_at", OffsetDateTime.class).toInstant();
        return new Portal(r.getString("id"), r.getString("name"), r.getString("secret"), policy, created,
                r.getLong("version"));
    }
}
