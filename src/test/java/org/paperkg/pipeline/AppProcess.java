package org.paperkg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a child JVM on the test classpath ({@code java -cp … org.paperkg.PaperKgApplication
 * ARGS}), with this JVM's heap cap and the surefire settings that keep DJL, PDFBox and JNA inside the
 * build folder; its output goes to a file that can be read while it runs.
 */
final class AppProcess implements AutoCloseable {

    private static final List<String> FORWARDED = List.of("ai.djl.offline", "DJL_CACHE_DIR", "OPT_OUT_TRACKING",
            "pdfbox.fontcache", "jna.tmpdir", "java.io.tmpdir");
    private static final Pattern BOLT = Pattern.compile("Bolt (bolt://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final Path output;

    private AppProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the application with these arguments, its output in {@code output}. */
    static AppProcess start(Path output, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+ExitOnOutOfMemoryError"));
        for (String p : FORWARDED) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.paperkg.PaperKgApplication"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new AppProcess(p, output);
    }

    /** What it printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The embedded Neo4j's Bolt address, once its start is logged, else {@code null}. */
    String boltUri() {
        Matcher m = BOLT.matcher(output());
        return m.find() ? m.group(1) : null;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the exit, at most {@code minutes}; the exit code. */
    int waitFor(long minutes) throws InterruptedException {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            throw new AssertionError("the application did not finish within " + minutes + " min; output:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the store. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
