package org.rebalance.core;

/** A bad option, strategy or experiment setting (not bad data): the message names the setting. */
public final class ConfigException extends RebalanceException {
    public ConfigException(String message) {
        super(message);
    }
}
