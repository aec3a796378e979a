package org.rebalance.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

/** Another thread's failure comes back as it was. */
class FuturesTest {
    @Test
    void resultsAndFailuresComeBackAsTheyWere() {
        assertEquals(7, Futures.join(CompletableFuture.completedFuture(7)));
        ConfigException config = new ConfigException("bad k");
        assertSame(config, assertThrows(ConfigException.class,
                () -> Futures.join(CompletableFuture.failedFuture(config))));
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Futures.join(CompletableFuture.failedFuture(oom))));
        IOException io = new IOException("disk");
        assertSame(io, assertThrows(IllegalStateException.class,
                () -> Futures.join(CompletableFuture.failedFuture(io))).getCause());
    }

    @Test
    void joinAllRethrowsTheFirstFailureInOrderAndAwaitQuietlyNone() {
        List<CompletableFuture<Integer>> futures = List.of(CompletableFuture.completedFuture(1),
                CompletableFuture.failedFuture(new IllegalArgumentException("second")),
                CompletableFuture.failedFuture(new IllegalStateException("third")));
        assertEquals("second", assertThrows(IllegalArgumentException.class, () -> Futures.joinAll(futures)).getMessage());
        Futures.awaitQuietly(futures);
        assertTrue(futures.stream().allMatch(CompletableFuture::isDone));
    }
}
