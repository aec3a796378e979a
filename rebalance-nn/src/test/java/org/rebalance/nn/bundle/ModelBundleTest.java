package org.rebalance.nn.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Origin;
import org.rebalance.core.image.ColourMode;
import org.rebalance.core.image.ImageNormalizer;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.image.ImageShape;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.train.NetworkLearner;
import org.rebalance.nn.train.NetworkModel;
import org.rebalance.nn.train.TrainingOptions;

/** An image model's bundle: written and read back it scores as before; manifests from before images still read. */
class ModelBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** 8 x 8 grey images of three classes: a vertical bar, a horizontal bar, or noise only. */
    private static Dataset<ImageSet> images(int perClass, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 3 * perClass;
        float[] v = new float[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            int line = rng.nextInt(8);
            for (int p = 0; p < 64; p++) {
                boolean bar = y[i] == 0 ? p % 8 == line : y[i] == 1 && p / 8 == line;
                v[i * 64 + p] = (float) ((bar ? 0.9 : 0.1) + 0.05 * rng.nextDouble());
            }
        }
        return new Dataset<>(ImageSet.wrap(v, n, 1, 8, 8), new ClassTarget(y, ClassNames.of("v", "h", "none")),
                new Origin("bars", "", n));
    }

    private static BundleManifest manifest(Cnn2d spec, ImageFormat images) {
        return new BundleManifest(BundleManifest.FORMAT_VERSION, "2025-01-01T00:00:00Z", Map.of(),
                NetworkDescription.of(spec), "DENSE", 64, null, List.of("v", "h", "none"), null, 0.5, "0.5", "none",
                Map.of(), 1, new Origin("bars", "", 30), new int[] {10, 10, 10}, new int[] {10, 10, 10},
                new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, null, null, images);
    }

    @Test
    void anImageBundleScoresAsTheModelItWasWrittenFrom() throws Exception {
        Dataset<ImageSet> train = images(10, 1);
        ImageNormalizer normalizer = ImageNormalizer.fit(train.inputs());
        Dataset<ImageSet> scaled = new Dataset<>(normalizer.apply(train.inputs()), train.target(), train.origin());
        // residual stages: batch norm's running statistics must travel with the parameters
        Cnn2d spec = new Cnn2d(List.of(4), 3, 2, Cnn2d.Stage.RESIDUAL, List.of(4), 0.0);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(2).withBatchSize(10).withPatience(0);
        ImageFormat format = ImageFormat.of(new ImageShape(1, 8, 8), ColourMode.GRAY, normalizer);
        try (NetworkModel<ImageSet> model = (NetworkModel<ImageSet>) NetworkLearner.forImages(spec, options, null)
                .fit(scaled, scaled, ClassWeights.uniform(3), 7, ProgressListener.NONE).model()) {
            ModelBundle.write(dir, manifest(spec, format), model);
            MulticlassScores before = (MulticlassScores) model.score(scaled.inputs());
            try (ModelBundle read = ModelBundle.read(dir)) {
                ImageFormat f = read.manifest().images();
                assertEquals(new ImageShape(1, 8, 8), f.shape());
                assertEquals(ColourMode.GRAY, f.colour());
                assertArrayEquals(normalizer.mean(), f.normalizer().mean());
                assertArrayEquals(normalizer.std(), f.normalizer().std());
                MulticlassScores after = (MulticlassScores) read.imageModel()
                        .score(f.normalizer().apply(train.inputs()));
                for (int i = 0; i < train.size(); i++) {
                    for (int c = 0; c < 3; c++) {
                        assertEquals(before.probability(i, c), after.probability(i, c), 1e-6, "image " + i);
                    }
                }
                assertEquals("this bundle's network does not take feature vectors",
                        assertThrows(IllegalStateException.class, read::vectorModel).getMessage());
            }
        }
    }

    @Test
    void aManifestWrittenBeforeImageModelsReadsWithoutImages() throws Exception {
        ImageFormat format = new ImageFormat(1, 8, 8, ColourMode.GRAY, new double[] {0.2}, new double[] {0.3});
        ObjectNode json = JSON.valueToTree(manifest(Cnn2d.defaults(), format));
        assertEquals("GRAY", json.at("/images/colour").asText());
        json.remove("images");
        Files.writeString(dir.resolve("old.json"), json.toString());
        BundleManifest old = JSON.readValue(dir.resolve("old.json").toFile(), BundleManifest.class);
        assertNull(old.images());
        assertEquals(List.of("v", "h", "none"), old.classes());
    }
}
