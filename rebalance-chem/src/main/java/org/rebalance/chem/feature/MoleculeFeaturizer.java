package org.rebalance.chem.feature;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Schema;

/**
 * Turns prepared molecules into model inputs, in parallel over molecules: graphs (atom features and
 * bonds), optionally carrying a fingerprint per molecule, or fingerprints alone as a 0/1 matrix.
 */
public final class MoleculeFeaturizer {
    private MoleculeFeaturizer() {
    }

    /** One graph per molecule, bonds typed; with a fingerprint (non-null) each graph also carries its bits. */
    public static Graphs graphs(List<IAtomContainer> molecules, Fingerprint fingerprint) {
        Graph[] graphs = new Graph[molecules.size()];
        IntStream.range(0, graphs.length).parallel().forEach(i -> graphs[i] = GraphFeaturizer.graph(molecules.get(i)));
        DenseMatrix bits = fingerprint == null ? null : fingerprints(molecules, fingerprint);
        return Graphs.of(List.of(graphs), AtomFeaturizer.SIZE, bits, GraphFeaturizer.BOND_TYPES);
    }

    /** The fingerprint bits of every molecule as rows of 0/1 values, columns named {@code ecfp4:2048[0]} etc. */
    public static DenseMatrix fingerprints(List<IAtomContainer> molecules, Fingerprint fingerprint) {
        int n = molecules.size();
        int d = fingerprint.size();
        double[] values = new double[n * d];
        ThreadLocal<Fingerprinter> fingerprinters = ThreadLocal.withInitial(() -> new Fingerprinter(fingerprint));
        IntStream.range(0, n).parallel().forEach(i -> {
            BitSet bits = fingerprinters.get().bits(molecules.get(i), "molecule " + (i + 1));
            for (int b = bits.nextSetBit(0); b >= 0 && b < d; b = bits.nextSetBit(b + 1)) {
                values[i * d + b] = 1.0;
            }
        });
        List<String> names = new ArrayList<>(d);
        for (int b = 0; b < d; b++) {
            names.add(fingerprint.name() + "[" + b + "]");
        }
        return DenseMatrix.wrap(values, n, new Schema(names));
    }
}
