package org.rebalance.chem.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.rebalance.chem.feature.MoleculePreparation;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.csv.ClassRequirement;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.CsvRows;

/**
 * Reads a CSV file (optionally gzip-compressed) with a SMILES column and a class-label column and
 * parses every SMILES with CDK, then prepares each molecule ({@link MoleculePreparation}). Problems with the file are one-line {@link DataException}s naming
 * the file, row and column; SMILES that do not parse are skipped and listed, or fatal, by policy.
 */
public final class SmilesCsvReader {
    /** The class name of every molecule read without a label column. */
    public static final String UNLABELLED = "unlabelled";

    private SmilesCsvReader() {
    }

    /**
     * Reads {@code path}.
     *
     * @param smilesColumn the header name of the SMILES column
     * @param labelColumn the header name of the class-label column, or null for a file to score (every
     *     molecule then gets the one class "unlabelled")
     * @param policy what to do with SMILES that do not parse
     */
    public static MoleculeTable read(Path path, String smilesColumn, String labelColumn, InvalidSmilesPolicy policy) {
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        try (CsvRows rows = CsvRows.open(path)) {
            String file = rows.file();
            int smilesAt = required(rows, smilesColumn, "SMILES");
            int labelAt = labelColumn == null ? -1 : required(rows, labelColumn, "label");
            List<IAtomContainer> molecules = new ArrayList<>();
            List<String> smiles = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Long> rowNumbers = new ArrayList<>();
            List<InvalidSmiles> invalid = new ArrayList<>();
            long read = 0;
            for (CsvRows.Row row : rows) {
                read++;
                String text = row.values()[smilesAt];
                String label = labelAt < 0 ? UNLABELLED : row.values()[labelAt];
                if (label.isEmpty()) {
                    throw new DataException(Location.cell(file, row.number(), labelColumn), "empty label");
                }
                IAtomContainer molecule;
                try {
                    if (text.isEmpty()) {
                        throw new InvalidSmilesException("empty SMILES");
                    }
                    molecule = parser.parseSmiles(text);
                    if (molecule.getAtomCount() == 0) {
                        throw new InvalidSmilesException("no atoms");
                    }
                } catch (InvalidSmilesException e) {
                    String reason = firstLine(e.getMessage());
                    if (policy == InvalidSmilesPolicy.FAIL) {
                        throw new DataException(Location.cell(file, row.number(), smilesColumn),
                                "invalid SMILES \"" + text + "\": " + reason);
                    }
                    invalid.add(new InvalidSmiles(row.number(), text, reason));
                    continue;
                }
                molecules.add(molecule);
                smiles.add(text);
                labels.add(label);
                rowNumbers.add(row.number());
            }
            if (read == 0) {
                throw new DataException(Location.file(file), "no data rows after the header");
            }
            if (molecules.isEmpty()) {
                throw new DataException(Location.file(file), "none of the " + read + " SMILES parsed");
            }
            List<IAtomContainer> prepared = prepareAll(molecules);
            long[] numbers = rowNumbers.stream().mapToLong(Long::longValue).toArray();
            return new MoleculeTable(prepared, smiles,
                    CsvReader.classTarget(labels, file, labelColumn,
                            labelAt < 0 ? ClassRequirement.ANY : ClassRequirement.AT_LEAST_TWO), numbers, invalid,
                    new Origin(file, rows.sha256Hex(), read));
        }
    }

    private static List<IAtomContainer> prepareAll(List<IAtomContainer> molecules) {
        IAtomContainer[] out = new IAtomContainer[molecules.size()];
        java.util.stream.IntStream.range(0, out.length).parallel()
                .forEach(i -> out[i] = MoleculePreparation.prepare(molecules.get(i)));
        return List.of(out);
    }

    private static int required(CsvRows rows, String column, String role) {
        int at = rows.indexOf(column);
        if (at < 0) {
            throw new DataException(Location.file(rows.file()), role + " column \"" + column
                    + "\" not found; the columns are " + String.join(", ", rows.header()));
        }
        return at;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unparseable";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.isEmpty() ? "unparseable" : line;
    }
}
