package org.rebalance.core.util;

/** Receives progress of long work (epochs, cells); the CLI turns it into a progress bar. */
public interface ProgressListener {
    /** Work of {@code total} steps named {@code task} begins. */
    default void start(String task, long total) {
    }

    /** {@code done} of the steps are finished; {@code message} is a short status (e.g. "val bacc 0.81"). */
    default void step(long done, String message) {
    }

    /** The work has ended (normally or not). */
    default void finish() {
    }

    ProgressListener NONE = new ProgressListener() {
    };
}
