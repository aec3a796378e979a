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
        }
        return engine;
    }

    /** Seeds the engine's generator (parameter initialisation, dropout masks). */
    public static void seed(long seed) {
        pytorch().setRandomSeed((int) (seed ^ (seed >>> 32)) & 0x7fffffff);
    }
}
