package org.rebalance.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.image.ColourMode;
import org.rebalance.core.image.IdxReader;
import org.rebalance.core.image.ImageFolderReader;
import org.rebalance.core.image.ImageNormalizer;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.image.LongTail;
import org.rebalance.core.util.Seeds;

/**
 * An image data set split the long-tailed way: a balanced validation part of {@code validPerClass} images per
 * class drawn from the training file, a long-tailed training part drawn from the rest (its per-class counts
 * given by a {@link LongTailSpec}, class 0 the head; without one, the whole rest), and the test file untouched
 * (balanced, as the protocol asks). Pixels are normalised per channel with the training part's mean and SD.
 *
 * @param colour how the pictures became channels (gray for IDX files)
 * @param longTail the profile the training part was drawn to, or null when it is the whole rest
 * @param validPerClass validation images per class
 */
public record ImageData(Origin origin, ClassNames classes, ColourMode colour, ImageNormalizer normalizer,
        int[] trainCounts, LongTailSpec longTail, int validPerClass, Map<Part, Dataset<ImageSet>> parts)
        implements PartedData<ImageSet> {
    /** The IDX files of an MNIST-style folder (each may end in .gz). */
    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /**
     * The per-class counts of the training part.
     *
     * @param profile exponential (n_i = maxCount rho^(-i/(k-1))) or step (the last {@code minorityClasses}
     *     classes get maxCount / rho); null is exponential
     */
    public record LongTailSpec(String profile, double rho, int maxCount, int minorityClasses) {
        /** The spec of a profile given as an enum (the command line's form). */
        public static LongTailSpec of(LongTail.Profile profile, double rho, int maxCount, int minorityClasses) {
            return new LongTailSpec(profile.cliName(), rho, maxCount, minorityClasses);
        }

        /** The profile named by {@code profile}. */
        public LongTail.Profile kind() {
            for (LongTail.Profile p : LongTail.Profile.values()) {
                if (p.cliName().equals(profile == null ? "exponential" : profile)) {
                    return p;
                }
            }
            throw new ConfigException("longTail.profile must be exponential or step, got \"" + profile + "\"");
        }

        int[] counts(int classes) {
            return kind().counts(maxCount, classes, minorityClasses, rho);
        }
    }

    @Override
    public Dataset<ImageSet> part(Part part) {
        return parts.get(part);
    }

    /**
     * The training and test files of an image folder, read once and split per seed by {@link #of}, and how
     * their pictures became channels.
     */
    public record ImageFiles(Dataset<ImageSet> train, Dataset<ImageSet> test, ColourMode colour) {
    }

    /**
     * Splits files already read; the same seed always gives the same parts.
     *
     * @param longTail the training part's profile, or null to train on every image left after validation
     */
    public static ImageData of(ImageFiles files, LongTailSpec longTail, int validPerClass, long seed) {
        Dataset<ImageSet> all = files.train();
        ClassTarget target = all.classTarget();
        int k = target.classCount();
        if (validPerClass < 1) {
            throw new ConfigException("validPerClass must be >= 1, got " + validPerClass);
        }
        Seeds seeds = Seeds.of(seed);
        int[] perClass = new int[k];
        Arrays.fill(perClass, validPerClass);
        int[] validRows = LongTail.rows(target, perClass, seeds.stream("valid"));
        int[] rest = complement(all.size(), validRows);
        Dataset<ImageSet> pool = all.select(rest);
        Dataset<ImageSet> train = longTail == null ? pool
                : LongTail.sample(pool, longTail.counts(k), seeds.stream("long-tail"));
        int[] counts = train.classTarget().counts();
        ImageNormalizer normalizer = ImageNormalizer.fit(train.inputs());
        Map<Part, Dataset<ImageSet>> parts = new EnumMap<>(Part.class);
        parts.put(Part.TRAIN, normalised(normalizer, train));
        parts.put(Part.VALID, normalised(normalizer, all.select(validRows)));
        parts.put(Part.TEST, normalised(normalizer, files.test()));
        return new ImageData(all.origin(), target.classes(), files.colour(), normalizer, counts, longTail,
                validPerClass, parts);
    }

    /**
     * Reads {@code folder}: MNIST IDX files ({@code train-images-idx3-ubyte[.gz]}, {@code train-labels-idx1-ubyte},
     * {@code t10k-...}), or {@code train/} and {@code test/} folders with one sub-folder of PNG/JPEG images per
     * class.
     */
    public static ImageFiles read(Path folder, ColourMode colour) {
        Path idx = find(folder, TRAIN_IMAGES);
        if (idx != null) {
            Dataset<ImageSet> train = IdxReader.read(idx, required(folder, TRAIN_LABELS));
            Dataset<ImageSet> test = IdxReader.read(required(folder, TEST_IMAGES), required(folder, TEST_LABELS),
                    train.classTarget().classes());
            return new ImageFiles(train, test, ColourMode.GRAY);
        }
        if (Files.isDirectory(folder.resolve("train")) && Files.isDirectory(folder.resolve("test"))) {
            Dataset<ImageSet> train = ImageFolderReader.read(folder.resolve("train"), colour);
            Dataset<ImageSet> test = ImageFolderReader.read(folder.resolve("test"), colour);
            if (!test.classTarget().classes().equals(train.classTarget().classes())) {
                throw new DataException(Location.file(folder.resolve("test").toString()), "its classes "
                        + test.classTarget().classes().names() + " differ from train/'s "
                        + train.classTarget().classes().names());
            }
            return new ImageFiles(train, test, colour);
        }
        throw new DataException(Location.file(folder.toString()), "no images found: expected MNIST IDX files "
                + "(train-images-idx3-ubyte[.gz], ...) or train/ and test/ folders with one sub-folder per class");
    }

    /** {@code folder/name} or {@code folder/name.gz}, whichever is a file; null when neither is. */
    static Path find(Path folder, String name) {
        for (String candidate : new String[] {name, name + ".gz"}) {
            if (Files.isRegularFile(folder.resolve(candidate))) {
                return folder.resolve(candidate);
            }
        }
        return null;
    }

    /** As {@link #find}, but a missing file is a {@link DataException} naming the folder. */
    static Path required(Path folder, String name) {
        Path p = find(folder, name);
        if (p == null) {
            throw new DataException(Location.file(folder.toString()), name + "[.gz] is missing");
        }
        return p;
    }

    private static int[] complement(int n, int[] taken) {
        boolean[] used = new boolean[n];
        for (int r : taken) {
            used[r] = true;
        }
        return java.util.stream.IntStream.range(0, n).filter(i -> !used[i]).toArray();
    }

    private static Dataset<ImageSet> normalised(ImageNormalizer normalizer, Dataset<ImageSet> d) {
        return new Dataset<>(normalizer.apply(d.inputs()), d.target(), d.origin());
    }
}
