package vn.tonegate.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tonegate.app.Database;
import vn.tonegate.ledger.AuditLog;
import vn.tonegate.ledger.AuditRecord;
import vn.tonegate.ledger.Channel;
import vn.tonegate.ledger.Hold;
import vn.tonegate.ledger.Ledger;
import vn.tonegate.ledger.PostState;
import vn.tonegate.ledger.Transactions;
import vn.tonegate.scoring.Label;
import vn.tonegate.testing.LabelFromTitle;
import vn.tonegate.testing.MutableClock;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;

/**
 * What the gate promises, run against each SQL store (see the subclasses): the arithmetic at
 * the line, windows at their edges, reservations, concurrency, events and their redelivery.
 */
abstract class GateContract {

    /** 10:00 in Hà Nội on 2026-11-20. */
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    MutableClock clock;
    Database database;
    Portals portals;
    Gate gate;
    AuditLog audit;

    /** A fresh, empty store; called once per test. */
    abstract Database openStore();

    /** A second connection pool on the same store, as another node would have; H2 in memory shares the first. */
    abstract Database openSecondNode();

    @BeforeEach
    void start() {
        clock = new MutableClock(NOW);
        database = openStore();
        gate = gateOn(database);
        audit = new AuditLog(new Transactions(database.dataSource()));
    }

    Gate gateOn(Database db) {
        Transactions tx = new Transactions(db.dataSource());
        portals = new Portals(tx, clock);
        return new Gate(portals, new Ledger(tx), new LabelFromTitle(), clock);
    }

    @AfterEach
    void stop() {
        if (database != null) {
            database.close();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    Portal portal(String id, Policy policy) {
        return portals.create(id, "Cổng " + id, policy, "test");
    }

    static Policy policy(Mode mode, int minSample) {
        Policy d = Policy.defaults();
        return new Policy(d.threshold(), d.windowType(), d.windowDays(), d.timeZone(), mode, BigDecimal.ZERO,
                minSample, d.overrideRoles(), d.justificationMinLength(), d.reservationTtl());
    }

    static Policy window(WindowType type, int days) {
        Policy d = Policy.defaults();
        return new Policy(d.threshold(), type, days, d.timeZone(), Mode.BLOCK, BigDecimal.ZERO, 0,
                d.overrideRoles(), d.justificationMinLength(), d.reservationTtl());
    }

    CheckOutcome check(String portal, String postId, String title) {
        return gate.check(portal, new CheckRequest(postId, Channel.PORTAL, draft(title), Optional.empty(), "cms:" + portal));
    }

    EventOutcome publish(String portal, String postId, String reservation) {
        return gate.record(portal, new PostEvent(EventType.PUBLISHED, postId, Optional.ofNullable(reservation),
                Optional.empty(), Optional.empty(), null, null, null, "cms:" + portal));
    }

    EventOutcome publishText(String portal, String postId, String title, Instant at) {
        return gate.record(portal, new PostEvent(EventType.PUBLISHED, postId, Optional.empty(), Optional.ofNullable(at),
                Optional.of(draft(title)), title, null, null, "cms:" + portal));
    }

    EventOutcome event(String portal, EventType type, String postId, String title) {
        return gate.record(portal, new PostEvent(type, postId, Optional.empty(), Optional.empty(),
                Optional.ofNullable(title).map(GateContract::draft), title, null, null, "cms:" + portal));
    }

    /** Checks a negative draft that the editor-in-chief overrides with a reason, as a CMS asserts it. */
    CheckOutcome checkOverStorm(String portal, String postId) {
        OverrideClaim claim = new OverrideClaim("Nguyễn Văn A", "Editor-in-Chief", "Thông báo khẩn của UBND tỉnh về bão số 3");
        return gate.check(portal, new CheckRequest(postId, Channel.PORTAL, draft("neg storm"), Optional.of(claim), "cms:" + portal));
    }

    /** Checks and publishes, as a CMS does; returns the check's decision. */
    Verdict checkAndPublish(String portal, String postId, String title) {
        CheckOutcome o = check(portal, postId, title);
        if (o.decision() != Verdict.BLOCK) {
            publish(portal, postId, o.reservation().orElseThrow().id());
        }
        return o.decision();
    }

    void seed(String portal, int positives, int negatives) {
        for (int i = 0; i < positives; i++) {
            publishText(portal, "p" + i, "pos item " + i, null);
        }
        for (int i = 0; i < negatives; i++) {
            publishText(portal, "n" + i, "neg item " + i, null);
        }
    }

    static Draft draft(String title) {
        return new Draft(title, "", "", Format.TEXT);
    }

    // ---- the arithmetic at the line --------------------------------------------------------

    @Test
    void seventeenNegativesAfterAHundredPositivesPassAndTheEighteenthIsBlocked() {
        portal("so", Policy.defaults());
        seed("so", 100, 0);
        for (int i = 1; i <= 17; i++) {
            assertThat(checkAndPublish("so", "neg-" + i, "neg " + i)).as("negative item %d", i).isNotEqualTo(Verdict.BLOCK);
        }
        CheckOutcome eighteenth = check("so", "neg-18", "neg 18");

        assertThat(eighteenth.decision()).isEqualTo(Verdict.BLOCK);
        assertThat(eighteenth.reservation()).isEmpty();
        assertThat(eighteenth.share().total()).isEqualTo(117);
        assertThat(eighteenth.share().negative()).isEqualTo(17);
        assertThat(eighteenth.share().after()).isEqualTo(0.1525);
        assertThat(eighteenth.headroom().negativeAllowedNow()).isZero();
        assertThat(eighteenth.headroom().nonNegativeNeeded()).isEqualTo(3);
        assertThat(eighteenth.messages()).extracting(Reason::code).contains("threshold_reached");
        assertThat(eighteenth.messages().get(0).vi()).contains("3 tin không tiêu cực");

        seed2("so", 2);
        assertThat(check("so", "neg-18", "neg 18").decision()).as("two positives are not enough").isEqualTo(Verdict.BLOCK);
        seed2("so", 1);
        assertThat(check("so", "neg-18", "neg 18").decision()).as("18/121 is below 15 %").isNotEqualTo(Verdict.BLOCK);
    }

    private int extra;

    private void seed2(String portal, int positives) {
        for (int i = 0; i < positives; i++) {
            publishText(portal, "extra" + extra++, "pos extra", null);
        }
    }

    @Test
    void exactlyAtTheThresholdIsNotBelowIt() {
        portal("so", Policy.defaults());
        seed("so", 17, 2);
        CheckOutcome third = check("so", "n3", "neg 3");
        assertThat(third.share().after()).isEqualTo(0.15);
        assertThat(third.decision()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void belowTheMinimumSampleTheGateWarnsButNeverBlocks() {
        portal("so", Policy.defaults());
        CheckOutcome first = check("so", "n1", "neg first of the window");
        assertThat(first.share().after()).isEqualTo(1.0);
        assertThat(first.decision()).isEqualTo(Verdict.WARN);
        assertThat(first.messages()).extracting(Reason::code).containsExactly("small_sample");
        assertThat(first.reservation()).isPresent();
    }

    @Test
    void nonNegativeItemsAreAlwaysAllowedEvenOverTheLine() {
        portal("so", Policy.defaults());
        seed("so", 10, 10);
        CheckOutcome o = check("so", "x", "pos good news");
        assertThat(o.decision()).isEqualTo(Verdict.ALLOW);
        assertThat(o.share().after()).isLessThan(o.share().before());
        assertThat(check("so", "y", "plain neutral notice").decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void warnAndObserveModesLetTheItemThroughAndSaySo() {
        portal("warn", policy(Mode.WARN, 0));
        portal("observe", policy(Mode.OBSERVE, 0));
        seed("warn", 17, 2);
        seed("observe", 17, 2);
        CheckOutcome warned = check("warn", "n3", "neg");
        CheckOutcome observed = check("observe", "n3", "neg");
        assertThat(warned.decision()).isEqualTo(Verdict.WARN);
        assertThat(observed.decision()).isEqualTo(Verdict.ALLOW);
        assertThat(observed.messages().get(0).en()).contains("Observe mode");
    }

    @Test
    void theWarnMarginWarnsBeforeTheLine() {
        portal("so", Policy.defaults());  // margin 0.02: warn from 13 %
        seed("so", 86, 12);               // 13/99 = 13.1 % after one more negative
        CheckOutcome o = check("so", "n", "neg");
        assertThat(o.decision()).isEqualTo(Verdict.WARN);
        assertThat(o.messages()).extracting(Reason::code).containsExactly("near_threshold");
    }

    // ---- reservations ------------------------------------------------------------------------

    @Test
    void reservationsCountInEveryProjectionAndExpire() {
        portal("so", Policy.defaults());
        seed("so", 100, 0);
        for (int i = 1; i <= 17; i++) {
            assertThat(check("so", "held-" + i, "neg").decision()).isNotEqualTo(Verdict.BLOCK);
        }
        CheckOutcome next = check("so", "held-18", "neg");
        assertThat(next.decision()).as("17 held slots fill the window").isEqualTo(Verdict.BLOCK);
        assertThat(next.share().held()).isEqualTo(17);

        clock.advance(Duration.ofMinutes(16));
        CheckOutcome later = check("so", "held-18", "neg");
        assertThat(later.decision()).as("the holds expired after 15 minutes").isNotEqualTo(Verdict.BLOCK);
        assertThat(later.share().held()).isZero();
    }

    /**
     * What a check counts as held, asserted equal to a count of the reservations themselves
     * (stats reads them row by row); the probe's own hold is given back at once.
     */
    CheckOutcome probeHeld(String portal, long expectedHeld) {
        CheckOutcome seen = check(portal, "probe", "pos probe");
        event(portal, EventType.DELETED, "probe", null);
        assertThat(seen.share().held()).as("held as a check counts it").isEqualTo(expectedHeld);
        assertThat(gate.stats(portal, null, null).held()).as("held as the reservations are").isEqualTo(expectedHeld);
        return seen;
    }

    @Test
    void theCountOfReservationsFollowsEveryWayAHoldEnds() {
        portal("so", policy(Mode.WARN, 0));
        check("so", "a", "neg a");
        check("so", "b", "pos b");
        assertThat(probeHeld("so", 2).share().negative()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        check("so", "c", "neg c");
        assertThat(probeHeld("so", 3).share().negative()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(11));
        assertThat(probeHeld("so", 1).share().negative()).as("a and b expired at 15 minutes").isEqualTo(1);
        clock.set(NOW.plus(Duration.ofMinutes(14)));
        assertThat(probeHeld("so", 3).share().negative()).as("a node whose clock is behind still sees a and b").isEqualTo(2);
        clock.set(NOW.plus(Duration.ofMinutes(16)));
        probeHeld("so", 1);

        CheckOutcome again = check("so", "c", "neg c, edited");
        probeHeld("so", 1);
        publish("so", "c", again.reservation().orElseThrow().id());
        assertThat(probeHeld("so", 0).share().negative()).as("c is counted as published, no longer as held").isEqualTo(1);

        check("so", "d", "neg d");
        probeHeld("so", 1);
        clock.advance(Duration.ofDays(2));
        assertThat(gate.sweep()).as("expired holds are forgotten after a day").isPositive();
        probeHeld("so", 0);
        check("so", "e", "neg e");
        probeHeld("so", 1);
    }

    @Test
    void anExpiredHoldIsKeptUntilTheCountsHaveLeftItOut() {
        portal("so", policy(Mode.WARN, 0));
        check("so", "a", "neg a");
        clock.advance(Duration.ofDays(2));
        // no check since a expired: the sweep leaves it, so the next check can still take it away
        assertThat(gate.sweep()).isZero();
        probeHeld("so", 0);
        clock.advance(Duration.ofMinutes(1));
        assertThat(gate.sweep()).isPositive();
        probeHeld("so", 0);
    }

    @Test
    void aReservationAnswersTheExpiryTheLedgerKeeps() {
        portal("so", policy(Mode.BLOCK, 0));
        clock.set(NOW.plusNanos(123_456_789));
        Hold answered = check("so", "p1", "Khánh thành cầu mới").reservation().orElseThrow();
        Hold kept = new Ledger(new Transactions(database.dataSource()))
                .withPortal("so", book -> book.hold(answered.id())).orElseThrow();
        assertThat(answered.expiresAt()).as("no finer than the store keeps").isEqualTo(kept.expiresAt());
        assertThat(answered.createdAt()).isEqualTo(NOW.plusNanos(123_456_000));
    }

    @Test
    void aRecheckOfTheSamePostReplacesItsHoldInsteadOfTakingAnother() {
        portal("so", Policy.defaults());
        seed("so", 100, 0);
        for (int i = 0; i < 30; i++) {
            assertThat(check("so", "same-post", "neg draft " + i).decision()).isNotEqualTo(Verdict.BLOCK);
        }
        assertThat(check("so", "other", "neg").share().held()).isEqualTo(1);
    }

    @Test
    void concurrentChecksNeverJointlyReachTheThreshold() throws Exception {
        portal("so", Policy.defaults());
        seed("so", 100, 0);
        Database second = openSecondNode();
        try {
            Gate[] nodes = {gate, gateOn(second)};
            int threads = 16;
            int attempts = 48;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Verdict>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Gate node = nodes[i % 2];
                String post = "race-" + i;
                Callable<Verdict> task = () -> {
                    go.await();
                    return node.check("so", new CheckRequest(post, Channel.PORTAL, draft("neg"), Optional.empty(), "cms")).decision();
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            long passed = 0;
            for (Future<Verdict> f : results) {
                if (f.get() != Verdict.BLOCK) {
                    passed++;
                }
            }
            pool.shutdown();
            assertThat(passed).as("17 slots, whatever the interleaving").isEqualTo(17);
        } finally {
            if (second != database) {
                second.close();
            }
        }
    }

    // ---- windows -----------------------------------------------------------------------------

    @Test
    void aRollingWindowCountsItsFirstDayAndNotTheDayBefore() {
        portal("so", window(WindowType.ROLLING_DAYS, 30));
        // 2026-10-22 in Hà Nội is the window's first day on 2026-11-20; 2026-10-21 is outside.
        publishText("so", "inside", "neg first day", Instant.parse("2026-10-21T17:00:00Z"));
        publishText("so", "outside", "neg day before", Instant.parse("2026-10-21T16:59:59Z"));
        Stats stats = gate.stats("so", null, null);
        assertThat(stats.window().firstDay()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(stats.tally().total()).isEqualTo(1);
    }

    @Test
    void aCalendarMonthBeginsAtMidnightInThePortalsTimeZone() {
        portal("so", window(WindowType.CALENDAR_MONTH, 0));
        publishText("so", "nov", "neg", Instant.parse("2026-10-31T17:30:00Z"));   // 00:30 on 1 Nov in Hà Nội
        publishText("so", "oct", "neg", Instant.parse("2026-10-31T16:59:00Z"));   // 23:59 on 31 Oct
        Stats stats = gate.stats("so", null, null);
        assertThat(stats.window().firstDay()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(stats.window().lastDay()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(stats.tally().total()).isEqualTo(1);

        clock.set(Instant.parse("2026-11-30T17:00:00Z"));  // 00:00 on 1 Dec: a fresh month
        assertThat(gate.stats("so", null, null).tally().total()).isZero();
    }

    @Test
    void aCalendarQuarterRunsFromOctoberToDecember() {
        portal("so", window(WindowType.CALENDAR_QUARTER, 0));
        publishText("so", "q4", "neg", Instant.parse("2026-09-30T17:00:00Z"));   // 1 Oct, 00:00 in Hà Nội
        publishText("so", "q3", "neg", Instant.parse("2026-09-30T16:00:00Z"));   // 30 Sep, 23:00
        Stats stats = gate.stats("so", null, null);
        assertThat(stats.window().firstDay()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(stats.window().lastDay()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(stats.tally().total()).isEqualTo(1);
        assertThat(stats.headroom().nextSlotAt()).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
    }

    @Test
    void inARollingWindowTheNextSlotFreesWhenTheOldestNegativeDayLeaves() {
        portal("so", Policy.defaults());
        publishText("so", "old-neg", "neg", Instant.parse("2026-10-25T03:00:00Z"));
        for (int i = 0; i < 4; i++) {
            publishText("so", "neg" + i, "neg", Instant.parse("2026-11-19T03:00:00Z"));
        }
        seed("so", 30, 0);   // one more negative: 6 of 36, over the line; without 25 Oct, 5 of 35 fits
        CheckOutcome o = check("so", "new", "neg");
        assertThat(o.decision()).isEqualTo(Verdict.BLOCK);
        // 25 Oct leaves the 30-day window at the start of 24 Nov in Hà Nội (17:00 UTC the day before).
        assertThat(o.headroom().nextSlotAt()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
    }

    // ---- overrides ---------------------------------------------------------------------------

    @Test
    void anAllowedRoleWithAReasonPublishesOverABlockAndItIsRecorded() {
        portal("so", Policy.defaults());
        seed("so", 17, 3);
        CheckOutcome o = checkOverStorm("so", "urgent");
        assertThat(o.decision()).isEqualTo(Verdict.ALLOW);
        assertThat(o.overridden()).isTrue();
        assertThat(o.reservation()).isPresent();
        publish("so", "urgent", o.reservation().get().id());

        assertThat(gate.stats("so", null, null).tally().overridden()).isEqualTo(1);
        List<AuditRecord> overrides = audit.recent("so", "override", null, 10);
        assertThat(overrides).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("Nguyễn Văn A");
            assertThat(r.after()).contains("bão số 3");
        });
    }

    @Test
    void anOverrideByAnotherRoleOrWithoutAReasonIsRefused() {
        portal("so", Policy.defaults());
        seed("so", 17, 3);
        CheckRequest wrongRole = new CheckRequest("x", Channel.PORTAL, draft("neg"),
                Optional.of(new OverrideClaim("B", "reporter", "một lý do đủ dài để được chấp nhận")), "cms");
        CheckRequest shortReason = new CheckRequest("x", Channel.PORTAL, draft("neg"),
                Optional.of(new OverrideClaim("B", "editor-in-chief", "gấp")), "cms");
        assertThatThrownBy(() -> gate.check("so", wrongRole)).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.kind()).isEqualTo(GateException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> gate.check("so", shortReason)).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.field()).isEqualTo("override.justification"));
        assertThat(check("so", "y", "neg").share().held()).as("refused overrides hold nothing").isZero();
    }

    // ---- events ------------------------------------------------------------------------------

    @Test
    void eventsMoveTheCountsAndAReplayedStateCountsOnce() {
        portal("so", Policy.defaults());
        CheckOutcome o = check("so", "a", "neg");
        publish("so", "a", o.reservation().get().id());
        publish("so", "a", null);   // the same state again, another delivery
        assertThat(gate.stats("so", null, null).tally()).satisfies(t -> {
            assertThat(t.total()).isEqualTo(1);
            assertThat(t.negative()).isEqualTo(1);
        });

        EventOutcome relabelled = event("so", EventType.UPDATED, "a", "pos rewritten");
        assertThat(relabelled.label()).isEqualTo(Label.POSITIVE);
        assertThat(gate.stats("so", null, null).tally().negative()).isZero();

        EventOutcome gone = event("so", EventType.UNPUBLISHED, "a", null);
        assertThat(gone.counted()).isFalse();
        assertThat(gone.state()).isEqualTo(PostState.UNPUBLISHED);
        event("so", EventType.UNPUBLISHED, "a", null);
        assertThat(gate.stats("so", null, null).tally().total()).isZero();

        publish("so", "a", null);   // back online
        assertThat(gate.stats("so", null, null).tally().total()).isEqualTo(1);
        event("so", EventType.DELETED, "a", null);
        assertThat(gate.stats("so", null, null).tally().total()).isZero();
    }

    @Test
    void aPublishWithoutACheckIsScoredFromItsText() {
        portal("so", Policy.defaults());
        EventOutcome out = publishText("so", "unchecked", "neg published without asking", null);
        assertThat(out.label()).isEqualTo(Label.NEGATIVE);
        assertThat(out.counted()).isTrue();
    }

    @Test
    void aPublishWithoutItsReservationIdTakesThePostsLiveHold() {
        portal("so", Policy.defaults());
        seed("so", 17, 3);
        CheckOutcome o = checkOverStorm("so", "urgent");
        assertThat(o.overridden()).isTrue();

        EventOutcome out = publish("so", "urgent", null); // neither the reservation id nor the text
        assertThat(out.label()).isEqualTo(Label.NEGATIVE);
        assertThat(out.counted()).isTrue();
        assertThat(gate.stats("so", null, null).tally()).satisfies(t -> {
            assertThat(t.negative()).isEqualTo(4);
            assertThat(t.overridden()).as("the override the check recorded comes with its hold").isEqualTo(1);
        });
        assertThat(check("so", "next", "pos").share().held()).as("and the hold is spent").isZero();
    }

    @Test
    void eventsThatCannotBeAppliedSayWhy() {
        portal("so", Policy.defaults());
        assertThatThrownBy(() -> event("so", EventType.UPDATED, "nope", "pos")).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.kind()).isEqualTo(GateException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> publish("so", "nope", null)).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.code()).isEqualTo("nothing_to_score"));
        assertThatThrownBy(() -> publish("so", "nope", "no-such-reservation")).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.code()).isEqualTo("unknown_reservation"));
        String held = check("so", "mine", "neg").reservation().get().id();
        assertThatThrownBy(() -> publish("so", "theirs", held)).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.kind()).isEqualTo(GateException.Kind.CONFLICT));
        assertThatThrownBy(() -> check("nowhere", "x", "neg")).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.code()).isEqualTo("unknown_portal"));
    }

    @Test
    void aWithdrawnDraftGivesItsHoldBack() {
        portal("so", Policy.defaults());
        seed("so", 100, 0);
        check("so", "draft", "neg");
        EventOutcome out = event("so", EventType.DELETED, "draft", null);
        assertThat(out.counted()).isFalse();
        assertThat(check("so", "other", "neg").share().held()).isZero();
    }

    @Test
    void aRedeliveredWebhookGetsTheFirstAnswerAndChangesNothing() {
        portal("so", Policy.defaults());
        CheckRequest request = new CheckRequest("a", Channel.PORTAL, draft("neg"), Optional.empty(), "cms");
        Answer first = gate.check("so", request, "msg_1", score -> o -> utf8(o.decision() + " " + o.reservation().get().id()));
        Answer again = gate.check("so", request, "msg_1", score -> o -> utf8("rendered again"));
        assertThat(again.replayed()).isTrue();
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(check("so", "b", "neg").share().held()).as("one hold for a, none extra").isEqualTo(1);

        PostEvent published = new PostEvent(EventType.PUBLISHED, "a", Optional.empty(), Optional.empty(),
                Optional.of(draft("neg")), "neg", null, null, "cms");
        gate.record("so", published, "msg_2", o -> utf8(o.toString()));
        gate.record("so", published, "msg_2", o -> utf8(o.toString()));
        assertThat(gate.stats("so", null, null).tally().total()).isEqualTo(1);

        clock.advance(Gate.KEEP_DELIVERIES.plusMinutes(1));
        assertThat(gate.sweep()).as("old deliveries and long-expired holds go").isPositive();
        clock.advance(Duration.ofMinutes(1));
        assertThat(gate.check("so", request, "msg_1", score -> o -> utf8("answered anew")).replayed())
                .as("a delivery id older than the retention is forgotten").isFalse();
    }

    @Test
    void aChecksScoreIsWrittenBeforeThePortalIsLocked() throws Exception {
        portal("so", Policy.defaults());
        CheckRequest request = new CheckRequest("a", Channel.PORTAL, draft("neg"), Optional.empty(), "cms");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<Label> seenAhead = new ArrayList<>();
            Answer answer = gate.check("so", request, "msg_1", score -> {
                seenAhead.add(score.label());
                // were this stage under the portal's lock, a check of the same portal could not finish now
                Future<Verdict> meanwhile = other.submit(() -> check("so", "b", "pos").decision());
                try {
                    assertThat(meanwhile.get(5, TimeUnit.SECONDS)).isNotNull();
                } catch (Exception e) {
                    throw new AssertionError("another check of the portal waited for this one's score to be written", e);
                }
                return o -> utf8(o.score().label() + " " + o.share().held());
            });
            assertThat(seenAhead).containsExactly(Label.NEGATIVE);
            assertThat(new String(answer.json(), StandardCharsets.UTF_8))
                    .as("decided after the other check, whose hold it counts").isEqualTo(Label.NEGATIVE + " 1");
        } finally {
            other.shutdownNow();
        }
    }

    // ---- stats, policy, audit -----------------------------------------------------------------

    @Test
    void statsGiveTheDailySeriesOfARange() {
        portal("so", Policy.defaults());
        publishText("so", "a", "neg", Instant.parse("2026-11-18T03:00:00Z"));
        publishText("so", "b", "pos", Instant.parse("2026-11-18T04:00:00Z"));
        publishText("so", "c", "pos", Instant.parse("2026-11-20T01:00:00Z"));
        Stats stats = gate.stats("so", LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-19"));
        assertThat(stats.tally().total()).isEqualTo(2);
        assertThat(stats.share()).isEqualTo(0.5);
        assertThat(stats.daily()).singleElement().satisfies(d -> assertThat(d.day()).isEqualTo(LocalDate.parse("2026-11-18")));
        assertThatThrownBy(() -> gate.stats("so", LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-18")))
                .isInstanceOf(GateException.class);
    }

    @Test
    void aPolicyChangeIsAuditedWithBeforeAndAfterAndTakesEffect() {
        portal("so", Policy.defaults());
        seed("so", 17, 2);
        assertThat(check("so", "n", "neg").decision()).isEqualTo(Verdict.BLOCK);
        Policy relaxed = policy(Mode.WARN, 20);
        portals.setPolicy("so", relaxed, "webmaster1");
        assertThat(check("so", "n", "neg").decision()).isEqualTo(Verdict.WARN);
        assertThat(audit.recent("so", "policy_changed", null, 5)).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("webmaster1");
            assertThat(r.before()).contains("\"mode\":\"block\"");
            assertThat(r.after()).contains("\"mode\":\"warn\"");
        });
        assertThat(portals.get("so").policy()).isEqualTo(relaxed);
    }

    @Test
    void aPolicySetOnAnotherNodeDecidesTheNextCheckHere() {
        portal("so", Policy.defaults());
        seed("so", 17, 2);
        // this node now holds the portal in its cache
        assertThat(check("so", "n", "neg").decision()).isEqualTo(Verdict.BLOCK);
        Database second = openSecondNode();
        try {
            Portals otherNode = new Portals(new Transactions(second.dataSource()), clock);
            otherNode.setPolicy("so", policy(Mode.WARN, 20), "webmaster1");
            assertThat(check("so", "n", "neg").decision()).isEqualTo(Verdict.WARN);
        } finally {
            if (second != database) {
                second.close();
            }
        }
    }

    @Test
    void everyDecisionIsInTheAuditLog() {
        portal("so", Policy.defaults());
        check("so", "a", "neg");
        check("so", "b", "pos");
        assertThat(audit.recent("so", "check", null, 10)).hasSize(2)
                .allSatisfy(r -> assertThat(r.lexiconVersion()).isEqualTo(1L));
    }

    @Test
    void aPortalIdIsTakenOnce() {
        portal("so", Policy.defaults());
        assertThatThrownBy(() -> portal("so", Policy.defaults())).isInstanceOfSatisfying(GateException.class,
                e -> assertThat(e.kind()).isEqualTo(GateException.Kind.CONFLICT));
        assertThat(portals.get("so").secret()).startsWith("whsec_");
        assertThat(portals.list()).extracting(Portal::id).containsExactly("so");
        assertThat(Set.of(portals.get("so").secret(), portals.rotateSecret("so", "admin").secret())).hasSize(2);
    }
}
