package org.rebalance.nn.bundle;

import java.util.List;
import java.util.Map;
import org.rebalance.core.data.Origin;
import org.rebalance.core.preprocess.PreprocessorState;

/**
 * Everything needed to use a trained network again and to know how it was made: architecture,
 * input encoding, class names, fitted preprocessing, decision threshold, the options and seed of
 * the run, where the training data came from, and library versions.
 *
 * @param formatVersion version of this layout (1)
 * @param createdAt ISO-8601 instant
 * @param versions library versions (rebalance, djl, pytorch, java)
 * @param network the architecture
 * @param inputEncoding {@code DENSE} or {@code SPARSE_BINARY}
 * @param inputs number of network inputs (after one-hot encoding)
 * @param labelColumn name of the label column in the training file
 * @param classes class names in class-index order
 * @param preprocessing the fitted preprocessing (standardisation, one-hot categories)
 * @param threshold decision threshold on the positive-class probability (binary only)
 * @param thresholdRule how the threshold was chosen
 * @param strategy name of the imbalance strategy
 * @param options the run's options as shown to the user (for the record)
 * @param seed the user seed
 * @param data file name, SHA-256 and row count of the training file
 * @param trainCounts class counts of the training part before resampling
 * @param resampledCounts class counts after resampling
 * @param originalPrior class shares of the training part before resampling
 * @param trainingPrior the class prior the network learnt: shares after resampling, times the class
 *     weights, and (balanced softmax) raised to 1 - tau; {@code predict --prior} corrects from it
 * @param molecules for models of SMILES files, how molecules become inputs; null for tables
 *     (whose {@code preprocessing} is then set)
 * @param regression for regression models, how the output maps to the target; null for classifiers
 *     (whose {@code classes} are then set)
 * @param images for models of images, their shape, colour mode and per-channel normalisation; null for
 *     other models (and in bundles written before image models could be saved)
 */
public record BundleManifest(
        int formatVersion,
        String createdAt,
        Map<String, String> versions,
        NetworkDescription network,
        String inputEncoding,
        int inputs,
        String labelColumn,
        List<String> classes,
        PreprocessorState preprocessing,
        double threshold,
        String thresholdRule,
        String strategy,
        Map<String, Object> options,
        long seed,
        Origin data,
        int[] trainCounts,
        int[] resampledCounts,
        double[] originalPrior,
        double[] trainingPrior,
        MoleculeInput molecules,
        RegressionScale regression,
        ImageFormat images) {
    public static final int FORMAT_VERSION = 1;
}
