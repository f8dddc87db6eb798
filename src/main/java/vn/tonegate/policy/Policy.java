package vn.tonegate.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A portal's rules for its negative share.
 *
 * @param threshold              the share must stay strictly below it (the directive's 15 %)
 * @param windowType             how the share is measured over time
 * @param windowDays             days of a rolling window
 * @param timeZone               where days, months and quarters begin
 * @param mode                   observe, warn or block
 * @param warnMargin             warn when the share after publishing comes within this of the threshold
 * @param minSample              below this many items in the window, the gate warns but never blocks
 * @param overrideRoles          roles (as the CMS names them) that may publish over a block
 * @param justificationMinLength the shortest written reason an override accepts
 * @param reservationTtl         how long an allowed check holds its slot
 */
public record Policy(BigDecimal threshold, WindowType windowType, int windowDays, ZoneId timeZone, Mode mode,
                     BigDecimal warnMargin, int minSample, Set<String> overrideRoles, int justificationMinLength,
                     Duration reservationTtl) {

    public static final BigDecimal DIRECTIVE_THRESHOLD = new BigDecimal("0.15");
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public Policy {
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (threshold.scale() > 4 || warnMargin.scale() > 4) {
            throw new IllegalArgumentException("threshold and warn margin take at most four decimals");
        }
        if (warnMargin.signum() < 0 || warnMargin.compareTo(threshold) >= 0) {
            throw new IllegalArgumentException("warn margin must be in [0, threshold): " + warnMargin);
        }
        if (windowType == WindowType.ROLLING_DAYS && (windowDays < 1 || windowDays > 366)) {
            throw new IllegalArgumentException("a rolling window is 1 to 366 days: " + windowDays);
        }
        if (minSample < 0 || justificationMinLength < 0) {
            throw new IllegalArgumentException("minimum sample and justification length cannot be negative");
        }
        if (reservationTtl.isNegative() || reservationTtl.isZero() || reservationTtl.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a reservation lasts between a minute and a day: " + reservationTtl);
        }
        TreeSet<String> roles = new TreeSet<>();
        overrideRoles.forEach(r -> roles.add(normalizeRole(r)));
        overrideRoles = Set.copyOf(roles);
    }

    /** The directive's line over a rolling 30 days in Vietnam's time, blocking. */
    public static Policy defaults() {
        return new Policy(DIRECTIVE_THRESHOLD, WindowType.ROLLING_DAYS, 30, VIETNAM, Mode.BLOCK, new BigDecimal("0.02"),
                20, Set.of("editor-in-chief"), 20, Duration.ofMinutes(15));
    }

    public Window windowAt(Instant now) {
        return Window.at(windowType, windowDays, timeZone, now);
    }

    public boolean allowsOverrideBy(String role) {
        return role != null && overrideRoles.contains(normalizeRole(role));
    }

    /** Roles compare without case or surrounding space: "Editor-in-Chief" is "editor-in-chief". */
    static String normalizeRole(String role) {
        return role.strip().toLowerCase(Locale.ROOT);
    }

    /** The policy as plain values, for the audit log and the API. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", threshold);
        m.put("window", windowType == WindowType.ROLLING_DAYS
                ? Map.of("type", windowType.jsonName(), "days", windowDays) : Map.of("type", windowType.jsonName()));
        m.put("timeZone", timeZone.getId());
        m.put("mode", mode.jsonName());
        m.put("warnMargin", warnMargin);
        m.put("minSample", minSample);
        m.put("override", Map.of("roles", new TreeSet<>(overrideRoles), "justificationMinLength", justificationMinLength));
        m.put("reservationMinutes", reservationTtl.toMinutes());
        return m;
    }
}
