package org.paperkg.extract.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps DJL from reaching the network, and runs PyTorch on the calling thread. DJL reads these switches when its engine first loads: offline
 * mode makes any download fail fast (the PyTorch native library comes from the bundled
 * {@code pytorch-native-cpu} jar), and the tracking opt-out stops the engine's start-up call home
 * (EC2 metadata and a telemetry bucket). The build sets both for tests and {@code spring-boot:run};
 * this covers {@code java -jar} and embedding, and leaves a value someone set on purpose alone.
 * One engine thread per call: the models' forward passes are small and the pipeline already extracts
 * on as many threads as there are cores, so PyTorch's own thread pool would only oversubscribe them.
 */
public final class DjlOffline {

    static final String OFFLINE = "ai.djl.offline";
    static final String OPT_OUT = "OPT_OUT_TRACKING";
    static final String THREADS = "ai.djl.pytorch.num_threads";
    static final String INTEROP = "ai.djl.pytorch.num_interop_threads";

    /** The environment variable that caps oneDNN's instruction set; read by the native library, not Java. */
    static final String ONEDNN_ISA = "ONEDNN_MAX_CPU_ISA";

    private DjlOffline() {
    }

    /**
     * Why training on this machine may not be repeatable, if it may not: PyTorch 2.7.1's oneDNN AVX-512
     * kernels gave NaN now and then, and different weights from run to run, on an AMD Zen 5 machine,
     * and only the process environment can keep oneDNN to its AVX2 kernels (the build does so for its
     * tests and {@code spring-boot:run}).
     */
    static Optional<String> unrepeatableTraining(String cpuFlags, String isaSetting) {
        if (isaSetting != null || !cpuFlags.contains("avx512")) {
            return Optional.empty();
        }
        return Optional.of("this CPU has AVX-512 and " + ONEDNN_ISA + " is not set: training may give NaN or weights "
                + "that differ from run to run; set " + ONEDNN_ISA + "=AVX2 in the environment for repeatable training");
    }

    /** {@link #unrepeatableTraining(String, String)} for this machine and process. */
    static Optional<String> unrepeatableTraining() {
        String flags;
        try {
            flags = Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            flags = ""; // not Linux, or not readable: nothing known to warn about
        }
        return unrepeatableTraining(flags, System.getenv(ONEDNN_ISA));
    }

    /** Sets the switches unless already set; call before the first use of DJL's engine. */
    public static void ensure() {
        if (System.getProperty(OFFLINE) == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty(OFFLINE, "true");
        }
        if (System.getProperty(OPT_OUT) == null && System.getenv(OPT_OUT) == null) {
            System.setProperty(OPT_OUT, "true");
        }
        if (System.getProperty(THREADS) == null) {
            System.setProperty(THREADS, "1");
        }
        if (System.getProperty(INTEROP) == null) {
            System.setProperty(INTEROP, "1");
        }
    }
}
