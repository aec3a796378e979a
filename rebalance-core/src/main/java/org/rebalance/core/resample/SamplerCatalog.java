package org.rebalance.core.resample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.rebalance.core.ConfigException;
import org.rebalance.core.neighbours.Distance;
import java.util.List;
import org.rebalance.core.resample.over.Adasyn;
import org.rebalance.core.resample.over.BorderlineSmote;
import org.rebalance.core.resample.over.PerturbedOverSampler;
import org.rebalance.core.resample.over.RandomOverSampler;
import org.rebalance.core.resample.over.Rose;
import org.rebalance.core.resample.over.Smote;
import org.rebalance.core.resample.over.SmoteNc;
import org.rebalance.core.resample.under.ClusterCentroids;
import org.rebalance.core.resample.under.CondensedNearestNeighbour;
import org.rebalance.core.resample.under.EditedNearestNeighbours;
import org.rebalance.core.resample.under.NearMiss;
import org.rebalance.core.resample.under.NeighbourhoodCleaningRule;
import org.rebalance.core.resample.under.OneSidedSelection;
import org.rebalance.core.resample.under.RandomUnderSampler;
import org.rebalance.core.resample.under.RepeatedEditedNearestNeighbours;
import org.rebalance.core.resample.under.TomekLinks;

/**
 * The samplers by their command-line names ({@code random-over}, {@code smote}, {@code tomek-links},
 * ...): the one registry that the CLI, experiment files and manifests share. An unknown name is a
 * {@link ConfigException} listing the valid ones.
 */
public final class SamplerCatalog {
    /** Parameters a sampler may take besides its sampling strategy. */
    public record Parameters(int k, double perturbation, Distance distance) {
        public Parameters {
            if (distance == null) {
                throw new ConfigException("a distance is required (euclidean or jaccard)");
            }
            if (k < 1) {
                throw new ConfigException("k must be >= 1, got " + k);
            }
            if (!(perturbation >= 0 && perturbation < 1)) {
                throw new ConfigException("perturbation must be in [0, 1), got " + perturbation);
            }
        }

        /** The given k and perturbation 0.1, Euclidean distances. */
        public Parameters(int k) {
            this(k, 0.1, Distance.EUCLIDEAN);
        }

        /** The given k and perturbation, Euclidean distances. */
        public Parameters(int k, double perturbation) {
            this(k, perturbation, Distance.EUCLIDEAN);
        }

        /** These parameters with another distance for the neighbour searches. */
        public Parameters withDistance(Distance value) {
            return new Parameters(k, perturbation, value);
        }

        /** k = 5, imbalanced-learn's default for SMOTE; perturbation 0.1. */
        public static Parameters defaults() {
            return new Parameters(5);
        }
    }

    private static final Map<String, BiFunction<SamplingStrategy, Parameters, Sampler>> SAMPLERS = build();

    private SamplerCatalog() {
    }

    private static Map<String, BiFunction<SamplingStrategy, Parameters, Sampler>> build() {
        Map<String, BiFunction<SamplingStrategy, Parameters, Sampler>> m = new LinkedHashMap<>();
        m.put("none", (s, p) -> new NoSampler());
        m.put("random-over", (s, p) -> new RandomOverSampler(s));
        m.put("random-under", (s, p) -> new RandomUnderSampler(s));
        m.put("smote", (s, p) -> new Smote(s, p.k(), p.distance()));
        m.put("smote-nc", (s, p) -> new SmoteNc(s, p.k()));
        m.put("borderline-smote-1", (s, p) -> new BorderlineSmote(s, p.k(), 10, BorderlineSmote.Variant.ONE, p.distance()));
        m.put("borderline-smote-2", (s, p) -> new BorderlineSmote(s, p.k(), 10, BorderlineSmote.Variant.TWO, p.distance()));
        m.put("adasyn", (s, p) -> new Adasyn(s, p.k(), p.distance()));
        m.put("rose", (s, p) -> new Rose(s, 1.0));
        m.put("perturbed-over", (s, p) -> new PerturbedOverSampler(s, p.perturbation()));
        m.put("tomek-links", (s, p) -> new TomekLinks(s, p.distance()));
        m.put("enn", (s, p) -> new EditedNearestNeighbours(s, 3, EditedNearestNeighbours.Rule.ALL, p.distance()));
        m.put("renn", (s, p) -> new RepeatedEditedNearestNeighbours(s, 3, EditedNearestNeighbours.Rule.ALL, 100, p.distance()));
        m.put("condensed-nn", (s, p) -> new CondensedNearestNeighbour(s));
        m.put("cluster-centroids", (s, p) -> new ClusterCentroids(s, 50));
        m.put("ncr", (s, p) -> new NeighbourhoodCleaningRule(s, 3, p.distance()));
        m.put("one-sided-selection", (s, p) -> new OneSidedSelection(s, p.distance()));
        m.put("near-miss-1", (s, p) -> new NearMiss(s, NearMiss.Version.ONE, 3, p.distance()));
        m.put("near-miss-2", (s, p) -> new NearMiss(s, NearMiss.Version.TWO, 3, p.distance()));
        m.put("near-miss-3", (s, p) -> new NearMiss(s, NearMiss.Version.THREE, 3, p.distance()));
        // imbalanced-learn's SMOTEENN and SMOTETomek: the target goes to SMOTE, the cleaner cleans every class
        m.put("smote-enn", (s, p) -> new SamplerPipeline(List.of(new Smote(s, p.k(), p.distance()),
                new EditedNearestNeighbours(SamplingStrategy.Named.ALL, 3, EditedNearestNeighbours.Rule.ALL, p.distance()))));
        m.put("smote-tomek", (s, p) -> new SamplerPipeline(List.of(new Smote(s, p.k(), p.distance()),
                new TomekLinks(SamplingStrategy.Named.ALL, p.distance()))));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The sampler called {@code name}, configured with the target and parameters. A name such as
     * {@code random-under+enn} or {@code smote+tomek-links} is a pipeline of catalogue samplers applied in
     * order: the over- and under-samplers take the target, the cleaners (Tomek links, ENN, ...) clean every
     * class, as imbalanced-learn's SMOTEENN and SMOTETomek do.
     */
    public static Sampler create(String name, SamplingStrategy strategy, Parameters parameters) {
        if (contains(name)) {
            checkDistance(name, parameters.distance());
        }
        if (name.contains("+")) {
            List<Sampler> steps = new java.util.ArrayList<>();
            for (String part : name.split("\\+", -1)) {
                if (part.isBlank()) {
                    throw new ConfigException("sampler pipeline \"" + name + "\" has an empty step; write steps as a+b");
                }
                boolean cleaner = single(part, SamplingStrategy.Named.AUTO, parameters).kind() == SamplerKind.CLEAN;
                steps.add(single(part, cleaner ? SamplingStrategy.Named.ALL : strategy, parameters));
            }
            return new SamplerPipeline(steps);
        }
        return single(name, strategy, parameters);
    }

    private static Sampler single(String name, SamplingStrategy strategy, Parameters parameters) {
        BiFunction<SamplingStrategy, Parameters, Sampler> factory = SAMPLERS.get(name.trim().toLowerCase(java.util.Locale.ROOT));
        if (factory == null) {
            throw new ConfigException("unknown sampler \"" + name + "\"; expected one of " + String.join(", ", names()));
        }
        return factory.apply(strategy, parameters);
    }

    /** A non-Euclidean distance needs a step that uses it, and no step that would silently measure Euclidean. */
    private static void checkDistance(String name, Distance distance) {
        if (distance == Distance.EUCLIDEAN) {
            return;
        }
        boolean used = false;
        for (String part : name.split("\\+", -1)) {
            String key = part.trim().toLowerCase(java.util.Locale.ROOT);
            if (EUCLIDEAN_ONLY.contains(key)) {
                throw distanceRefused(key, distance);
            }
            used |= DISTANCE_AWARE.contains(key);
        }
        if (!used) {
            throw distanceRefused(name, distance);
        }
    }

    private static ConfigException distanceRefused(String name, Distance distance) {
        return new ConfigException(name + " does not take --distance " + distance.name().toLowerCase(java.util.Locale.ROOT)
                + "; the samplers that do: " + String.join(", ", DISTANCE_AWARE));
    }

    /** The samplers whose neighbour searches honour {@link Parameters#distance()}. */
    private static final List<String> DISTANCE_AWARE = List.of("smote", "borderline-smote-1", "borderline-smote-2",
            "adasyn", "tomek-links", "enn", "renn", "ncr", "one-sided-selection", "near-miss-1", "near-miss-2",
            "near-miss-3", "smote-enn", "smote-tomek");

    /** Samplers that measure Euclidean (or their own mixed) distances whatever they are asked. */
    private static final List<String> EUCLIDEAN_ONLY = List.of("smote-nc", "condensed-nn", "cluster-centroids");

    /** True for a catalogue name, or a pipeline (a+b) of catalogue names. */
    public static boolean contains(String name) {
        for (String part : name.split("\\+", -1)) {
            if (!SAMPLERS.containsKey(part.trim().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Every sampler name, in catalogue order. */
    public static java.util.Set<String> names() {
        return SAMPLERS.keySet();
    }
}
