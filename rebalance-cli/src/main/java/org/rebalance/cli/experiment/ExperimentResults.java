package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The summaries of an experiment: one per data set (with that data set's result lines), and, with
 * two or more data sets, the comparison across them.
 *
 * @param across the Friedman / Nemenyi comparison, or null for a single data set
 */
public record ExperimentResults(List<Section> sections, AcrossDatasets across) {
    /** One data set's summary and cells; {@code name} is null when the experiment has one data set. */
    public record Section(String name, ExperimentSummary summary, List<JsonNode> lines) {
    }

    /** What compare and report print: each data set's table and verdict, then the comparison across them. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Section section : sections) {
            if (section.name() != null) {
                s.append("== data set ").append(section.name()).append('\n');
            }
            s.append(section.summary().table()).append(section.summary().verdict());
            if (section.name() != null) {
                s.append('\n');
            }
        }
        if (across != null) {
            s.append("== across data sets\n").append(across.table()).append(across.verdict());
        }
        return s.toString();
    }
}
