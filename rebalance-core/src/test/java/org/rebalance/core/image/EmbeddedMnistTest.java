package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.Dataset;

/** The MNIST subset shipped in data/mnist (tests run in the module folder). */
class EmbeddedMnistTest {
    private static final Path MNIST = Path.of("..", "data", "mnist");

    @Test
    void labelCountsOfTheFirst10000TrainingImages() {
        int[] raw = IdxReader.readLabels(MNIST.resolve("train-labels-idx1-ubyte.gz"));
        assertEquals(10_000, raw.length);
        int[] counts = new int[10];
        for (int y : raw) {
            counts[y]++;
        }
        // computed once with python3: collections.Counter(gzip.open(f).read()[8:]) for digits 0..9
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, counts);
    }

    @Test
    void testPartReadWithTheDigitClasses() {
        Dataset<ImageSet> d = IdxReader.read(MNIST.resolve("t10k-images-idx3-ubyte.gz"),
                MNIST.resolve("t10k-labels-idx1-ubyte.gz"), ClassNames.of("0", "1", "2", "3", "4", "5", "6", "7",
                        "8", "9"));
        assertEquals(2_000, d.size());
        assertEquals(7, d.classTarget().label(0)); // the first MNIST test image is a 7
        // python3 as above, on t10k-labels-idx1-ubyte.gz
        assertArrayEquals(new int[] {175, 234, 219, 207, 217, 179, 178, 205, 192, 194}, d.classTarget().counts());
    }

    @Test
    void trainingImagesAre28By28InZeroOne() {
        Dataset<ImageSet> d = IdxReader.read(MNIST.resolve("train-images-idx3-ubyte.gz"),
                MNIST.resolve("train-labels-idx1-ubyte.gz"));
        ImageSet x = d.inputs();
        assertEquals(10_000, x.size());
        assertEquals(1, x.channels());
        assertEquals(28, x.height());
        assertEquals(28, x.width());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classTarget().classes().names());
        assertEquals(5, d.classTarget().label(0)); // the first MNIST training image is a 5
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : x.toFloatArray()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
        // SHA-256 of the stored file, as listed in data/README.md
        assertEquals("3ef602e995727b0a9aa7f5ddd860650f6d281e99ba21a746d1bfa6fea4a7f4d8", d.origin().sha256());

        int[] profile = LongTail.exponentialCounts(800, 10, 100);
        Dataset<ImageSet> tail = LongTail.sample(d, profile, new SplittableRandom(1));
        assertArrayEquals(profile, tail.classTarget().counts());
        assertEquals(1982, tail.inputs().size()); // 800 + 479 + 287 + 172 + 103 + 61 + 37 + 22 + 13 + 8
    }
}
