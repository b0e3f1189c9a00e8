package org.inspectorbench.ui;

import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.health.StartupDecision;
import org.inspectorbench.ui.health.StartupFlow;
import org.inspectorbench.ui.health.StartupPrompts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The start, begun on the launching thread before the JavaFX toolkit is up: the settings are read
 * and the start-up flow (health check, workspace open, rubric parse) runs on its own thread while
 * the toolkit starts and the window appears. Its prompts wait for the window to attach them.
 */
final class Startup {

    final UiSettings settings;
    /** No workspace at the default location: the window starts with the welcome, not the skeleton. */
    final boolean firstRun;
    final CompletableFuture<Optional<Opened>> opened;

    /**
     * The open workspace and, read and scored on the start-up thread while the toolkit starts, the
     * units list's content (null if reading it failed: the window then reads it itself and says why).
     */
    record Opened(StartupFlow.Opened workspace, WorkbenchViewModel.Snapshot units) {
    }
    private final CompletableFuture<StartupPrompts> prompts = new CompletableFuture<>();

    Startup(WorkbenchBackend backend, Path requested) {
        settings = new UiSettings(backend.settingsFile());
        org.inspectorbench.ui.common.Fonts.prepare(backend.settingsFile().toAbsolutePath().getParent().resolve("fonts"));
        Path defaultFile = backend.defaultWorkspace();
        firstRun = requested == null && !Files.exists(defaultFile);
        opened = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                // Made here, not on the launching thread: asking for today's date loads the time-zone
                // rules, and every millisecond before Application.launch delays the toolkit.
                StartupFlow flow = new StartupFlow(backend, requested, defaultFile);
                opened.complete(flow.run(new Late(prompts)).map(o -> new Opened(o, preload(o))));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        }, "workbench-startup");
        t.setDaemon(true);
        // The toolkit starts meanwhile on the other threads, and the window waits for it first:
        // where the runtime maps Java priorities to the OS (the Linux app image), this thread yields.
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static WorkbenchViewModel.Snapshot preload(StartupFlow.Opened o) {
        try {
            WorkbenchViewModel.Snapshot units = WorkbenchViewModel.Snapshot.read(o.store(), o.scorer());
            org.inspectorbench.ui.health.StartupTrace.mark("units-read");
            return units;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The window's prompts are ready: the flow may now ask. */
    void attach(StartupPrompts p) {
        prompts.complete(p);
    }

    /** Prompts that wait until the window has attached the real ones. */
    private record Late(CompletableFuture<StartupPrompts> real) implements StartupPrompts {

        @Override
        public boolean welcome(Path file) {
            return real.join().welcome(file);
        }

        @Override
        public BackupAnswer askBackup(StartupDecision.OfferBackup offer) {
            return real.join().askBackup(offer);
        }

        @Override
        public void refuse(StartupDecision.Refuse refusal) {
            real.join().refuse(refusal);
        }

        @Override
        public void failed(String headerKey, Path file, String message) {
            real.join().failed(headerKey, file, message);
        }

        /** Progress text before the window is there has no one to show it to: not worth waiting for. */
        @Override
        public void status(String key, Object... args) {
            StartupPrompts p = real.getNow(null);
            if (p != null) {
                p.status(key, args);
            }
        }

        /** Waits for the window only when a double-clicked bundle is there to offer. */
        @Override
        public void offerBundle(Path file) {
            if (org.inspectorbench.ui.welcome.BundleOnOpen.pending()) {
                real.join().offerBundle(file);
            }
        }
    }
}
