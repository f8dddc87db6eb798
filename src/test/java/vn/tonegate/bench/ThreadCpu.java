package vn.tonegate.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of another process's threads, added up by what the threads do (their names, as
 * Linux keeps them in {@code /proc/<pid>/task/<tid>/stat}): the load test's "server CPU per check"
 * says how much, this says whose, e.g. request threads against the collector or the JIT.
 * Linux only; elsewhere {@link #sample} is empty and nothing is reported.
 */
final class ThreadCpu {

    /** Clock ticks per second of utime and stime; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ThreadCpu() {
    }

    /** A thread's ticks of CPU so far, and what it does. */
    record Used(long ticks, Group group) {
    }

    /** The CPU used so far by each live thread of the process, by thread id. */
    static Map<String, Used> sample(long pid) {
        Map<String, Used> ticks = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue; // the thread ended between listing and reading
                }
                // "tid (name) state ..." - the name may hold spaces and parentheses, so cut at the last ')'
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] rest = stat.substring(close + 2).split(" ");
                // rest[0] is field 3 (state); utime and stime are fields 14 and 15
                long used = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                ticks.put(thread.getFileName().toString(), new Used(used, group(stat.substring(open + 1, close))));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** Seconds of CPU each group of threads used between two samples; threads born since count whole. */
    static Map<Group, Double> between(Map<String, Used> before, Map<String, Used> after) {
        Map<Group, Double> seconds = new TreeMap<>();
        after.forEach((tid, now) -> {
            Used then = before.get(tid);
            long used = now.ticks() - (then == null ? 0 : then.ticks());
            seconds.merge(now.group(), used / TICKS_PER_SECOND, Double::sum);
        });
        return seconds;
    }

    static Group group(String threadName) {
        if (threadName.startsWith("qtp")) {
            return Group.REQUESTS;
        }
        if (threadName.startsWith("Z") || threadName.startsWith("GC ") || threadName.startsWith("G1 ")
                || threadName.startsWith("Shenandoah") || threadName.equals("VM Thread")) {
            return Group.COLLECTOR;
        }
        if (threadName.contains("CompilerThre") || threadName.startsWith("C1 ") || threadName.startsWith("C2 ")) {
            return Group.JIT;
        }
        if (threadName.startsWith("MVStore")) {
            return Group.H2_WRITER;
        }
        return Group.OTHER;
    }

    enum Group {
        REQUESTS("request threads"), COLLECTOR("collector"), JIT("JIT compilers"), H2_WRITER("H2's writer"), OTHER("other");

        final String label;

        Group(String label) {
            this.label = label;
        }
    }
}
