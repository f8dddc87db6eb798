package vn.tonegate.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import vn.tonegate.ledger.AuditRecord;
import vn.tonegate.ledger.Entry;
import vn.tonegate.policy.CheckOutcome;
import vn.tonegate.policy.EventOutcome;
import vn.tonegate.policy.Headroom;
import vn.tonegate.policy.Projection;
import vn.tonegate.policy.Stats;
import vn.tonegate.policy.Window;
import vn.tonegate.scoring.Score;

/** The JSON shapes of the gate's answers, as api.md writes them (and a few fields more). */
public final class GateJson {

    private GateJson() {
    }

    @Schema(name = "Window", description = "the days a share is counted over")
    public record WindowJson(String type, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay) {
        static WindowJson of(Window w) {
            return new WindowJson(w.type().jsonName(), w.from(), w.to(), w.firstDay(), w.lastDay());
        }
    }

    public record ShareJson(double before, double after, BigDecimal threshold, long total, long negative, long held,
                            WindowJson window) {
        static ShareJson of(Projection p) {
            return new ShareJson(p.before(), p.after(), p.threshold(), p.total(), p.negative(), p.held(),
                    WindowJson.of(p.window()));
        }
    }

    public record HeadroomJson(long negativeAllowedNow, long nonNegativeNeeded, Instant nextSlotAt) {
        static HeadroomJson of(Headroom h) {
            return new HeadroomJson(h.negativeAllowedNow(), h.nonNegativeNeeded(), h.nextSlotAt());
        }
    }

    public record ReservationJson(String id, Instant expiresAt) {
    }

    public record MessageJson(String lang, String text) {
    }

    public record CheckAnswer(String decision, @Schema(implementation = ScoreResponse.class) RawValue score, ShareJson share,
                              HeadroomJson headroom, ReservationJson reservation, boolean overridden, List<String> reasons,
                              List<MessageJson> messages) {
        /** The answer around a score already {@linkplain #writer written}. */
        static CheckAnswer of(CheckOutcome o, RawValue writtenScore) {
            List<MessageJson> messages = o.messages().stream()
                    .flatMap(r -> java.util.stream.Stream.of(new MessageJson("vi", r.vi()), new MessageJson("en", r.en())))
                    .toList();
            return new CheckAnswer(o.decision().jsonName(), writtenScore, ShareJson.of(o.share()),
                    HeadroomJson.of(o.headroom()),
                    o.reservation().map(h -> new ReservationJson(h.id(), h.expiresAt())).orElse(null), o.overridden(),
                    o.messages().stream().map(r -> r.code()).toList(), messages);
        }

        /**
         * What turns a check's outcome into its answer's JSON, with the check's score written now,
         * ahead of the outcome, and copied into every answer as it is: the same bytes as writing the
         * {@link ScoreResponse} in place. Kept as UTF-8, which the answer's writer copies straight
         * into its own buffer.
         */
        public static Function<CheckOutcome, byte[]> writer(ObjectMapper json, Score score) {
            RawValue written = new RawValue(new WrittenJson(bytes(json, ScoreResponse.of(score))));
            return outcome -> bytes(json, of(outcome, written));
        }

        private static byte[] bytes(ObjectMapper json, Object value) {
            try {
                return json.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
            }
        }
    }

    public record EventAnswer(String postId, String state, String label, boolean counted) {
        public static EventAnswer of(EventOutcome o) {
            return new EventAnswer(o.postId(), o.state().jsonName(), o.label() == null ? null : o.label().jsonName(),
                    o.counted());
        }
    }

    public record DayJson(LocalDate date, long total, long negative, long overridden) {
    }

    public record StatsAnswer(String portal, double share, long total, long negative, long overridden, long held,
                              BigDecimal threshold, boolean over, WindowJson window, HeadroomJson headroom,
                              List<DayJson> daily) {
        public static StatsAnswer of(Stats s) {
            boolean over = s.tally().total() > 0
                    && BigDecimal.valueOf(s.tally().negative()).compareTo(s.threshold().multiply(BigDecimal.valueOf(s.tally().total()))) >= 0;
            return new StatsAnswer(s.portalId(), s.share(), s.tally().total(), s.tally().negative(), s.tally().overridden(),
                    s.held(), s.threshold(), over, WindowJson.of(s.window()), HeadroomJson.of(s.headroom()),
                    s.daily().stream().map(d -> new DayJson(d.day(), d.tally().total(), d.tally().negative(),
                            d.tally().overridden())).toList());
        }
    }

    public record EntryJson(String postId, String channel, String title, String url, String label, double score,
                            long lexiconVersion, String textHash, Instant publishedAt, LocalDate day, String state,
                            String overriddenBy, String overrideRole, String overrideReason) {
        public static EntryJson of(Entry e) {
            return new EntryJson(e.postId(), e.channel().jsonName(), e.title(), e.url(), e.label().jsonName(), e.score(),
                    e.lexiconVersion(), e.textHash(), e.publishedAt(), e.day(), e.state().jsonName(),
                    e.override().map(o -> o.by()).orElse(null), e.override().map(o -> o.role()).orElse(null),
                    e.override().map(o -> o.reason()).orElse(null));
        }
    }

    public record AuditJson(long id, Instant at, String actor, String action, String portal, String subject,
                            @JsonRawValue String before, @JsonRawValue String after, Long lexiconVersion,
                            String textHash) {
        public static AuditJson of(AuditRecord r) {
            return new AuditJson(r.id(), r.at(), r.actor(), r.action(), r.portalId(), r.subject(), r.before(), r.after(),
                    r.lexiconVersion(), r.textHash());
        }
    }
}
