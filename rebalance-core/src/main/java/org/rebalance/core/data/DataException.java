package org.rebalance.core.data;

import org.rebalance.core.RebalanceException;

/** Bad input data; the message is "where: problem" on one line. */
public final class DataException extends RebalanceException {
    private final transient Location where;

    public DataException(Location where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    public Location where() {
        return where;
    }
}
