package org.paperkg.extract.model;

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

    private DjlOffline() {
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
