package org.rebalance.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocationTest {
    @Test
    void namesFileRowAndColumn() {
        assertEquals("train.csv, row 17, column \"age\"", Location.cell("train.csv", 17, "age").toString());
        assertEquals("train.csv, row 3", Location.row("train.csv", 3).toString());
        assertEquals("train.csv", Location.file("train.csv").toString());
    }

    @Test
    void dataExceptionMessageIsWhereThenProblem() {
        DataException e = new DataException(Location.cell("m.csv", 1204, "attr_3"), "\"n/a\" is not a number");
        assertEquals("m.csv, row 1204, column \"attr_3\": \"n/a\" is not a number", e.getMessage());
    }
}
