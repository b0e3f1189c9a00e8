package org.inspectorbench.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way the UI runs work off the FX thread: {@code worker} runs the work, {@code ui} delivers
 * the result (Platform::runLater in the app, the calling thread in view-model tests).
 * Store writes go through a single-threaded worker so that edits reach the database in the order
 * the inspector made them.
 */
public final class BackgroundTasks {

    private final Executor worker;
    private final Executor ui;
    private final Consumer<Throwable> errors;

    public BackgroundTasks(Executor worker, Executor ui, Consumer<Throwable> errors) {
        this.worker = worker;
        this.ui = ui;
        this.errors = errors;
    }

    /** Runs everything on the calling thread: for view-model tests without a toolkit. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run, e -> {
            throw new IllegalStateException(e);
        });
    }

    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onResult) {
        CompletableFuture<T> future = new CompletableFuture<>();
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                future.completeExceptionally(e);
                ui.execute(() -> errors.accept(e));
                return;
            }
            ui.execute(() -> {
                try {
                    onResult.accept(result);
                    future.complete(result);
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                    errors.accept(e);
                }
            });
        });
        return future;
    }

    /** Runs {@code r} where results are delivered (the FX thread), from inside a task's work. */
    public void deliver(Runnable r) {
        ui.execute(r);
    }

    public CompletableFuture<Void> run(ThrowingRunnable work) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> { });
    }

    /** Work that returns nothing but may fail. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
