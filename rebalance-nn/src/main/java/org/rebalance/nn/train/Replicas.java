package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        int count = twins.size() + 1;
        int[] bounds = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            bounds[i] = from + (int) ((long) (to - from) * i / count);
        }
        List<NDManager> managers = new ArrayList<>();
        List<Future<Double>> running = new ArrayList<>();
        try {
            // the twins' slices first, each handed to its thread as soon as it is gathered, then the main slice:
            // gathering stays on this thread and in a fixed order, and overlaps the twins' work
            List<Integer> sizes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (bounds[i + 1] == bounds[i]) {
                    continue; // a short last batch leaves some twins nothing: their gradients stay 0
                }
                NetworkModel<?> twin = twins.get(i - 1);
                ParameterStore twinStore = twinStores.get(i - 1);
                NDManager m = twin.manager().newSubManager();
                managers.add(m);
                EpochLoop.TrainingBatch slice = batchLoss.gather(epoch, order, bounds[i], bounds[i + 1], m);
                running.add(pool.submit(() -> EpochLoop.forwardBackward(twin.block(), twinStore, slice, m)));
                sizes.add(bounds[i + 1] - bounds[i]);
            }
            double total = 0;
            if (bounds[1] > bounds[0]) { // main's gradients are 0 after the last Adam step when it has no slice
                NDManager mainBatch = main.manager().newSubManager();
                managers.add(mainBatch);
                EpochLoop.TrainingBatch mainSlice = batchLoss.gather(epoch, order, bounds[0], bounds[1], mainBatch);
                total = EpochLoop.forwardBackward(main.block(), store, mainSlice, mainBatch) * (bounds[1] - bounds[0]);
            }
            for (int i = 0; i < running.size(); i++) {
                total += result(running.get(i)) * sizes.get(i);
            }
            combineGradients(parameters, bounds);
            adam.step(parameters);
            for (NetworkModel<?> twin : twins) {
                main.copyParametersTo(twin);
            }
            return total / (to - from);
        } finally {
            for (Future<Double> f : running) { // a twin still at work must not lose its tensors under it
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // reported by result() when the step got that far; otherwise the first failure wins
                }
            }
            managers.forEach(NDManager::close);
        }
    }

    /** Main gradient := sum over networks of (slice size / batch size) x that network's gradient; twins' reset. */
    private void combineGradients(List<NDArray> parameters, int[] bounds) {
        float n = bounds[bounds.length - 1] - bounds[0];
        for (int p = 0; p < parameters.size(); p++) {
            try (NDArray mainGradient = parameters.get(p).getGradient()) {
                FloatBuffer g = Tensors.view(mainGradient);
                float share = (bounds[1] - bounds[0]) / n;
                int size = g.capacity();
                float[] sum = new float[size];
                g.get(0, sum);
                for (int j = 0; j < size; j++) {
                    sum[j] *= share;
                }
                for (int t = 0; t < twins.size(); t++) {
                    try (NDArray twinGradient = twinParameters.get(t).get(p).getGradient()) {
                        FloatBuffer h = Tensors.view(twinGradient);
                        float twinShare = (bounds[t + 2] - bounds[t + 1]) / n;
                        float[] values = new float[size];
                        h.get(0, values);
                        for (int j = 0; j < size; j++) {
                            sum[j] += twinShare * values[j];
                        }
                        h.put(0, new float[size]);
                    }
                }
                g.put(0, sum);
            }
        }
    }

    private static double result(Future<Double> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a replica trained", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        twins.forEach(NetworkModel::close);
    }
}
