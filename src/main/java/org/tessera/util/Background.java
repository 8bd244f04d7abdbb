package org.tessera.util;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done on a thread of its own while the caller goes on, such as reading the datasets while the stories
 * load, or laying out PDFs while the pages render. {@link #join()} returns its result or throws what it threw.
 */
public final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** Work already done: its result. */
    public static <T> Background<T> done(T result) {
        FutureTask<T> task = new FutureTask<>(() -> result);
        task.run();
        return new Background<>(task);
    }

    /** Waits for the work and returns its result; an exception or error it threw is thrown here. */
    public T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
