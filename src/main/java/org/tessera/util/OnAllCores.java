package org.tessera.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on every item of a list, one thread per core, results in the items' order. Not a parallel stream: with Java
 * 17's common pool the calling thread spins while it waits for the last items (a fifth of a build's CPU time on two
 * cores, measured with JFR), where here it simply waits.
 */
public final class OnAllCores {

    private OnAllCores() {
    }

    /** {@code work} applied to each of {@code items}; the first exception it throws is thrown here. */
    @SuppressWarnings("unchecked")
    public static <I, T> List<T> map(List<I> items, Function<I, T> work) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
        if (threads <= 1) {
            return items.stream().map(work).toList();
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tessera-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                        results[i] = work.apply(items.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                join(worker, next, results.length);
            }
        } finally {
            pool.shutdownNow();
        }
        return (List<T>) Arrays.asList(results);
    }

    private static void join(Future<?> worker, AtomicInteger next, int count) {
        try {
            worker.get();
        } catch (ExecutionException e) {
            next.set(count); // the other threads stop at their next item
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on all cores", e);
        }
    }
}
