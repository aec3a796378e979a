package org.rebalance.core.resample;

import java.util.random.RandomGenerator;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.image.ImageSet;

/**
 * Applies a {@link Sampler} to images: the sampler sees each image as its vector of pixels, so selection
 * samplers keep or repeat whole images and interpolating samplers (SMOTE and kin) make pixel-wise blends
 * of two images of a class, which join the training part as images of the same size. Pixel-space
 * SMOTE is a known baseline for long-tailed images (Buda et al. 2018 compare it with plain
 * over-sampling); on-the-fly augmentation is usually the better way to add minority images.
 */
public final class ImageResampler {
    private ImageResampler() {
    }

    public static Dataset<ImageSet> apply(Sampler sampler, Dataset<ImageSet> train, RandomGenerator rng) {
        if (sampler instanceof NoSampler) {
            return train;
        }
        ImageSet images = train.inputs();
        Resampling plan = sampler.plan(view(images), train.classTarget(), rng);
        Dataset<ImageSet> kept = train.select(plan.rows());
        if (!plan.hasSynthetic()) {
            return kept;
        }
        int n = plan.syntheticCount();
        int pixels = images.pixelsPerImage();
        float[] extra = new float[n * pixels];
        for (int i = 0; i < n; i++) {
            double[] row = plan.syntheticRow(i);
            for (int p = 0; p < pixels; p++) {
                extra[i * pixels + p] = (float) row[p];
            }
        }
        return new Dataset<>(kept.inputs().appendImages(extra, n), plan.target(train.classTarget()), train.origin());
    }

    /** The images as rows of pixels (channel, row, column order). */
    public static DenseMatrix view(ImageSet images) {
        int pixels = images.pixelsPerImage();
        float[] all = images.toFloatArray();
        double[] values = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            values[i] = all[i];
        }
        return DenseMatrix.wrap(values, images.size(), Schema.numbered(pixels));
    }
}
