package org.rebalance.nn.batch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.image.ImageShape;
import org.rebalance.nn.engine.Tensors;

/**
 * Images of a fixed {@code channels x height x width}, fed as N x C x H x W tensors: the whole set
 * is copied to native memory once and a batch is one gather of its rows. No augmentation: training
 * batches that augment come from {@link AugmentedImageSource}.
 */
public record ImageInput(int channels, int height, int width) implements InputAdapter<ImageSet> {
    /** The adapter for images laid out like {@code x}. */
    public static ImageInput of(ImageSet x) {
        return new ImageInput(x.channels(), x.height(), x.width());
    }

    /** The channels, height and width the network takes. */
    public ImageShape shape() {
        return new ImageShape(channels, height, width);
    }

    @Override
    public Shape[] shapes() {
        return new Shape[] {new Shape(1, channels, height, width)};
    }

    @Override
    public void check(ImageSet x) {
        if (x.channels() != channels || x.height() != height || x.width() != width) {
            throw new IllegalArgumentException("the network takes images of " + channels + " x " + height + " x "
                    + width + " (channels x height x width), got " + x.channels() + " x " + x.height() + " x "
                    + x.width());
        }
    }

    @Override
    public BatchSource open(ImageSet x, NDManager manager) {
        check(x);
        NDArray all = manager.create(x.toFloatArray(), new Shape(x.size(), channels, height, width));
        return (rows, from, to, batch) -> {
            long[] idx = new long[to - from];
            for (int i = from; i < to; i++) {
                idx[i - from] = rows[i];
            }
            NDArray out = all.get(Tensors.longs(batch, idx));
            out.attach(batch);
            return new NDList(out);
        };
    }
}
