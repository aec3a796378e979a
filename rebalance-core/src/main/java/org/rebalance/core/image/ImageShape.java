package org.rebalance.core.image;

/**
 * The layout of every image of a set: channels, height and width (the C x H x W of NCHW).
 *
 * @param channels 1 (grey) or more (RGB: 3)
 * @param height rows
 * @param width columns
 */
public record ImageShape(int channels, int height, int width) {
    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("bad image shape " + channels + " x " + height + " x " + width);
        }
    }

    /** The shape of the images of {@code set}. */
    public static ImageShape of(ImageSet set) {
        return new ImageShape(set.channels(), set.height(), set.width());
    }

    /** "1 x 28 x 28": channels x height x width. */
    @Override
    public String toString() {
        return channels + " x " + height + " x " + width;
    }
}
