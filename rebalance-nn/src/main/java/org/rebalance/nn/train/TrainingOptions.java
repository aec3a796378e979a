package org.rebalance.nn.train;

import org.rebalance.core.ConfigException;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.metrics.Metric;
import org.rebalance.nn.batch.InputEncoding;

/**
 * Knobs of the training loop: Adam with a fixed learning rate, mini-batches, a maximum number of
 * epochs, and early stopping on a validation metric ({@code patience} epochs without improvement;
 * 0 trains every epoch). The best epoch's weights are kept either way. {@code encoding} says how
 * inputs reach the first layer ({@link InputEncoding}); {@code adam} which Adam implementation steps
 * ({@link AdamKernel}); {@code batches} which rows each epoch visits ({@link BatchPolicy}); {@code loss}
 * what is minimised ({@link LossSpec}); {@code replicas} how many copies of the network share each batch,
 * each on its own thread with a slice of the batch (data-parallel training; 1: none).
 */
public record TrainingOptions(int epochs, int batchSize, double learningRate, int patience, Metric selectBy,
        InputEncoding encoding, AdamKernel adam, BatchPolicy batches, LossSpec loss, int replicas) {
    public TrainingOptions {
        if (epochs < 1) {
            throw new ConfigException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new ConfigException("batch size must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new ConfigException("learning rate must be a positive number, got " + learningRate);
        }
        if (patience < 0) {
            throw new ConfigException("patience must be >= 0, got " + patience);
        }
        if (selectBy == null) {
            throw new ConfigException("a selection metric is required");
        }
        if (encoding == null || adam == null || batches == null || loss == null) {
            throw new ConfigException("an input encoding, an Adam kernel, a batch policy and a loss are required");
        }
        if (replicas < 1 || replicas > batchSize) {
            throw new ConfigException("replicas must be between 1 and the batch size (" + batchSize + "), got "
                    + replicas);
        }
    }

    /** One replica: every batch on one network. */
    public TrainingOptions(int epochs, int batchSize, double learningRate, int patience, Metric selectBy,
            InputEncoding encoding, AdamKernel adam, BatchPolicy batches, LossSpec loss) {
        this(epochs, batchSize, learningRate, patience, selectBy, encoding, adam, batches, loss, 1);
    }

    /**
     * 30 epochs, batch 64, learning rate 1e-3, patience 8, selection by balanced accuracy, inputs encoded
     * as {@link InputEncoding#AUTO} decides,
     * fused Adam, shuffled epochs.
     */
    public static TrainingOptions defaults() {
        return new TrainingOptions(30, 64, 1e-3, 8, Metric.BALANCED_ACCURACY, InputEncoding.AUTO,
                AdamKernel.FUSED, new BatchPolicy.Shuffled(), new LossSpec.CrossEntropy());
    }

    public TrainingOptions withEpochs(int value) {
        return new TrainingOptions(value, batchSize, learningRate, patience, selectBy,
                encoding, adam, batches, loss, replicas);
    }

    public TrainingOptions withBatchSize(int value) {
        return new TrainingOptions(epochs, value, learningRate, patience, selectBy,
                encoding, adam, batches, loss, replicas);
    }

    public TrainingOptions withLearningRate(double value) {
        return new TrainingOptions(epochs, batchSize, value, patience, selectBy,
                encoding, adam, batches, loss, replicas);
    }

    public TrainingOptions withPatience(int value) {
        return new TrainingOptions(epochs, batchSize, learningRate, value, selectBy,
                encoding, adam, batches, loss, replicas);
    }

    public TrainingOptions withSelectBy(Metric value) {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, value,
                encoding, adam, batches, loss, replicas);
    }

    public TrainingOptions withEncoding(InputEncoding value) {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, selectBy,
                value, adam, batches, loss, replicas);
    }

    public TrainingOptions withAdam(AdamKernel value) {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, selectBy,
                encoding, value, batches, loss, replicas);
    }

    public TrainingOptions withBatches(BatchPolicy value) {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, selectBy,
                encoding, adam, value, loss, replicas);
    }

    public TrainingOptions withLoss(LossSpec value) {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, selectBy,
                encoding, adam, batches, value, replicas);
    }

    public TrainingOptions withReplicas(int value) {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, selectBy, encoding, adam, batches, loss,
                value);
    }
}
