package org.rebalance.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.ScoreColumns;

/**
 * Evaluates scores made by any tool, read from a file: one score column for two classes (the
 * score of the positive class), or one column per class (named after the classes, or in class
 * order). Predictions come from a prediction column when there is one, else from the threshold
 * (binary) or the highest score (multiclass).
 */
public final class ExternalScores {
    /** The classes found and the evaluation. */
    public record Result(ClassNames classes, Evaluation evaluation) {
    }

    private ExternalScores() {
    }

    /**
     * @param positive the positive class for one score column; null = the last class in class order
     *     ("1" for 0/1 labels)
     */
    public static Result evaluate(ScoreColumns columns, Threshold threshold, String positive) {
        List<String> order = new ArrayList<>(CsvReader.classOrder(Arrays.asList(columns.truth())));
        String file = columns.file();
        if (columns.scores().length == 1) {
            return binary(columns, order, threshold, positive);
        }
        if (columns.scores().length != order.size()) {
            throw new DataException(Location.file(file), columns.scores().length + " score columns but "
                    + order.size() + " classes " + order + " in the truth column; give one score column for two "
                    + "classes or one per class");
        }
        ClassNames classes = ClassNames.of(order);
        int[] columnOfClass = columnOrder(columns.scoreNames(), classes);
        int n = columns.rows();
        double[][] p = new double[n][classes.size()];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < classes.size(); c++) {
                p[i][c] = columns.scores()[columnOfClass[c]][i];
            }
        }
        ClassTarget truth = target(columns.truth(), classes, file, "truth");
        MulticlassScores scores = new MulticlassScores(p);
        int[] predicted = columns.predictions() == null ? scores.argmax()
                : target(columns.predictions(), classes, file, "prediction").labels();
        return new Result(classes, Evaluation.multiclass(Part.TEST, truth, scores, predicted));
    }

    private static Result binary(ScoreColumns columns, List<String> order, Threshold threshold, String positive) {
        String file = columns.file();
        if (order.size() != 2) {
            throw new DataException(Location.file(file), "one score column needs two classes in the truth column, "
                    + "found " + order.size() + " " + order);
        }
        if (positive != null) {
            if (!order.contains(positive)) {
                throw new DataException(Location.file(file), "positive class \"" + positive
                        + "\" is not in the truth column (classes " + order + ")");
            }
            order.remove(positive);
            order.add(positive);
        }
        ClassNames classes = ClassNames.of(order);
        ClassTarget truth = target(columns.truth(), classes, file, "truth");
        BinaryScores scores = new BinaryScores(columns.scores()[0]);
        int[] predicted = columns.predictions() == null ? scores.predict(threshold)
                : target(columns.predictions(), classes, file, "prediction").labels();
        return new Result(classes, Evaluation.binary(Part.TEST, truth, scores, predicted));
    }

    private static int[] columnOrder(List<String> names, ClassNames classes) {
        int[] map = new int[classes.size()];
        boolean byName = true;
        for (int c = 0; c < classes.size(); c++) {
            map[c] = names.indexOf(classes.name(c));
            byName &= map[c] >= 0;
        }
        if (!byName) {
            for (int c = 0; c < map.length; c++) {
                map[c] = c;
            }
        }
        return map;
    }

    private static ClassTarget target(String[] labels, ClassNames classes, String file, String role) {
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes.indexOf(labels[i]);
            if (y[i] < 0) {
                throw new DataException(Location.row(file, i + 1), role + " \"" + labels[i]
                        + "\" is not one of the classes " + classes.names());
            }
        }
        return new ClassTarget(y, classes);
    }
}
