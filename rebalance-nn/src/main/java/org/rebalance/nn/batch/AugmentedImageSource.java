package org.rebalance.nn.batch;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.Mixup;
import org.rebalance.core.image.ImageSet;
import org.rebalance.nn.engine.Tensors;

/**
 * Training batches of images, augmented anew for every batch: the batch's images are copied into
 * Java memory, {@link ImageAugmentation#augmentInPlace augmented} with the source's own generator,
 * then handed to the engine. The same generator state and the same sequence of batches give the
 * same tensors. For training only; scoring reads images through {@link ImageInput}.
 */
public final class AugmentedImageSource implements MixingSource {
    private final ImageSet images;
    private final ClassTarget labels;
    private final ImageAugmentation augmentation;
    private final SplittableRandom rng;
    private final Mixup mixup;
    private Mixup.Batch lastMix;

    /**
     * @param rng the generator every batch draws from (the source owns it from now on)
     */
    public AugmentedImageSource(ImageSet images, ClassTarget labels, ImageAugmentation augmentation,
            SplittableRandom rng) {
        this(images, labels, augmentation, null, rng);
    }

    /**
     * As {@link #AugmentedImageSource(ImageSet, ClassTarget, ImageAugmentation, SplittableRandom)}, then each
     * augmented batch mixed by {@code mixup} (null: not mixed); {@link #lastMix()} tells the loss how.
     */
    public AugmentedImageSource(ImageSet images, ClassTarget labels, ImageAugmentation augmentation, Mixup mixup,
            SplittableRandom rng) {
        if (labels.size() != images.size()) {
            throw new IllegalArgumentException(images.size() + " images but " + labels.size() + " labels");
        }
        if (augmentation.classCount() != labels.classCount()) {
            throw new ConfigException("the augmentation was set up for " + augmentation.classCount()
                    + " classes, the training set has " + labels.classCount());
        }
        this.images = images;
        this.labels = labels;
        this.augmentation = augmentation;
        this.rng = rng;
        this.mixup = mixup;
    }

    @Override
    public Mixup.Batch lastMix() {
        return lastMix;
    }

    @Override
    public NDList batch(int[] rows, int from, int to, NDManager batchManager) {
        int b = to - from;
        int per = images.pixelsPerImage();
        float[] values = new float[b * per];
        int[] y = new int[b];
        for (int i = 0; i < b; i++) {
            images.copyImage(rows[from + i], values, i * per);
            y[i] = labels.label(rows[from + i]);
        }
        augmentation.augmentInPlace(values, y, images.channels(), images.height(), images.width(), rng);
        if (mixup != null) {
            lastMix = mixup.mix(values, y, per, rng);
            values = lastMix.images();
        }
        return new NDList(Tensors.floats(batchManager, values,
                new Shape(b, images.channels(), images.height(), images.width())));
    }
}
