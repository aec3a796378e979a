package org.rebalance.nn.bundle;

import org.rebalance.core.image.ColourMode;
import org.rebalance.core.image.ImageNormalizer;
import org.rebalance.core.image.ImageShape;

/**
 * How an image model reads its inputs, recorded in the bundle so that evaluate and predict read and
 * normalise new images the way the training images were.
 *
 * @param channels channels per image (1 grey, 3 RGB)
 * @param height rows per image
 * @param width columns per image
 * @param colour how pictures become channels ({@code GRAY} for IDX files)
 * @param mean the training part's per-channel mean (pixel values in [0, 1])
 * @param std the training part's per-channel standard deviation (1 for a constant channel)
 */
public record ImageFormat(int channels, int height, int width, ColourMode colour, double[] mean, double[] std) {
    /** The format of images of {@code shape} read in {@code colour} and standardised by {@code normalizer}. */
    public static ImageFormat of(ImageShape shape, ColourMode colour, ImageNormalizer normalizer) {
        return new ImageFormat(shape.channels(), shape.height(), shape.width(), colour, normalizer.mean(),
                normalizer.std());
    }

    /** The channels, height and width the network takes. */
    public ImageShape shape() {
        return new ImageShape(channels, height, width);
    }

    /** The fitted per-channel standardisation. */
    public ImageNormalizer normalizer() {
        return ImageNormalizer.of(mean, std);
    }
}
