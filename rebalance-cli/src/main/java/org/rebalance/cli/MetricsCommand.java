package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rebalance.cli.report.ConsoleTables;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.metrics.ExternalScores;
import org.rebalance.core.metrics.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance metrics}: the full metric set for scores made by any tool. */
@Command(name = "metrics", description = "Compute every metric for a file of true labels and scores made by any tool.")
final class MetricsCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with labels and scores.")
    private Path data;

    @Option(names = "--truth", required = true, paramLabel = "COL", description = "Column of true labels.")
    private String truth;

    @Option(names = "--score", required = true, split = ",", paramLabel = "COL",
            description = "Score column (binary: score of the positive class), or one column per class.")
    private List<String> score;

    @Option(names = "--pred", paramLabel = "COL",
            description = "Column of predicted labels (default: threshold the score / take the top class).")
    private String pred;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Binary decision threshold (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--positive", paramLabel = "LABEL",
            description = "Positive class for one score column (default: the last label, e.g. 1 for 0/1).")
    private String positive;

    @Option(names = "--json", description = "Print JSON with stable keys instead of a table.")
    private boolean json;

    @Option(names = "--debug", hidden = true)
    private boolean debug;

    @Override
    public Integer call() throws Exception {
        ExternalScores.Result r = ExternalScores.evaluate(CsvReader.readScores(data, truth, score, pred),
                new Threshold(threshold), positive);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("classes", r.classes().names());
            if (r.classes().size() == 2) {
                out.put("positive_class", r.classes().name(1));
                out.put("threshold", pred == null ? threshold : null);
            }
            out.putAll(MetricsJson.of(r.evaluation(), r.classes()));
            parent.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            parent.out().print(ConsoleTables.confusionAndMetrics(List.of(r.evaluation()), r.classes(),
                    List.of(data.getFileName().toString())));
        }
        return 0;
    }
}
