package org.rebalance.cli.options;

import java.nio.file.Path;
import org.rebalance.cli.run.ImageData;
import org.rebalance.core.ConfigException;
import org.rebalance.core.image.ColourMode;
import org.rebalance.core.image.LongTail;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * How {@code train --images} reads and draws its images, as an experiment's {@code images:} entry does: the
 * colour mode, a balanced validation part, and an optional long tail drawn from the rest.
 */
public final class ImageOptions {
    private static final int VALID_PER_CLASS = 50;
    private static final int MAX_COUNT = 500;

    @Option(names = "--colour", paramLabel = "MODE",
            description = "Images in class folders: gray (one channel; colour pictures become their luminance) or "
                    + "rgb (default: gray; IDX files are gray).", converter = ColourModeConverter.class)
    public ColourMode colour;

    /** gray, grey or rgb, as the experiment files accept them. */
    public static final class ColourModeConverter implements ITypeConverter<ColourMode> {
        @Override
        public ColourMode convert(String value) {
            return ColourMode.parse(value);
        }
    }

    @Option(names = "--valid-per-class", paramLabel = "N",
            description = "Images per class drawn from the training images for the balanced validation part "
                    + "(default: " + VALID_PER_CLASS + ").")
    public Integer validPerClass;

    @Option(names = "--long-tail", paramLabel = "RHO",
            description = "Simulate a long tail: draw the training part from the remaining training images with "
                    + "imbalance ratio RHO = largest / smallest class count, class 0 the head (default: no draw, "
                    + "every remaining image).")
    public Double rho;

    @Option(names = "--long-tail-profile", paramLabel = "PROFILE",
            description = "exponential (counts fall geometrically) or step (--minority-classes get max-count / RHO) "
                    + "(default: exponential).")
    public LongTail.Profile profile;

    @Option(names = "--max-count", paramLabel = "N",
            description = "Training images of the head class with --long-tail (default: " + MAX_COUNT + ").")
    public Integer maxCount;

    @Option(names = "--minority-classes", paramLabel = "M",
            description = "With --long-tail-profile step: the last M classes are the minority ones.")
    public Integer minorityClasses;

    /** A {@link ConfigException} if an option of this group was given without {@code --images}. */
    public void requireImages(boolean images) {
        if (images) {
            return;
        }
        String[] names = {"--colour", "--valid-per-class", "--long-tail", "--long-tail-profile", "--max-count",
            "--minority-classes"};
        Object[] values = {colour, validPerClass, rho, profile, maxCount, minorityClasses};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                throw new ConfigException(names[i] + " applies to --images");
            }
        }
    }

    /** The training part's long-tail profile, or null without {@code --long-tail}. */
    public ImageData.LongTailSpec longTail() {
        if (rho == null) {
            if (profile != null || maxCount != null || minorityClasses != null) {
                throw new ConfigException("--long-tail-profile, --max-count and --minority-classes need --long-tail RHO");
            }
            return null;
        }
        LongTail.Profile p = profile == null ? LongTail.Profile.EXPONENTIAL : profile;
        if (p == LongTail.Profile.STEP && minorityClasses == null) {
            throw new ConfigException("--long-tail-profile step needs --minority-classes M");
        }
        if (p == LongTail.Profile.EXPONENTIAL && minorityClasses != null) {
            throw new ConfigException("--minority-classes applies to --long-tail-profile step");
        }
        return ImageData.LongTailSpec.of(p, rho, maxCount == null ? MAX_COUNT : maxCount,
                minorityClasses == null ? 0 : minorityClasses);
    }

    /** Reads {@code folder} (IDX files, or train/ and test/ class folders) and draws the parts for {@code seed}. */
    public ImageData read(Path folder, long seed) {
        ImageData.LongTailSpec longTail = longTail();
        return ImageData.of(ImageData.read(folder, colour == null ? ColourMode.GRAY : colour), longTail,
                validPerClass == null ? VALID_PER_CLASS : validPerClass, seed);
    }
}
