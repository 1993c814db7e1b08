package org.paperkg;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A benchmark's result as a Markdown table, printed with the conditions it was measured in (cores, load,
 * heap, JVM), since on a shared machine the wall clock also counts other processes' turns. Timings come
 * with the process's CPU time, which others' load does not inflate.
 */
public final class BenchTable {

    /** Wall and process CPU time of one timed piece of work, and what it returned. */
    public record Timed<T>(T value, double seconds, double cpuSeconds) {
        public double perSecond(long n) {
            return n / seconds;
        }
    }

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public BenchTable(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    public BenchTable row(Object... cells) {
        rows.add(Arrays.stream(cells).map(BenchTable::cell).toList());
        return this;
    }

    public BenchTable note(String text) {
        notes.add(text);
        return this;
    }

    public void print() {
        StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n").append(machine()).append("\n\n");
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        notes.forEach(n -> out.append('\n').append(n).append('\n'));
        System.out.println(out);
    }

    /** Times {@code work}: wall clock and the whole process's CPU (every thread, the embedded database's too). */
    public static <T> Timed<T> time(Supplier<T> work) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        T value = work.get();
        long wall = System.nanoTime() - t0;
        return new Timed<>(value, wall / 1e9, (processCpuNanos() - cpu0) / 1e9);
    }

    public static String machine() {
        return String.format(Locale.ROOT, "Measured on %d cores, load average %.1f (other processes included), "
                        + "max heap %d MiB, Java %s.", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String cell(Object o) {
        if (o instanceof Double d) {
            return d >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(o);
    }
}
