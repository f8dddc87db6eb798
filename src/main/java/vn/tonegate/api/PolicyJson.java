package vn.tonegate.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tonegate.policy.Mode;
import vn.tonegate.policy.Policy;
import vn.tonegate.policy.WindowType;

/**
 * A portal's policy as api.md writes it. Every field may be left out: what is missing takes
 * the default (the directive's 15 % over a rolling 30 days, blocking).
 */
public record PolicyJson(
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 4) BigDecimal threshold,
        @Valid WindowJson window,
        @Pattern(regexp = "observe|warn|block", message = "{tonegate.mode}") String mode,
        @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 4) BigDecimal warnMargin,
        @Min(0) @Max(1_000_000) Integer minSample,
        @Valid OverrideJson override,
        @Size(max = 64) String timeZone,
        @Min(1) @Max(1440) Integer reservationMinutes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WindowPolicy")
    public record WindowJson(
            @Pattern(regexp = "rolling_days|calendar_month|calendar_quarter", message = "{tonegate.window.type}") String type,
            @Min(1) @Max(366) Integer days) {
    }

    @Schema(name = "OverridePolicy", description = "who may override a block, and how long a reason must be")
    public record OverrideJson(@Size(max = 20) List<@NotBlank @Size(max = 100) String> roles,
                               @Min(0) @Max(2000) Integer justificationMinLength) {
    }

    public static PolicyJson of(Policy p) {
        return new PolicyJson(p.threshold(), new WindowJson(p.windowType().jsonName(),
                p.windowType() == WindowType.ROLLING_DAYS ? p.windowDays() : null), p.mode().jsonName(),
                p.warnMargin(), p.minSample(), new OverrideJson(p.overrideRoles().stream().sorted().toList(),
                p.justificationMinLength()), p.timeZone().getId(), (int) p.reservationTtl().toMinutes());
    }

    /** The policy, defaults filled in; rules that tie two fields together are checked here. */
    public Policy toPolicy() {
        Policy d = Policy.defaults();
        BigDecimal t = threshold != null ? threshold : d.threshold();
        BigDecimal margin = warnMargin != null ? warnMargin
                : d.warnMargin().compareTo(t) < 0 ? d.warnMargin() : BigDecimal.ZERO;
        if (margin.compareTo(t) >= 0) {
            throw ApiException.badRequest("warnMargin", new Messages.Text(
                    "biên cảnh báo phải nhỏ hơn ngưỡng", "the warn margin must be smaller than the threshold"));
        }
        ZoneId zone;
        try {
            zone = timeZone != null ? ZoneId.of(timeZone) : d.timeZone();
        } catch (DateTimeException e) {
            throw ApiException.badRequest("timeZone", new Messages.Text(
                    "múi giờ không hợp lệ (ví dụ Asia/Ho_Chi_Minh)", "not a time zone (e.g. Asia/Ho_Chi_Minh)"));
        }
        WindowType type = window != null && window.type() != null ? WindowType.parse(window.type()) : d.windowType();
        int days = window != null && window.days() != null ? window.days() : d.windowDays();
        Set<String> roles = override != null && override.roles() != null ? Set.copyOf(override.roles()) : d.overrideRoles();
        int minLength = override != null && override.justificationMinLength() != null
                ? override.justificationMinLength() : d.justificationMinLength();
        return new Policy(t.stripTrailingZeros().scale() < 0 ? t.setScale(0) : t.stripTrailingZeros(), type, days, zone,
                mode != null ? Mode.parse(mode) : d.mode(),
                margin.stripTrailingZeros().scale() < 0 ? margin.setScale(0) : margin.stripTrailingZeros(),
                minSample != null ? minSample : d.minSample(), roles, minLength,
                reservationMinutes != null ? Duration.ofMinutes(reservationMinutes) : d.reservationTtl());
    }
}
