package org.rebalance.nn.engine;

import ai.djl.engine.Engine;

/**
 * The one place that starts DJL's PyTorch engine: offline (the native CPU library comes from the
 * {@code pytorch-native-cpu} jar on the class path; nothing is downloaded), with a chosen number of
 * intra-op threads, before the engine is first touched.
 */
public final class Engines {
    private static Engine engine;

    private Engines() {
    }

    /** The PyTorch engine, started with as many threads as the machine has cores. */
    public static Engine pytorch() {
        return pytorch(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The PyTorch engine. The thread count only takes effect on the first call in a JVM (the
     * native library fixes it when it loads); later calls return the same engine.
     */
    public static synchronized Engine pytorch(int threads) {
        if (engine == null) {
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(Math.max(1, threads)));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
            engine = Engine.getEngine("PyTorch");
            String warning = oneDnnWarning(System.getenv("ONEDNN_MAX_CPU_ISA"), cpuVendor());
            if (warning != null) {
                System.err.println(warning);
            }
        }
        return engine;
    }

    /**
     * The warning for a JVM started on a non-Intel processor without {@code ONEDNN_MAX_CPU_ISA} (null when none
     * is due): libtorch 2.5.1's oneDNN AVX-512 convolution backward gave random NaN gradients on an AMD EPYC, and
     * the variable must be set before the JVM starts (the {@code rebalance} launcher does it).
     */
    static String oneDnnWarning(String isaSetting, String vendor) {
        if (isaSetting != null || vendor == null || vendor.equals("GenuineIntel")) {
            return null;
        }
        return "rebalance: warning: on this " + vendor + " processor set ONEDNN_MAX_CPU_ISA=AVX2 before starting "
                + "Java; oneDNN's AVX-512 convolution backward is unreliable here (see docs/architecture.md)";
    }

    /** The processor vendor named in /proc/cpuinfo, or null where it cannot be read. */
    private static String cpuVendor() {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("vendor_id")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(null);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Seeds the engine's generator (parameter initialisation, dropout masks). */
    public static void seed(long seed) {
        pytorch().setRandomSeed((int) (seed ^ (seed >>> 32)) & 0x7fffffff);
    }
}
