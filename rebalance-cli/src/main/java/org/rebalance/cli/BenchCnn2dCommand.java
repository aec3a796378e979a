package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Part;
import org.rebalance.core.image.IdxReader;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.train.AdamKernel;
import org.rebalance.nn.train.NetworkLearner;
import org.rebalance.nn.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rebalance bench-cnn2d}: training speed of the 2-D CNN that
 * {@code bench/reference/torch_cnn2d_bench.py} trains ({@link Cnn2d#defaults()}, 10 classes, Adam
 * 1e-3, unweighted cross-entropy, no augmentation) on the MNIST subset's 10,000 training images
 * (pixels in [0, 1]), with test accuracy on its 2,000 test images. Prints one JSON line like the
 * reference does. Not part of the test suite.
 */
@Command(name = "bench-cnn2d", description = "Benchmark 2-D CNN training speed (samples/s) on the MNIST subset.")
final class BenchCnn2dCommand implements Callable<Integer> {
    /** Training images whose scores feed the loop's per-epoch bookkeeping (untimed; they are also trained on). */
    private static final int BOOKKEEPING = 500;

    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", defaultValue = "data/mnist",
            description = "Folder with the MNIST IDX files (train-* and t10k-*, gzip) (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--epochs", defaultValue = "6", description = "Epochs; the first is a warm-up (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--threads", defaultValue = "2", description = "Engine threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--replicas", defaultValue = "1",
            description = "Copies of the network sharing each batch, each on its own thread (default: ${DEFAULT-VALUE}).")
    private int replicas;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Engines.pytorch(threads);
        long readStart = System.nanoTime();
        Dataset<ImageSet> train = IdxReader.read(data.resolve("train-images-idx3-ubyte.gz"),
                data.resolve("train-labels-idx1-ubyte.gz"));
        Dataset<ImageSet> test = IdxReader.read(data.resolve("t10k-images-idx3-ubyte.gz"),
                data.resolve("t10k-labels-idx1-ubyte.gz"), train.classTarget().classes());
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        // the reference trains every epoch and keeps the last; selecting by loss on training images does
        // not look at the test images
        Dataset<ImageSet> valid = train.select(IntStream.range(0, Math.min(BOOKKEEPING, train.size())).toArray());
        TrainingOptions options = new TrainingOptions(epochs, batch, 1e-3, 0, Metric.LOSS, InputEncoding.DENSE,
                AdamKernel.FUSED, new BatchPolicy.Shuffled(), new LossSpec.CrossEntropy(), replicas);
        NetworkLearner<ImageSet> learner = NetworkLearner.forImages(Cnn2d.defaults(), options, null);
        FitResult<ImageSet> fit = learner.fit(train, valid, ClassWeights.uniform(train.classTarget().classCount()),
                seed, ProgressListener.NONE);
        double[] seconds = fit.history().epochs().stream().mapToDouble(EpochRecord::seconds).toArray();
        double[] timed = seconds.length > 1 ? Arrays.copyOfRange(seconds, 1, seconds.length) : seconds;
        Evaluation e;
        try (var model = fit.model()) {
            e = Evaluation.of(Part.TEST, test.classTarget(), model.score(test.inputs()), Threshold.DEFAULT);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("peer", "rebalance (PyTorch " + Engines.pytorch().getVersion() + " via DJL)");
        out.put("network", "cnn2d");
        out.put("adam", "fused");
        out.put("threads", threads);
        out.put("replicas", replicas);
        out.put("train_samples", train.size());
        out.put("read_s", readSeconds);
        out.put("epoch_s", seconds);
        out.put("samples_per_s", train.size() / BenchCommand.median(timed));
        out.put("test_accuracy", e.get(Metric.ACCURACY));
        parent.out().println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }
}
