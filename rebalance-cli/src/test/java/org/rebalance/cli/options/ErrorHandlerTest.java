package org.rebalance.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.nn.train.NonFiniteLossException;

class ErrorHandlerTest {
    @Test
    void eachErrorTypeHasItsExitCode() {
        ErrorHandler h = new ErrorHandler();
        assertEquals(3, h.getExitCode(new DataException(Location.file("f.csv"), "bad")));
        assertEquals(4, h.getExitCode(new ConfigException("bad option")));
        assertEquals(5, h.getExitCode(new NonFiniteLossException(3, 41, Double.NaN)));
        assertEquals(1, h.getExitCode(new IllegalStateException("bug")));
        assertEquals("loss became NaN at epoch 3, batch 41; lower the learning rate or check the inputs for extreme "
                + "values", ErrorHandler.message(new NonFiniteLossException(3, 41, Double.NaN)));
    }
}
