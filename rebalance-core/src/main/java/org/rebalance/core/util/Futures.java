package org.rebalance.core.util;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to other threads as if it had run here: a failure comes back as the exception
 * it was (a {@link RuntimeException} or an {@link Error}; anything else wrapped in an
 * {@link IllegalStateException}), an interruption restores the thread's flag and ends the wait.
 */
public final class Futures {
    private Futures() {
    }

    /** The result of {@code future}, waiting for it. */
    public static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for other threads' work", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for every future in order; the first failure met is rethrown. */
    public static void joinAll(List<? extends Future<?>> futures) {
        for (Future<?> f : futures) {
            join(f);
        }
    }

    /**
     * Waits for every future, ignoring their failures (a caller already failing, that must not free what
     * the other threads still use); an interruption restores the flag and stops waiting.
     */
    public static void awaitQuietly(List<? extends Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // the caller reports its own failure, or the one join() met first
            }
        }
    }
}
