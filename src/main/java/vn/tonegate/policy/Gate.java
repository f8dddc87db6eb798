package vn.tonegate.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.tonegate.ledger.AuditRecord;
import vn.tonegate.ledger.Channel;
import vn.tonegate.ledger.CheckQuery;
import vn.tonegate.ledger.CheckView;
import vn.tonegate.ledger.DayCount;
import vn.tonegate.ledger.Delivery;
import vn.tonegate.ledger.Entry;
import vn.tonegate.ledger.Hold;
import vn.tonegate.ledger.Ledger;
import vn.tonegate.ledger.Override;
import vn.tonegate.ledger.PortalBook;
import vn.tonegate.ledger.PostState;
import vn.tonegate.ledger.Tally;
import vn.tonegate.scoring.Label;
import vn.tonegate.scoring.Score;
import vn.tonegate.scoring.Scorer;

/**
 * The publish gate: scores a draft, projects the portal's negative share with it, decides, and
 * holds the slot, all under the portal's lock so no interleaving of checks can take the share
 * to the threshold. Events turn holds into ledger entries. Scoring happens before the lock is
 * taken, so the lock is held only for a few small queries.
 */
public final class Gate {

    /** Expired holds stop counting at once but are kept this long, so a late "published" still finds its score. */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(1);
    private static final int MAX_STATS_DAYS = 800;
    /** How long a delivery id is remembered: Standard Webhooks senders stop retrying within days. */
    static final Duration KEEP_DELIVERIES = Duration.ofDays(7);

    private final Portals portals;
    private final Ledger ledger;
    private final Scorer scorer;
    private final Clock clock;

    public Gate(Portals portals, Ledger ledger, Scorer scorer, Clock clock) {
        this.portals = portals;
        this.ledger = ledger;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** The time of a decision as the ledger keeps it, so a reservation's answered expiry is the one it reads back. */
    private Instant now() {
        return Ledger.stored(clock.instant());
    }

    /**
     * Forgets what no check or event needs any more: reservations expired a day ago, deliveries
     * older than their retention. The application runs it every few minutes, so checks never do.
     */
    public int sweep() {
        Instant now = now();
        return ledger.sweep(now.minus(KEEP_EXPIRED), now.minus(KEEP_DELIVERIES));
    }

    /** Checks a draft; not idempotent (a console or test caller with no delivery id). */
    public CheckOutcome check(String portalId, CheckRequest request) {
        portals.get(portalId); // an unknown portal is refused before its draft is scored
        Score score = scorer.score(request.draft());
        return checked(portalId, request.postId(), null,
                (portal, book, view, now, window) -> decide(book, portal, request, score, now, window, view));
    }

    /**
     * Checks a draft once per delivery id: a redelivery gets the first answer back and changes
     * nothing. {@code render}, given the draft's score before the portal's lock is taken, returns
     * what turns the outcome into the JSON that is stored and answered: the score is most of that
     * JSON and depends on the draft alone, so it can be written while other checks of the portal
     * hold the lock, and under the lock only the decision around it is.
     */
    public Answer check(String portalId, CheckRequest request, String deliveryId,
                        Function<Score, Function<CheckOutcome, byte[]>> render) {
        Objects.requireNonNull(deliveryId, "a delivery id");
        portals.get(portalId);
        Score score = scorer.score(request.draft());
        Function<CheckOutcome, byte[]> answer = render.apply(score);
        // the delivery is looked up in the same read as the counts: one statement after the lock
        return checked(portalId, request.postId(), deliveryId, (portal, book, view, now, window) -> {
            if (view.delivery().isPresent()) {
                return replay(view.delivery().get());
            }
            byte[] json = answer.apply(decide(book, portal, request, score, now, window, view));
            book.remember(deliveryId, new Delivery(200, json), now);
            return new Answer(200, json, false);
        });
    }

    /** Records an event; not idempotent. */
    public EventOutcome record(String portalId, PostEvent event) {
        portals.get(portalId);
        Optional<Score> score = event.draft().map(scorer::score);
        return locked(portalId, (portal, book) -> apply(book, portal, event, score));
    }

    /** Records an event once per delivery id. */
    public Answer record(String portalId, PostEvent event, String deliveryId, Function<EventOutcome, byte[]> render) {
        portals.get(portalId);
        Optional<Score> score = event.draft().map(scorer::score);
        return once(portalId, deliveryId, (portal, book) -> apply(book, portal, event, score), render);
    }

    /** How often a decision starts over because the portal changed while it waited: more means it keeps changing. */
    private static final int STALE_ATTEMPTS = 3;

    /**
     * Runs work under the portal's lock, with the portal as it was committed when the lock was
     * taken. The cached copy serves unless the lock finds a newer version (another node set
     * the policy): then it is dropped and the work runs again with the portal read afresh, so
     * no decision applies a policy that was already replaced.
     */
    private <T> T locked(String portalId, BiFunction<Portal, PortalBook, T> work) {
        return fresh(portalId, portal -> ledger.withPortal(portalId, book -> {
            checkVersion(book, portal);
            return work.apply(portal, book);
        }));
    }

    /** Runs one attempt with the cached portal, again with the store's when the attempt finds the cache older. */
    private <T> T fresh(String portalId, Function<Portal, T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.apply(portals.get(portalId));
            } catch (Ledger.UnknownPortal e) {
                throw GateException.unknownPortal(portalId);
            } catch (StalePortal e) {
                portals.forget(portalId);
                if (n == STALE_ATTEMPTS) {
                    throw new IllegalStateException("the portal " + portalId + " changed " + n
                            + " times while a decision waited for its lock");
                }
            }
        }
    }

    private static void checkVersion(PortalBook book, Portal portal) {
        if (book.portalVersion() != portal.version()) {
            throw new StalePortal();
        }
    }

    /** A check's work, given its portal, the locked book, the book's view, the check's time and window. */
    @FunctionalInterface
    private interface CheckWork<T> {
        T apply(Portal portal, PortalBook book, CheckView view, Instant now, Window window);
    }

    /**
     * Runs a check under the portal's lock as {@link #locked} does, with its view of the book read
     * after the lock (on PostgreSQL in the same round trip as the lock). The check's time is taken
     * just before the lock: a check that waited for it decides as of when it asked, and counts
     * every reservation that had not expired by then; the book's counts allow for a time behind the
     * previous check's, as they do for another node's clock.
     */
    private <T> T checked(String portalId, String postId, String deliveryId, CheckWork<T> work) {
        return fresh(portalId, portal -> {
            Instant now = now();
            Window window = portal.policy().windowAt(now);
            return ledger.withPortal(portalId, new CheckQuery(postId, deliveryId, now, window.firstDay(), window.lastDay()),
                    (book, view) -> {
                        checkVersion(book, portal);
                        return work.apply(portal, book, view, now, window);
                    });
        });
    }

    /** The cached portal is older than the store's; thrown inside the transaction so that it rolls back. */
    private static final class StalePortal extends RuntimeException {
        StalePortal() {
            super(null, null, false, false);
        }
    }

    private <T> Answer once(String portalId, String deliveryId, BiFunction<Portal, PortalBook, T> work,
                            Function<T, byte[]> render) {
        Objects.requireNonNull(deliveryId, "a delivery id");
        return locked(portalId, (portal, book) -> {
            Optional<Delivery> seen = book.delivery(deliveryId);
            if (seen.isPresent()) {
                return replay(seen.get());
            }
            byte[] json = render.apply(work.apply(portal, book));
            book.remember(deliveryId, new Delivery(200, json), now());
            return new Answer(200, json, false);
        });
    }

    private static Answer replay(Delivery first) {
        return new Answer(first.status(), first.answerJson(), true);
    }

    private CheckOutcome decide(PortalBook book, Portal portal, CheckRequest request, Score score, Instant now,
                                Window window, CheckView view) {
        Policy policy = portal.policy();
        ShareMath math = new ShareMath(policy.threshold());
        // A re-check of the same post replaces its earlier hold instead of taking a second slot
        // (the view's count of holds already leaves it out); most checks are of new posts.
        if (view.postHeld()) {
            book.release(request.postId());
        }

        Tally held = view.held();
        // A post already live is being republished: the new version takes the old one's place.
        Optional<DayCount> live = view.live().filter(e -> inside(e.day(), window));
        // one read of the window's days serves both the count and the next free slot
        List<DayCount> days = view.days();
        Tally base = sum(days).plus(held);
        if (live.isPresent()) {
            base = base.minus(live.get().tally());
        }

        boolean negative = score.label() == Label.NEGATIVE;
        long afterTotal = base.total() + 1;
        long afterNegative = base.negative() + (negative ? 1 : 0);
        boolean reaches = negative && !math.below(afterNegative, afterTotal);
        boolean near = negative && !reaches && policy.warnMargin().signum() > 0
                && !new ShareMath(policy.threshold().subtract(policy.warnMargin())).below(afterNegative, afterTotal);
        boolean smallSample = afterTotal < policy.minSample();

        Projection share = new Projection(ShareMath.share(base.negative(), base.total()),
                ShareMath.share(afterNegative, afterTotal), policy.threshold(), base.total(), base.negative(),
                held.total(), window);
        long allowedNow = math.negativeAllowed(base.negative(), base.total());
        Headroom headroom = new Headroom(allowedNow,
                negative ? math.nonNegativeNeeded(base.negative(), base.total()) : 0,
                nextSlot(policy, window, base, allowedNow, days, live));

        Say say = new Say(share, headroom, policy);
        List<Reason> reasons = new ArrayList<>();
        Verdict verdict;
        if (!negative) {
            verdict = Verdict.ALLOW;
            reasons.add(say.notNegative(score.label()));
        } else if (reaches && smallSample) {
            verdict = Verdict.WARN;
            reasons.add(say.smallSample(afterTotal));
        } else if (reaches) {
            verdict = switch (policy.mode()) {
                case BLOCK -> Verdict.BLOCK;
                case WARN -> Verdict.WARN;
                case OBSERVE -> Verdict.ALLOW;
            };
            reasons.add(say.reaches(policy.mode()));
        } else if (near) {
            verdict = policy.mode() == Mode.OBSERVE ? Verdict.ALLOW : Verdict.WARN;
            reasons.add(say.near());
        } else {
            verdict = Verdict.ALLOW;
            reasons.add(say.within());
        }

        Optional<Override> override = Optional.empty();
        if (verdict == Verdict.BLOCK && request.override().isPresent()) {
            Override granted = grant(policy, request.override().get());
            override = Optional.of(granted);
            verdict = Verdict.ALLOW;
            reasons.add(say.overridden(granted));
        }

        Optional<Hold> hold = Optional.empty();
        if (verdict != Verdict.BLOCK) {
            Hold h = new Hold(Hold.newId(now), portal.id(), request.postId(), request.channel(),
                    score.label(), score.value(), score.lexiconVersion(), score.textHash(), override, now,
                    now.plus(policy.reservationTtl()));
            book.insert(h);
            hold = Optional.of(h);
        }

        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decision", verdict.jsonName());
        after.put("label", score.label().jsonName());
        after.put("score", score.value());
        after.put("shareBefore", share.before());
        after.put("shareAfter", share.after());
        after.put("reservation", hold.map(Hold::id).orElse(null));
        override.ifPresent(o -> after.put("override", Map.of("by", o.by(), "role", o.role(), "reason", o.reason())));
        book.audit(AuditRecord.of(now, override.map(Override::by).orElse(request.actor()),
                override.isPresent() ? "override" : "check", portal.id(), request.postId(), null,
                Portals.json(after), score.lexiconVersion(), score.textHash()));

        return new CheckOutcome(verdict, score, share, headroom, hold, override.isPresent(), List.copyOf(reasons));
    }

    /** The days' counts added up, without a tally per day on the way. */
    private static Tally sum(List<DayCount> days) {
        long total = 0;
        long negative = 0;
        long overridden = 0;
        for (DayCount day : days) {
            total += day.tally().total();
            negative += day.tally().negative();
            overridden += day.tally().overridden();
        }
        return new Tally(total, negative, overridden);
    }

    private static Override grant(Policy policy, OverrideClaim claim) {
        if (claim.by() == null || claim.by().isBlank()) {
            throw new GateException(GateException.Kind.INVALID, "override_incomplete", "override.by",
                    "Cần ghi rõ người quyết định đăng vượt chặn.", "Say who overrides the block.");
        }
        if (claim.role() == null || claim.role().isBlank()) {
            throw new GateException(GateException.Kind.INVALID, "override_incomplete", "override.role",
                    "Cần ghi rõ vai trò của người đăng vượt chặn.", "Say in which role the block is overridden.");
        }
        if (!policy.allowsOverrideBy(claim.role())) {
            throw new GateException(GateException.Kind.FORBIDDEN, "override_not_allowed", "override.role",
                    "Vai trò '" + claim.role() + "' không được phép đăng vượt chặn; chính sách cho phép: "
                            + String.join(", ", policy.overrideRoles()) + ".",
                    "The role '" + claim.role() + "' may not override a block; the policy allows: "
                            + String.join(", ", policy.overrideRoles()) + ".");
        }
        String reason = claim.justification() == null ? "" : claim.justification().strip();
        if (reason.codePointCount(0, reason.length()) < policy.justificationMinLength()) {
            throw new GateException(GateException.Kind.INVALID, "justification_too_short", "override.justification",
                    "Lý do đăng vượt chặn cần ít nhất " + policy.justificationMinLength() + " ký tự.",
                    "The justification needs at least " + policy.justificationMinLength() + " characters.");
        }
        return new Override(claim.by().strip(), Policy.normalizeRole(claim.role()), reason);
    }

    /**
     * When one more negative item than now will fit. In a rolling window, days leave one by one:
     * the first day whose leaving raises the room is the answer. A calendar window starts over.
     */
    private static Instant nextSlot(Policy policy, Window window, Tally base, long allowedNow, List<DayCount> days,
                                    Optional<DayCount> live) {
        if (window.type() != WindowType.ROLLING_DAYS) {
            return window.nextPeriod();
        }
        ShareMath math = new ShareMath(policy.threshold());
        Tally remaining = base;
        for (DayCount day : days) {
            Tally leaving = day.tally();
            if (live.isPresent() && live.get().day().equals(day.day())) {
                leaving = leaving.minus(live.get().tally());
            }
            remaining = remaining.minus(leaving);
            if (math.negativeAllowed(remaining.negative(), remaining.total()) > allowedNow) {
                return day.day().plusDays(policy.windowDays()).atStartOfDay(policy.timeZone()).toInstant();
            }
        }
        return null;
    }

    private static boolean inside(LocalDate day, Window window) {
        return !day.isBefore(window.firstDay()) && !day.isAfter(window.lastDay());
    }

    private EventOutcome apply(PortalBook book, Portal portal, PostEvent event, Optional<Score> fresh) {
        Instant now = now();
        Optional<Entry> existing = book.entry(event.postId());
        return switch (event.type()) {
            case PUBLISHED -> published(book, portal, event, fresh, existing, now);
            case UPDATED -> updated(book, portal, event, fresh, existing, now);
            case UNPUBLISHED, DELETED -> withdrawn(book, portal, event, existing, now);
        };
    }

    private EventOutcome published(PortalBook book, Portal portal, PostEvent event, Optional<Score> fresh,
                                   Optional<Entry> existing, Instant now) {
        Optional<Hold> hold = event.reservation().map(id -> book.hold(id).orElseThrow(() -> new GateException(
                GateException.Kind.NOT_FOUND, "unknown_reservation", "reservation",
                "Không có lượt giữ chỗ '" + id + "' (có thể đã hết hạn quá một ngày); hãy gửi kèm nội dung tin.",
                "No reservation '" + id + "' (it may have expired over a day ago); send the item's text with the event.")))
                // a CMS that does not pass the reservation on still published the post it checked: its hold is the one
                .or(() -> book.liveHold(event.postId(), now));
        if (hold.isPresent() && !hold.get().postId().equals(event.postId())) {
            throw new GateException(GateException.Kind.CONFLICT, "reservation_of_other_post", "reservation",
                    "Lượt giữ chỗ này thuộc tin '" + hold.get().postId() + "'.",
                    "This reservation belongs to post '" + hold.get().postId() + "'.");
        }
        Label label;
        double value;
        long version;
        String hash;
        if (fresh.isPresent()) {
            label = fresh.get().label();
            value = fresh.get().value();
            version = fresh.get().lexiconVersion();
            hash = fresh.get().textHash();
        } else if (hold.isPresent()) {
            label = hold.get().label();
            value = hold.get().score();
            version = hold.get().lexiconVersion();
            hash = hold.get().textHash();
        } else if (existing.isPresent()) {
            label = existing.get().label();
            value = existing.get().score();
            version = existing.get().lexiconVersion();
            hash = existing.get().textHash();
        } else {
            throw nothingToScore();
        }
        Optional<Override> override = hold.flatMap(Hold::override).or(() -> existing.flatMap(Entry::override));
        Instant publishedAt = event.publishedAt()
                .orElse(existing.filter(Entry::counted).map(Entry::publishedAt).orElse(now));
        Entry entry = new Entry(portal.id(), event.postId(),
                event.channel() != null ? event.channel() : hold.map(Hold::channel).orElse(existing.map(Entry::channel).orElse(Channel.PORTAL)),
                event.title() != null ? event.title() : existing.map(Entry::title).orElse(null),
                event.url() != null ? event.url() : existing.map(Entry::url).orElse(null),
                label, value, version, hash, publishedAt, LocalDate.ofInstant(publishedAt, portal.policy().timeZone()),
                PostState.PUBLISHED, override, now);
        book.save(existing, entry);
        book.release(event.postId());
        auditEvent(book, event, existing, entry, now);
        return new EventOutcome(entry.postId(), entry.state(), entry.label(), entry.counted());
    }

    private EventOutcome updated(PortalBook book, Portal portal, PostEvent event, Optional<Score> fresh,
                                 Optional<Entry> existing, Instant now) {
        Entry before = existing.orElseThrow(() -> unknownPost(event.postId()));
        Instant publishedAt = event.publishedAt().orElse(before.publishedAt());
        Entry entry = new Entry(portal.id(), before.postId(),
                event.channel() != null ? event.channel() : before.channel(),
                event.title() != null ? event.title() : before.title(),
                event.url() != null ? event.url() : before.url(),
                fresh.map(Score::label).orElse(before.label()), fresh.map(Score::value).orElse(before.score()),
                fresh.map(Score::lexiconVersion).orElse(before.lexiconVersion()),
                fresh.map(Score::textHash).orElse(before.textHash()), publishedAt,
                LocalDate.ofInstant(publishedAt, portal.policy().timeZone()), before.state(), before.override(), now);
        book.save(existing, entry);
        auditEvent(book, event, existing, entry, now);
        return new EventOutcome(entry.postId(), entry.state(), entry.label(), entry.counted());
    }

    private EventOutcome withdrawn(PortalBook book, Portal portal, PostEvent event, Optional<Entry> existing, Instant now) {
        PostState state = event.type() == EventType.DELETED ? PostState.DELETED : PostState.UNPUBLISHED;
        int released = book.release(event.postId());
        if (existing.isEmpty()) {
            if (released == 0) {
                throw unknownPost(event.postId());
            }
            // Withdrawn before it went live: the hold is given back and nothing was ever counted.
            book.audit(AuditRecord.of(now, event.actor(), event.type().name().toLowerCase(Locale.ROOT), portal.id(),
                    event.postId(), null, Portals.json(Map.of("reservationsReleased", released)), null, null));
            return new EventOutcome(event.postId(), state, null, false);
        }
        Entry entry = existing.get().withState(state, now);
        book.save(existing, entry);
        auditEvent(book, event, existing, entry, now);
        return new EventOutcome(entry.postId(), entry.state(), entry.label(), entry.counted());
    }

    private static void auditEvent(PortalBook book, PostEvent event, Optional<Entry> before, Entry after, Instant now) {
        book.audit(AuditRecord.of(now, event.actor(), event.type().name().toLowerCase(Locale.ROOT), after.portalId(),
                after.postId(), before.map(Gate::describe).orElse(null), describe(after), after.lexiconVersion(),
                after.textHash()));
    }

    private static String describe(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", e.state().jsonName());
        m.put("label", e.label().jsonName());
        m.put("score", e.score());
        m.put("day", e.day().toString());
        m.put("counted", e.counted());
        e.override().ifPresent(o -> m.put("override", Map.of("by", o.by(), "role", o.role(), "reason", o.reason())));
        return Portals.json(m);
    }

    private static GateException unknownPost(String postId) {
        return new GateException(GateException.Kind.NOT_FOUND, "unknown_post", "postId",
                "Sổ ghi chưa có tin '" + postId + "'.", "The ledger has no post '" + postId + "'.");
    }

    private static GateException nothingToScore() {
        return new GateException(GateException.Kind.INVALID, "nothing_to_score", "title",
                "Tin chưa được kiểm tra, hoặc lượt giữ chỗ đã hết hạn: hãy gửi kèm nội dung (tiêu đề, sapo, thân bài).",
                "The post was never checked, or its reservation has expired: send its text (title, sapo, body).");
    }

    /** A portal's published share over a range of days (its current window by default), without taking the lock. */
    public Stats stats(String portalId, LocalDate from, LocalDate to) {
        Portal portal = portals.get(portalId);
        Policy policy = portal.policy();
        Instant now = now();
        Window window = policy.windowAt(now);
        LocalDate first = from != null ? from : window.firstDay();
        LocalDate last = to != null ? to : window.lastDay();
        if (last.isBefore(first) || first.plusDays(MAX_STATS_DAYS).isBefore(last)) {
            throw new GateException(GateException.Kind.INVALID, "bad_range", "from",
                    "Khoảng ngày không hợp lệ (từ ngày phải trước đến ngày, tối đa " + MAX_STATS_DAYS + " ngày).",
                    "Invalid range of days (from must precede to, at most " + MAX_STATS_DAYS + " days).");
        }
        Tally tally = ledger.tally(portalId, first, last);
        List<DayCount> daily = ledger.days(portalId, first, last);
        Tally held = ledger.held(portalId, now);
        Tally base = ledger.tally(portalId, window.firstDay(), window.lastDay()).plus(held);
        ShareMath math = new ShareMath(policy.threshold());
        long allowedNow = math.negativeAllowed(base.negative(), base.total());
        List<DayCount> windowDays = first.equals(window.firstDay()) && last.equals(window.lastDay())
                ? daily : ledger.days(portalId, window.firstDay(), window.lastDay());
        Headroom headroom = new Headroom(allowedNow, math.nonNegativeNeeded(base.negative(), base.total()),
                nextSlot(policy, window, base, allowedNow, windowDays, Optional.empty()));
        Window range = first.equals(window.firstDay()) && last.equals(window.lastDay()) ? window
                : new Window(window.type(), first, last, first.atStartOfDay(policy.timeZone()).toInstant(),
                last.plusDays(1).atStartOfDay(policy.timeZone()).toInstant(), null);
        return new Stats(portalId, ShareMath.share(tally.negative(), tally.total()), tally, held.total(),
                policy.threshold(), range, headroom, daily);
    }

    /** A share in per cent to one decimal, with the language's decimal mark: "14,5 %", "14.5 %". */
    static String percent(double share, boolean vietnamese) {
        // from the share's shortest decimal form, so 201/400 (0.5025) says 50.3 %, not the 50.2 % that
        // formatting share * 100, a binary product just under 50.25, gave; and without String.format,
        // whose Formatter left a few kilobytes of garbage for every reason given
        String s = BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return (vietnamese ? s.replace('.', ',') : s) + " %";
    }

    /** What the editor is told, in both languages, with the figures of this check. */
    private record Say(Projection share, Headroom headroom, Policy policy) {

        private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy", Locale.ROOT);
        private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.ENGLISH);

        Reason notNegative(Label label) {
            return new Reason("not_negative",
                    "Tin được đánh giá " + (label == Label.POSITIVE ? "tích cực" : "trung tính")
                            + "; tỷ lệ tin tiêu cực sau khi đăng là " + percent(share.after(), true) + ".",
                    "Rated " + label.jsonName() + "; the negative share after publishing is " + percent(share.after(), false) + ".");
        }

        Reason within() {
            return new Reason("within_threshold",
                    "Tin tiêu cực; sau khi đăng tỷ lệ là " + percent(share.after(), true) + ", dưới ngưỡng "
                            + percent(threshold(), true) + ". Còn đăng được " + (headroom.negativeAllowedNow() - 1)
                            + " tin tiêu cực nữa.",
                    "Negative; after publishing the share is " + percent(share.after(), false) + ", below the "
                            + percent(threshold(), false) + " threshold. " + counted(headroom.negativeAllowedNow() - 1, "more negative item")
                            + " fit after this one.");
        }

        Reason near() {
            return new Reason("near_threshold",
                    "Tin tiêu cực; sau khi đăng tỷ lệ là " + percent(share.after(), true) + ", sát ngưỡng "
                            + percent(threshold(), true) + ".",
                    "Negative; after publishing the share is " + percent(share.after(), false) + ", close to the "
                            + percent(threshold(), false) + " threshold.");
        }

        Reason smallSample(long items) {
            return new Reason("small_sample",
                    "Tin tiêu cực sẽ đưa tỷ lệ lên " + percent(share.after(), true) + " (ngưỡng " + percent(threshold(), true)
                            + "), nhưng cửa sổ mới có " + items + " tin, dưới mức tối thiểu " + policy.minSample()
                            + " tin, nên chỉ cảnh báo.",
                    "This negative item takes the share to " + percent(share.after(), false) + " (threshold "
                            + percent(threshold(), false) + "), but the window has only " + counted(items, "item") + ", under the "
                            + "minimum sample of " + policy.minSample() + ", so this is a warning only.");
        }

        Reason reaches(Mode mode) {
            String needVi = headroom.nonNegativeNeeded() > 0
                    ? " Cần đăng thêm " + headroom.nonNegativeNeeded() + " tin không tiêu cực trước." : "";
            String needEn = headroom.nonNegativeNeeded() > 0
                    ? " Publish " + counted(headroom.nonNegativeNeeded(), "non-negative item") + " first." : "";
            String whenVi = headroom.nextSlotAt() != null ? " Hoặc chờ đến " + local(headroom.nextSlotAt(), VI_TIME) + "." : "";
            String whenEn = headroom.nextSlotAt() != null ? " Or wait until " + local(headroom.nextSlotAt(), EN_TIME) + "." : "";
            String modeVi = switch (mode) {
                case BLOCK -> "";
                case WARN -> " Chế độ cảnh báo: vẫn cho đăng.";
                case OBSERVE -> " Chế độ theo dõi: vẫn cho đăng.";
            };
            String modeEn = switch (mode) {
                case BLOCK -> "";
                case WARN -> " Warn mode: publishing is allowed.";
                case OBSERVE -> " Observe mode: publishing is allowed.";
            };
            return new Reason("threshold_reached",
                    "Đăng tin này sẽ đưa tỷ lệ tin tiêu cực lên " + percent(share.after(), true) + ", không còn dưới ngưỡng "
                            + percent(threshold(), true) + "." + needVi + whenVi + modeVi,
                    "Publishing this item takes the negative share to " + percent(share.after(), false)
                            + ", no longer below the " + percent(threshold(), false) + " threshold." + needEn + whenEn + modeEn);
        }

        Reason overridden(Override o) {
            return new Reason("overridden",
                    "Được đăng vượt chặn bởi " + o.by() + " (" + o.role() + "): " + o.reason(),
                    "Published over the block by " + o.by() + " (" + o.role() + "): " + o.reason());
        }

        private double threshold() {
            return policy.threshold().doubleValue();
        }

        /** Editors read the time of their portal, not UTC. */
        private String local(Instant at, DateTimeFormatter format) {
            return format.format(at.atZone(policy.timeZone()));
        }

        private static String counted(long n, String singular) {
            return n + " " + singular + (n == 1 ? "" : "s");
        }
    }
}
