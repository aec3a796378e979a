package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Iterator;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.learn.TrainedModel;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.util.Seeds;
import org.rebalance.nn.batch.BatchSource;
import org.rebalance.nn.batch.InputAdapter;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.engine.Tensors;
import org.rebalance.nn.net.Networks;
import org.rebalance.nn.net.SeededDropout;

/**
 * A trained network over one kind of inputs (feature vectors, graphs), fed through its
 * {@link InputAdapter}. It owns native memory: close it. Scores are sigmoid probabilities of class 1
 * for two classes, softmax probabilities otherwise.
 */
public final class NetworkModel<I extends Inputs> implements TrainedModel<I> {
    private static final int SCORE_BATCH = 1024;

    private final NDManager manager;
    private final Block block;
    private final NetworkSpec spec;
    private final InputAdapter<I> adapter;
    private final int classes;
    private final long seed;

    NetworkModel(NDManager manager, Block block, NetworkSpec spec, InputAdapter<I> adapter, int classes, long seed) {
        this.manager = manager;
        this.block = block;
        this.spec = spec;
        this.adapter = adapter;
        this.classes = classes;
        this.seed = seed;
    }

    /**
     * A new network initialised from {@code seed}: the engine's global generator is seeded and the
     * parameters drawn under one lock, so networks created on several threads at once still get
     * the parameters their seeds give; dropout masks come from the network's own generators.
     */
    static <I extends Inputs> NetworkModel<I> create(NetworkSpec spec, InputAdapter<I> adapter, int classes, long seed) {
        NDManager manager = Engines.pytorch().newBaseManager();
        Block block = Networks.build(spec, outputs(classes));
        synchronized (Engines.class) {
            Engines.seed(seed);
            Networks.initialize(block, spec, manager, adapter.shapes());
        }
        SeededDropout.reseed(block, seed);
        return new NetworkModel<>(manager, block, spec, adapter, classes, seed);
    }

    /**
     * A second network of the same kind holding this one's parameter values (every parameter, batch-norm
     * statistics included), its dropout drawing from streams of its own (the {@code index}-th twin of this
     * network's seed): a replica for data-parallel training. Close it.
     */
    NetworkModel<I> twin(int index) {
        NetworkModel<I> twin = create(spec, adapter, classes, Seeds.of(seed).derive("replica " + index));
        copyParametersTo(twin);
        return twin;
    }

    /** Copies every parameter value of this network (batch-norm statistics included) into {@code other}'s. */
    void copyParametersTo(NetworkModel<?> other) {
        Iterator<Pair<String, Parameter>> theirs = other.block.getParameters().iterator();
        for (Pair<String, Parameter> mine : block.getParameters()) {
            Tensors.view(theirs.next().getValue().getArray()).put(Tensors.view(mine.getValue().getArray()));
        }
    }

    /** Reads a network written by {@link #saveParameters}. */
    public static <I extends Inputs> NetworkModel<I> load(NetworkSpec spec, InputAdapter<I> adapter, int classes,
            DataInputStream in) throws IOException {
        NetworkModel<I> model = create(spec, adapter, classes, 0);
        try {
            ParameterFile.read(model.block, in);
            return model;
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    static int outputs(int classes) {
        return classes == 2 ? 1 : classes;
    }

    /** Writes the parameter values (see {@link ParameterFile} for the layout). */
    public void saveParameters(DataOutputStream out) throws IOException {
        ParameterFile.write(block, out);
    }

    Block block() {
        return block;
    }

    NDManager manager() {
        return manager;
    }

    public NetworkSpec spec() {
        return spec;
    }

    /** How inputs reach this network (their encoding and width). */
    public InputAdapter<I> adapter() {
        return adapter;
    }

    public int classes() {
        return classes;
    }

    @Override
    public Scores score(I x) {
        adapter.check(x);
        float[] logits = logits(x);
        int n = x.size();
        if (classes == 2) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = sigmoid(logits[i]);
            }
            return new BinaryScores(p);
        }
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = softmax(logits, i * classes, classes);
        }
        return new MulticlassScores(p);
    }

    /** Raw logits, row-major (n) or (n x k), computed in inference mode (no dropout). */
    float[] logits(I x) {
        int n = x.size();
        int out = outputs(classes);
        float[] result = new float[n * out];
        ParameterStore store = new ParameterStore(manager, false);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        try (NDManager scope = manager.newSubManager()) {
            BatchSource source = adapter.open(x, scope);
            for (int from = 0; from < n; from += SCORE_BATCH) {
                int to = Math.min(n, from + SCORE_BATCH);
                try (NDManager batch = scope.newSubManager()) {
                    NDArray y = block.forward(store, source.batch(order, from, to, batch), false).singletonOrThrow();
                    float[] v = y.toFloatArray();
                    System.arraycopy(v, 0, result, from * out, v.length);
                }
            }
        }
        return result;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double[] softmax(float[] z, int offset, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, z[offset + c]);
        }
        double[] p = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(z[offset + c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
        return p;
    }

    @Override
    public void close() {
        manager.close();
    }
}
