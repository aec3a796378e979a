package org.rebalance.cli.options;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.rebalance.core.data.csv.TableSpec;
import picocli.CommandLine.Option;

/** Which file to read and how: label column, dropped and categorical columns. */
public final class DataOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "CSV file with a header line (.csv or .csv.gz).")
    public Path data;

    @Option(names = "--label", defaultValue = "label", paramLabel = "COL",
            description = "Label column (default: ${DEFAULT-VALUE}).")
    public String label;

    @Option(names = "--drop", split = ",", paramLabel = "COL", description = "Columns to ignore.")
    public List<String> drop = List.of();

    @Option(names = "--categorical", split = ",", paramLabel = "COL",
            description = "Columns to one-hot encode (columns without any number are found automatically).")
    public List<String> categorical = List.of();

    public TableSpec tableSpec() {
        return new TableSpec(label, new LinkedHashSet<>(drop), new LinkedHashSet<>(categorical));
    }
}
