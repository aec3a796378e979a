package org.rebalance.core.strategy;

import org.rebalance.core.ConfigException;
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
        private static final java.util.List<String> KEYS = java.util.List.of("flip", "rotation", "shift", "crop",
                "noise", "strength", "mixup");

        /**
         * The compact form of the command line: comma-separated {@code key=value} steps with the keys of
         * experiment files ({@code flip,rotation=10,shift=2,noise=0.05}); a bare {@code flip} is {@code flip=0.5}.
         *
         * @param targets all, minority-only or by-frequency (null: all)
         */
        public static AugmentDescription parse(String text, String targets) {
            java.util.Map<String, String> steps = new java.util.LinkedHashMap<>();
            for (String part : text.split(",", -1)) {
                String step = part.trim();
                int eq = step.indexOf('=');
                String key = (eq < 0 ? step : step.substring(0, eq)).trim().toLowerCase(java.util.Locale.ROOT);
                if (!KEYS.contains(key)) {
                    throw new ConfigException("augmentation: unknown step \"" + step + "\" (expected "
                            + String.join(", ", KEYS) + ", e.g. flip,rotation=10,shift=2)");
                }
                if (eq < 0 && !key.equals("flip")) {
                    throw new ConfigException("augmentation: " + key + " needs a value, e.g. " + key + "=2");
                }
                if (steps.put(key, eq < 0 ? "0.5" : step.substring(eq + 1).trim()) != null) {
                    throw new ConfigException("augmentation: " + key + " is given twice");
                }
            }
            return new AugmentDescription(number(steps, "flip"), number(steps, "rotation"), whole(steps, "shift"),
                    whole(steps, "crop"), number(steps, "noise"), number(steps, "strength"), targets,
                    number(steps, "mixup"));
        }

        private static Double number(java.util.Map<String, String> steps, String key) {
            String v = steps.get(key);
            try {
                return v == null ? null : Double.valueOf(v);
            } catch (NumberFormatException e) {
                throw new ConfigException("augmentation: " + key + "=" + v + " is not a number");
            }
        }

        private static Integer whole(java.util.Map<String, String> steps, String key) {
            String v = steps.get(key);
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new ConfigException("augmentation: " + key + "=" + v + " is not a whole number of pixels");
            }
        }

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
