package org.rebalance.core.strategy;

import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.core.image.AugmentTargets;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.resample.SamplerCatalog;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.weight.WeightingRule;

/**
 * A strategy as text and numbers, the way the command line and experiment files give it; {@link
 * #toStrategy()} checks every part and builds the value. Null fields take their defaults.
 *
 * @param name the name shown in tables (default: derived from the parts)
 * @param strategy a {@link StrategyKind} name or a sampler of the catalogue (default none)
 * @param ratio sampling target: a ratio, per-class counts or a named mode (default auto)
 * @param k neighbours for neighbour-based samplers (default 5)
 * @param classWeights a {@link WeightingRule} text (default: the strategy's own)
 * @param loss cross-entropy, focal, balanced-softmax, ldam-drw or lade (default cross-entropy)
 * @param alpha focal alpha (default none)
 * @param gamma focal gamma (default 2)
 * @param tau balanced-softmax tau (default 1)
 * @param batches shuffled, balanced or balanced-without-replacement (default shuffled)
 * @param epochLength rows per balanced epoch, 0 = training size (default 0)
 * @param augment on-the-fly augmentation of training images (default none)
 * @param distance the neighbour samplers' distance: euclidean (default) or jaccard (for fingerprints)
 */
public record StrategyDescription(String name, String strategy, String ratio, Integer k, String classWeights,
        String loss, Double alpha, Double gamma, Double tau, String batches, Integer epochLength,
        AugmentDescription augment, String distance) {

    /**
     * Image augmentation as text and numbers (see {@link AugmentSpec}); null fields are off, strength 1,
     * targets all (or minority-only, by-frequency); {@code mixup} is mixup's alpha.
     */
    public record AugmentDescription(Double flip, Double rotation, Integer shift, Integer crop, Double noise,
            Double strength, String targets, Double mixup) {
        AugmentSpec toSpec() {
            return new AugmentSpec(flip == null ? 0 : flip, rotation == null ? 0 : rotation, shift == null ? 0 : shift,
                    crop == null ? 0 : crop, noise == null ? 0 : noise, strength == null ? 1 : strength,
                    AugmentTargets.parse(targets == null ? "all" : targets), mixup == null ? 0 : mixup);
        }
    }

    public Strategy toStrategy() {
        String kind = strategy == null ? "none" : strategy;
        Strategy s = Strategies.parse(kind, ratio == null ? null : SamplingStrategy.parse(ratio),
                new SamplerCatalog.Parameters(k == null ? 5 : k)
                        .withDistance(distance == null ? Distance.EUCLIDEAN : Distance.parse(distance)));
        LossSpec lossSpec = LossSpec.parse(loss == null ? "cross-entropy" : loss, alpha == null ? Double.NaN : alpha,
                gamma == null ? 2 : gamma, tau == null ? 1 : tau);
        if (!(lossSpec instanceof LossSpec.CrossEntropy)) {
            s = s.withName(s.name() + "+" + lossSpec.name()).withLoss(lossSpec);
        }
        String batchText = batches == null ? "shuffled" : batches;
        BatchPolicy policy = BatchPolicy.parse(batchText, epochLength == null ? 0 : epochLength);
        if (!(policy instanceof BatchPolicy.Shuffled)) {
            s = s.withName(s.name() + "+" + batchText.trim()).withBatches(policy);
        }
        if (classWeights != null) {
            s = s.withWeighting(WeightingRule.parse(classWeights));
        }
        if (augment != null) {
            s = s.withName(s.name() + "+augment").withAugment(augment.toSpec());
        }
        return name == null || name.isBlank() ? s : s.withName(name.trim());
    }
}
