package org.rebalance.nn.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.learn.Readout;
import org.rebalance.core.image.ImageSet;
import org.rebalance.nn.batch.GraphInput;
import org.rebalance.nn.batch.ImageInput;
import org.rebalance.nn.batch.InputAdapter;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.batch.VectorInput;
import org.rebalance.nn.train.NetworkModel;
import org.rebalance.nn.train.RegressionModel;

/**
 * A trained model on disk: {@code bundle.json} (the {@link BundleManifest}) and
 * {@code network.params} (DJL's parameter format) in one directory.
 */
public final class ModelBundle implements AutoCloseable {
    public static final String MANIFEST = "bundle.json";
    public static final String PARAMETERS = "network.params";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final BundleManifest manifest;
    private final NetworkModel<?> model;

    private ModelBundle(BundleManifest manifest, NetworkModel<?> model) {
        this.manifest = manifest;
        this.model = model;
    }

    public BundleManifest manifest() {
        return manifest;
    }

    /** The network of a model over feature vectors (tables, fingerprints). */
    @SuppressWarnings("unchecked")
    public NetworkModel<DenseMatrix> vectorModel() {
        if (!(model.adapter() instanceof VectorInput)) {
            throw new IllegalStateException("this bundle's network does not take feature vectors");
        }
        return (NetworkModel<DenseMatrix>) model;
    }

    /** The network of a regression model, predicting in the target's units. */
    public RegressionModel<DenseMatrix> regressionModel() {
        RegressionScale scale = manifest.regression();
        if (scale == null) {
            throw new IllegalStateException("this bundle holds a classifier");
        }
        return RegressionModel.of(vectorModel(), scale.targetMean(), scale.targetSd());
    }

    /** The network of a graph model (gcn, merge). */
    @SuppressWarnings("unchecked")
    public NetworkModel<Graphs> graphModel() {
        if (!(model.adapter() instanceof GraphInput)) {
            throw new IllegalStateException("this bundle's network does not take graphs");
        }
        return (NetworkModel<Graphs>) model;
    }

    /** The network of an image model (cnn2d); it takes images as they are after the manifest's normalisation. */
    @SuppressWarnings("unchecked")
    public NetworkModel<ImageSet> imageModel() {
        if (!(model.adapter() instanceof ImageInput)) {
            throw new IllegalStateException("this bundle's network does not take images");
        }
        return (NetworkModel<ImageSet>) model;
    }

    /** Writes the manifest and the network's parameters into {@code dir} (which must exist). */
    public static void write(Path dir, BundleManifest manifest, NetworkModel<?> model) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(PARAMETERS)))) {
            model.saveParameters(new DataOutputStream(out));
        }
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
    }

    /** Reads a bundle; a missing or damaged bundle is a {@link DataException} naming the directory. */
    public static ModelBundle read(Path dir) {
        String where = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw new DataException(Location.file(where), "model directory not found");
        }
        BundleManifest manifest;
        try {
            manifest = JSON.readValue(dir.resolve(MANIFEST).toFile(), BundleManifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new DataException(Location.file(where), "not a model bundle: " + MANIFEST + " is missing");
        } catch (IOException e) {
            throw new DataException(Location.file(where + "/" + MANIFEST), "unreadable manifest: "
                    + firstLine(e.getMessage()));
        }
        if (manifest.formatVersion() != BundleManifest.FORMAT_VERSION) {
            throw new DataException(Location.file(where), "bundle format " + manifest.formatVersion()
                    + " is not supported (expected " + BundleManifest.FORMAT_VERSION + ")");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(PARAMETERS)))) {
            NetworkSpec spec = manifest.network().toSpec();
            // a regression network has one output, as a two-class network has
            int classes = manifest.regression() != null ? 2 : manifest.classes().size();
            NetworkModel<?> model = NetworkModel.load(spec, adapter(manifest, spec), classes, new DataInputStream(in));
            return new ModelBundle(manifest, model);
        } catch (NoSuchFileException e) {
            throw new DataException(Location.file(where), "not a model bundle: " + PARAMETERS + " is missing");
        } catch (IOException | RuntimeException e) {
            throw new DataException(Location.file(where + "/" + PARAMETERS), "unreadable network parameters: "
                    + firstLine(e.getMessage()));
        }
    }

    private static InputAdapter<?> adapter(BundleManifest manifest, NetworkSpec spec) {
        if (manifest.images() != null) {
            ImageFormat f = manifest.images();
            return new ImageInput(f.channels(), f.height(), f.width());
        }
        MoleculeInput molecules = manifest.molecules();
        if (molecules != null && molecules.graphs()) {
            Readout readout = spec instanceof GraphMerge m ? m.graph().readout() : ((Gcn) spec).readout();
            return new GraphInput(molecules.atomFeatures(), spec instanceof GraphMerge ? manifest.inputs() : 0, readout,
                    molecules.edgeKinds());
        }
        return new VectorInput(InputEncoding.valueOf(manifest.inputEncoding()), manifest.inputs());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        model.close();
    }
}
