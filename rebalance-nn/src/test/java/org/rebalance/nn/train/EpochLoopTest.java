package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.batch.BatchSource;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.batch.VectorInput;

/**
 * The shared epoch loop on a tiny problem (8 rows of 2 features, batches of 4, loss: the mean squared
 * output) with scripted validation scores: early stopping, best-epoch choice, weight restoring, the
 * records, the progress messages and the non-finite loss.
 */
class EpochLoopTest {
    private static final DenseMatrix X = DenseMatrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}, {-1, 0},
            {0, -1}, {-1, -1}, {2, 1}, {1, 2}}, Schema.numbered(2));
    private static final int[] IN_ORDER = IntStream.range(0, 8).toArray();

    private NetworkModel<DenseMatrix> model;
    private NDManager data;
    private BatchSource source;
    private final List<String> progress = new ArrayList<>();
    private final List<float[]> weightsAfterEpoch = new ArrayList<>();

    @BeforeEach
    void createModel() {
        model = NetworkModel.create(new Mlp(List.of(4), 0.0, Activation.TANH), new VectorInput(InputEncoding.DENSE, 2),
                2, 1);
        data = model.manager().newSubManager();
        source = model.adapter().open(X, data);
    }

    @AfterEach
    void closeModel() {
        data.close();
        model.close();
    }

    private EpochLoop loop(int epochs, int patience, boolean higherIsBetter) {
        return new EpochLoop(model, new EpochLoop.Settings(epochs, 4, patience, AdamKernel.FUSED, 0.05, 1),
                new EpochLoop.Criterion("score", higherIsBetter));
    }

    /** Batches whose loss is the mean squared output (its minimum: every output 0). */
    private EpochLoop.BatchLoss squaredOutput() {
        return (epoch, order, from, to, batch) -> new EpochLoop.TrainingBatch(source.batch(order, from, to, batch),
                output -> output.square().mean());
    }

    /** Validation that records the weights of each epoch and scores it {@code scores[epoch - 1]}. */
    private EpochLoop.Validation scripted(double... scores) {
        return epoch -> {
            weightsAfterEpoch.add(weights());
            double s = scores[epoch - 1];
            return new EpochLoop.ValidationScore(10 + epoch, 20 + epoch, s);
        };
    }

    private float[] weights() {
        List<Float> all = new ArrayList<>();
        for (Pair<String, Parameter> p : model.block().getParameters()) {
            for (float v : p.getValue().getArray().toFloatArray()) {
                all.add(v);
            }
        }
        float[] w = new float[all.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = all.get(i);
        }
        return w;
    }

    private ProgressListener recorder() {
        return new ProgressListener() {
            @Override
            public void start(String task, long total) {
                progress.add("start " + task + " " + total);
            }

            @Override
            public void step(long done, String message) {
                progress.add(done + ": " + message.replaceFirst("^loss [0-9.]+, ", ""));
            }

            @Override
            public void finish() {
                progress.add("finish");
            }
        };
    }

    @Test
    void stopsAfterPatienceEpochsWithoutGainAndRestoresTheBestEpochsWeights() {
        // best at epoch 2; epoch 4 ties it (the earlier epoch stays best); epoch 5 is the 3rd without gain
        EpochLoop.Outcome outcome = loop(10, 3, true).run(e -> IN_ORDER, squaredOutput(),
                scripted(0.5, 0.8, 0.7, 0.8, 0.6, 0.9), recorder());
        assertEquals(2, outcome.bestEpoch());
        assertEquals(5, outcome.history().size());
        assertEquals(List.of("start epochs 10",
                "1: valid score 0.5000 (best epoch 1)",
                "2: valid score 0.8000 (best epoch 2)",
                "3: valid score 0.7000 (best epoch 2)",
                "4: valid score 0.8000 (best epoch 2)",
                "5: valid score 0.6000 (best epoch 2)",
                "finish"), progress);
        assertArrayEquals(weightsAfterEpoch.get(1), weights(), "the network holds epoch 2's weights again");
        assertFalse(java.util.Arrays.equals(weightsAfterEpoch.get(1), weightsAfterEpoch.get(4)), "training moved on");
        EpochRecord third = outcome.history().epochs().get(2);
        assertEquals(3, third.epoch());
        assertEquals(13, third.validLoss());
        assertEquals(23, third.validMetric());
    }

    @Test
    void withoutPatienceEveryEpochTrainsAndLowerCanBeBetter() {
        EpochLoop.Outcome outcome = loop(4, 0, false).run(e -> IN_ORDER, squaredOutput(),
                scripted(0.9, 0.4, 0.6, Double.NaN), recorder());
        assertEquals(4, outcome.history().size());
        assertEquals(2, outcome.bestEpoch(), "a NaN score never beats a number");
        assertArrayEquals(weightsAfterEpoch.get(1), weights());
        // the training loss is the mean over the epoch's two batches, and it falls as Adam minimises it
        List<EpochRecord> epochs = outcome.history().epochs();
        assertTrue(epochs.get(3).trainLoss() < epochs.get(0).trainLoss(), epochs.toString());
    }

    @Test
    void aNonFiniteLossNamesItsEpochAndBatch() {
        EpochLoop.BatchLoss nanAtEpoch2Batch2 = (epoch, order, from, to, batch) -> new EpochLoop.TrainingBatch(
                source.batch(order, from, to, batch),
                output -> epoch == 2 && from == 4 ? output.mean().mul(Float.NaN) : output.square().mean());
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> loop(5, 0, true).run(epoch -> IN_ORDER, nanAtEpoch2Batch2, scripted(1, 1, 1, 1, 1), recorder()));
        assertEquals("loss became NaN at epoch 2, batch 2; lower the learning rate or check the inputs for extreme "
                + "values", e.getMessage());
        assertEquals(List.of("start epochs 5", "1: valid score 1.0000 (best epoch 1)", "finish"), progress);
    }
}
