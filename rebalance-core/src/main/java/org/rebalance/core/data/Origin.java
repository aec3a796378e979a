package org.rebalance.core.data;

/** Where a data set came from: file name, SHA-256 of its bytes (hex) and its number of data rows. */
public record Origin(String file, String sha256, long rows) {
}
