package vn.tonegate.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ThreadScheduleTest {

    private static final boolean LINUX = System.getProperty("os.name").startsWith("Linux");

    @Test
    void aThreadThatSpinsIsCountedOnACoreAndOneThatSleepsIsNot() throws InterruptedException {
        ThreadSchedule.Sample first = ThreadSchedule.sample();
        if (!LINUX) {
            assertNull(first);
            return;
        }
        assertNotNull(first);
        long spinUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30);
        long spins = 0;
        while (System.nanoTime() < spinUntil) {
            spins++;
        }
        ThreadSchedule.Sample spun = ThreadSchedule.sample();
        Thread.sleep(50);
        ThreadSchedule.Sample slept = ThreadSchedule.sample();

        long running = spun.runningNanos() - first.runningNanos();
        long waiting = spun.waitingNanos() - first.waitingNanos();
        // 30 ms of spinning is on a core or, on a busy machine, waiting for one; nothing else
        assertTrue(running + waiting >= TimeUnit.MILLISECONDS.toNanos(25), running + " + " + waiting + " ns after " + spins + " spins");
        assertTrue(running > 0);
        // a 50 ms sleep is neither: the thread is blocked
        long sleptRunning = slept.runningNanos() - spun.runningNanos();
        assertTrue(sleptRunning < TimeUnit.MILLISECONDS.toNanos(10), sleptRunning + " ns on a core while asleep");
    }

    @Test
    void eachThreadReadsItsOwnSchedule() throws InterruptedException {
        if (!LINUX) {
            return;
        }
        long spinUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(40);
        while (System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        long[] other = new long[1];
        Thread fresh = new Thread(() -> other[0] = ThreadSchedule.sample().runningNanos());
        fresh.start();
        fresh.join();
        // a thread that has just started has run far less than this one, which spun for 40 ms
        assertTrue(other[0] < ThreadSchedule.sample().runningNanos(), other[0] + " ns");
    }
}
