package org.rebalance.cli.options;

import java.util.LinkedHashSet;
import java.util.List;
import org.rebalance.core.data.csv.TableSpec;
import picocli.CommandLine.Option;

/**
 * How to read a CSV file: label column, dropped and categorical columns, simulated imbalance. The commands
 * declare {@code --data} themselves ({@code train} takes {@code --images} in its place).
 */
public final class DataOptions {
    @Option(names = {"--label", "--target"}, defaultValue = "label", paramLabel = "COL",
            description = "Label column, or the target column of a regression (default: ${DEFAULT-VALUE}).")
    public String label;

    @Option(names = "--drop", split = ",", paramLabel = "COL", description = "Columns to ignore.")
    public List<String> drop = List.of();

    @Option(names = "--categorical", split = ",", paramLabel = "COL",
            description = "Columns to one-hot encode (columns without any number are found automatically).")
    public List<String> categorical = List.of();

    @Option(names = "--simulate", paramLabel = "CLASS:COUNT",
            description = "Simulate imbalance: draw this many rows of each named class before splitting, "
                    + "e.g. 1:250,0:2500 (other classes keep all their rows).")
    public String simulate;

    /** The --simulate counts by class name (empty when not given). */
    public java.util.Map<String, Integer> simulate() {
        java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
        if (simulate == null || simulate.isBlank()) {
            return m;
        }
        for (String part : simulate.split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0) {
                throw new org.rebalance.core.ConfigException("--simulate expects class:count pairs such as 1:250,0:2500, "
                        + "got \"" + part.trim() + "\"");
            }
            try {
                m.put(part.substring(0, colon).trim(), Integer.parseInt(part.substring(colon + 1).trim()));
            } catch (NumberFormatException e) {
                throw new org.rebalance.core.ConfigException("--simulate: \"" + part.trim() + "\" has no whole count");
            }
        }
        return m;
    }

    public TableSpec tableSpec() {
        return new TableSpec(label, new LinkedHashSet<>(drop), new LinkedHashSet<>(categorical));
    }
}
