package org.rebalance.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Part;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.nn.bundle.BundleManifest;
import org.rebalance.nn.bundle.ModelBundle;
import org.rebalance.nn.bundle.NetworkDescription;
import org.rebalance.core.preprocess.PreprocessorState;
import org.rebalance.nn.batch.GraphInput;
import org.rebalance.nn.batch.VectorInput;
import org.rebalance.nn.bundle.MoleculeInput;
import org.rebalance.nn.batch.ImageInput;
import org.rebalance.nn.bundle.ImageFormat;
import org.rebalance.nn.train.NetworkModel;

/** Writes a run's results directory: the model bundle and {@code metrics.json}, all or nothing. */
public final class RunOutput {
    public static final String METRICS = "metrics.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunOutput() {
    }

    public static void write(Path dir, RunResult<?> result, String labelColumn) {
        try (OutputDir out = OutputDir.create(dir)) {
            NetworkModel<?> model = (NetworkModel<?>) result.fit().model();
            ModelBundle.write(out.directory(), manifest(result, model, labelColumn), model);
            JSON.writeValue(out.resolve(METRICS).toFile(), metrics(result));
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    static BundleManifest manifest(RunResult<?> r, NetworkModel<?> model, String labelColumn) {
        String encoding = "DENSE";
        int inputs = 0;
        if (model.adapter() instanceof VectorInput v) {
            encoding = v.encoding().name();
            inputs = v.width();
        } else if (model.adapter() instanceof GraphInput g) {
            inputs = g.graphFeatures();
        }
        ImageFormat images = null;
        if (r.data() instanceof ImageData d && model.adapter() instanceof ImageInput i) {
            images = ImageFormat.of(i.shape(), d.colour(), d.normalizer());
            inputs = i.channels() * i.height() * i.width();
        }
        PreprocessorState preprocessing = r.data() instanceof PreparedData p ? p.preprocessor().state() : null;
        MoleculeInput molecules = null;
        if (r.data() instanceof MoleculeData<?> m) {
            MoleculeSpec ms = m.spec();
            GraphInput g = model.adapter() instanceof GraphInput gi ? gi : null;
            molecules = new MoleculeInput(ms.smilesColumn(), ms.fingerprint() == null ? null : ms.fingerprint().name(),
                    g == null ? 0 : g.nodeFeatures(), g == null || g.edgeKinds() == 1 ? null : g.edgeKinds());
        }
        RunSpec s = r.spec();
        return new BundleManifest(BundleManifest.FORMAT_VERSION, Instant.now().toString(), Versions.all(),
                NetworkDescription.of(s.network()), encoding, inputs, labelColumn,
                r.data().classes().names(), preprocessing, r.threshold().value(),
                s.threshold().label(), s.strategy().name(), options(r), s.seed(), r.data().origin(),
                r.trainCounts(), r.resampledCounts(), shares(r.trainCounts()), trainingPrior(r), molecules, null,
                images);
    }

    static double[] shares(int[] counts) {
        double[] d = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            d[c] = counts[c];
        }
        return shares(d);
    }

    static double[] shares(double[] counts) {
        double n = 0;
        for (double c : counts) {
            n += c;
        }
        double[] p = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            p[c] = counts[c] / n;
        }
        return p;
    }

    /**
     * The prior the network learnt: resampled counts times class weights, adjusted for balanced
     * softmax (raised to 1 - tau) and LADE (its target distribution).
     */
    static double[] trainingPrior(RunResult<?> r) {
        int[] counts = r.resampledCounts();
        if (r.spec().strategy().loss() instanceof org.rebalance.core.learn.LossSpec.Lade lade) {
            // LADE's raw logits estimate the target distribution (uniform unless given)
            double[] t = lade.target() == null ? new double[counts.length] : lade.target();
            if (lade.target() == null) {
                java.util.Arrays.fill(t, 1.0);
            }
            return shares(t);
        }
        double[] w = r.spec().strategy().weighting().weights(counts, r.data().classes()).perClass();
        double exponent = r.spec().strategy().loss() instanceof org.rebalance.core.learn.LossSpec.BalancedSoftmax b
                ? 1 - b.tau() : 1;
        double[] prior = new double[counts.length];
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            prior[c] = Math.pow(Math.max(counts[c], 1e-12) * w[c], exponent);
            sum += prior[c];
        }
        for (int c = 0; c < counts.length; c++) {
            prior[c] /= sum;
        }
        return prior;
    }

    /** The run's options as the manifest records them: the training ones, then how the data were read and split. */
    static Map<String, Object> options(RunResult<?> r) {
        RunSpec s = r.spec();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("strategy", s.strategy().name());
        o.put("sampler", s.strategy().sampler().name());
        o.put("weighting", s.strategy().weighting().text());
        o.put("loss", s.strategy().loss().toString());
        o.put("epochs", s.training().epochs());
        o.put("batch_size", s.training().batchSize());
        o.put("learning_rate", s.training().learningRate());
        o.put("patience", s.training().patience());
        o.put("select_by", s.training().selectBy().key());
        o.put("batches", s.strategy().batches().toString());
        if (s.training().replicas() > 1) {
            o.put("replicas", s.training().replicas());
        }
        if (r.data() instanceof ImageData d) {
            o.put("augment", s.strategy().augment());
            o.put("colour", d.colour().name().toLowerCase(java.util.Locale.ROOT));
            o.put("long_tail", d.longTail());
            o.put("valid_per_class", d.validPerClass());
            return o;
        }
        o.put("split", List.of(s.split().train(), s.split().valid(), s.split().test()));
        o.put("duplicates", s.split().duplicates().name().toLowerCase(java.util.Locale.ROOT));
        o.put("simulate", s.simulate());
        o.put("drop", List.copyOf(s.table().drop()));
        o.put("categorical", List.copyOf(s.table().categorical()));
        return o;
    }

    /** The content of metrics.json. */
    public static Map<String, Object> metrics(RunResult<?> r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.spec().strategy().name());
        m.put("classes", r.data().classes().names());
        m.put("threshold", r.threshold().value());
        m.put("best_epoch", r.fit().bestEpoch());
        m.put("train_seconds", r.trainSeconds());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("train", r.trainCounts());
        counts.put("train_resampled", r.resampledCounts());
        m.put("class_counts", counts);
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            parts.put(p.label(), MetricsJson.of(r.evaluation(p), r.data().classes()));
        }
        m.put("parts", parts);
        List<Map<String, Object>> history = new ArrayList<>();
        for (EpochRecord e : r.fit().history().epochs()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("epoch", e.epoch());
            h.put("train_loss", e.trainLoss());
            h.put("valid_loss", e.validLoss());
            h.put("valid_" + r.spec().training().selectBy().key(), MetricsJson.number(e.validMetric()));
            h.put("seconds", e.seconds());
            history.add(h);
        }
        m.put("history", history);
        return m;
    }
}
