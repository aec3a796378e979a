package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rebalance.core.util.Futures;
import org.rebalance.nn.engine.Tensors;

/**
 * Data-parallel training inside one process: copies of the network ("twins") each take a slice of every
 * batch on a thread of their own, so the cores work on whole operations instead of waking each other for
 * every operation's parallel region (on the development VM those wake-ups cost about a tenth of all cycles).
 * Per step: the slices are gathered on the calling thread in a fixed order (the twins' first, each started
 * as soon as it is gathered; so seeded augmentation and mixing draw reproducibly), every network runs
 * forward and backward on its slice at once, the gradients are combined
 * into the main network's as the mean over the whole batch (each slice's mean gradient weighted by its
 * size: exact for losses that average per-example terms), one Adam step updates the main network, and its
 * values, batch-norm statistics included, are copied back into the twins. Batch norm therefore normalises
 * each slice by its own statistics, as in PyTorch's DistributedDataParallel without SyncBatchNorm.
 */
final class Replicas implements AutoCloseable {
    private final NetworkModel<?> main;
    private final List<NetworkModel<?>> twins = new ArrayList<>();
    private final List<List<NDArray>> twinParameters = new ArrayList<>();
    private final List<ParameterStore> twinStores = new ArrayList<>();
    private final ExecutorService pool;
    private float[] sum = new float[0];
    private float[] slice = new float[0];
    private float[] zeros = new float[0];

    /** {@code count} networks in all: the main one and {@code count - 1} twins, each with a thread. */
    Replicas(NetworkModel<?> main, int count) {
        this.main = main;
        try {
            for (int i = 1; i < count; i++) {
                NetworkModel<?> twin = main.twin(i);
                twins.add(twin);
                twinParameters.add(EpochLoop.trainableParameters(twin.block()));
                twinStores.add(new ParameterStore(twin.manager(), false));
            }
        } catch (RuntimeException e) {
            twins.forEach(NetworkModel::close);
            throw e;
        }
        pool = Executors.newFixedThreadPool(count - 1, r -> {
            Thread t = new Thread(r, "rebalance-replica");
            t.setDaemon(true);
            return t;
        });
    }

    /** One gradient step on the batch {@code order[from, to)} split among the networks; returns its mean loss. */
    double step(ParameterStore store, ParameterUpdate adam, List<NDArray> parameters, EpochLoop.BatchLoss batchLoss,
            int epoch, int[] order, int from, int to) {
        int[] bounds = sliceBounds(from, to);
        int mainSlice = twins.size(); // the last slice, never empty (the first ones may be, in a short last batch)
        List<NDManager> managers = new ArrayList<>();
        List<Future<Double>> running = new ArrayList<>();
        List<Integer> runningSizes = new ArrayList<>();
        try {
            // the twins' slices first, each handed to its thread as soon as it is gathered, then the main slice:
            // gathering stays on this thread and in a fixed order, and overlaps the twins' work
            for (int t = 0; t < twins.size(); t++) {
                if (bounds[t + 1] == bounds[t]) {
                    continue; // nothing for this twin: its gradients stay 0
                }
                NetworkModel<?> twin = twins.get(t);
                ParameterStore twinStore = twinStores.get(t);
                NDManager m = twin.manager().newSubManager();
                managers.add(m);
                EpochLoop.TrainingBatch part = batchLoss.gather(epoch, order, bounds[t], bounds[t + 1], m);
                running.add(pool.submit(() -> EpochLoop.forwardBackward(twin.block(), twinStore, part, m)));
                runningSizes.add(bounds[t + 1] - bounds[t]);
            }
            NDManager mainBatch = main.manager().newSubManager();
            managers.add(mainBatch);
            EpochLoop.TrainingBatch part = batchLoss.gather(epoch, order, bounds[mainSlice], to, mainBatch);
            double total = EpochLoop.forwardBackward(main.block(), store, part, mainBatch) * (to - bounds[mainSlice]);
            for (int i = 0; i < running.size(); i++) {
                total += Futures.join(running.get(i)) * runningSizes.get(i);
            }
            combineGradients(parameters, bounds);
            adam.step(parameters);
            for (NetworkModel<?> twin : twins) {
                main.copyParametersTo(twin);
            }
            return total / (to - from);
        } finally {
            Futures.awaitQuietly(running); // a twin still at work must not lose its tensors under it
            managers.forEach(NDManager::close);
        }
    }

    /** Slice i of the batch is [bounds[i], bounds[i + 1]); sizes differ by at most one, the last is the largest. */
    private int[] sliceBounds(int from, int to) {
        int count = twins.size() + 1;
        int[] bounds = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            bounds[i] = from + (int) ((long) (to - from) * i / count);
        }
        return bounds;
    }

    /**
     * Main gradient := sum over networks of (slice size / batch size) x that network's gradient; the twins'
     * gradients are reset to 0. Twins without a slice this step are skipped (theirs are 0 already).
     */
    private void combineGradients(List<NDArray> parameters, int[] bounds) {
        int mainSlice = twins.size();
        float n = bounds[mainSlice + 1] - bounds[0];
        for (int p = 0; p < parameters.size(); p++) {
            try (NDArray mainGradient = parameters.get(p).getGradient()) {
                FloatBuffer g = Tensors.view(mainGradient);
                int size = g.capacity();
                ensureScratch(size);
                g.get(0, sum, 0, size);
                scale(sum, size, (bounds[mainSlice + 1] - bounds[mainSlice]) / n);
                for (int t = 0; t < twins.size(); t++) {
                    if (bounds[t + 1] == bounds[t]) {
                        continue;
                    }
                    try (NDArray twinGradient = twinParameters.get(t).get(p).getGradient()) {
                        FloatBuffer h = Tensors.view(twinGradient);
                        h.get(0, slice, 0, size);
                        float share = (bounds[t + 1] - bounds[t]) / n;
                        for (int j = 0; j < size; j++) {
                            sum[j] += share * slice[j];
                        }
                        h.put(0, zeros, 0, size);
                    }
                }
                g.put(0, sum, 0, size);
            }
        }
    }

    private static void scale(float[] values, int size, float factor) {
        for (int j = 0; j < size; j++) {
            values[j] *= factor;
        }
    }

    /** Grows the scratch arrays (kept across steps: no allocation per step) to {@code size} values. */
    private void ensureScratch(int size) {
        if (sum.length < size) {
            sum = new float[size];
            slice = new float[size];
            zeros = new float[size];
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        twins.forEach(NetworkModel::close);
    }
}
