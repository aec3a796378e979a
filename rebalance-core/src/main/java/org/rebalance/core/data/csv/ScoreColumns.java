package org.rebalance.core.data.csv;

import java.util.List;

/**
 * Columns of a scores file, for checking a model made elsewhere: the true labels, one or more score
 * columns (one for binary, one per class for multiclass), and optional predicted labels.
 *
 * @param file the file name, for messages
 * @param truth true labels as text, one per row
 * @param scoreNames names of the score columns
 * @param scores scores[column][row]
 * @param predictions predicted labels as text, or null when no prediction column was given
 */
public record ScoreColumns(String file, String[] truth, List<String> scoreNames, double[][] scores,
        String[] predictions) {
    public int rows() {
        return truth.length;
    }
}
