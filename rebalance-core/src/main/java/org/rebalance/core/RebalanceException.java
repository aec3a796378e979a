package org.rebalance.core;

/** Base of every error Rebalance reports to its user: unchecked, with a one-line message. */
public class RebalanceException extends RuntimeException {
    public RebalanceException(String message) {
        super(message);
    }

    public RebalanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
