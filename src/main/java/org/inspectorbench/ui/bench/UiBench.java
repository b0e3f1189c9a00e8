package org.inspectorbench.ui.bench;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.WorkbenchRoot;
import org.inspectorbench.ui.adapter.EngineScorer;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.NextFrame;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.units.UnitRow;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code inspector bench ui}: the workbench's three figures (issue 4), measured on the real window
 * (Monocle headless unless a display is asked for): an edit to the updated score text, switching to
 * a unit with 100 evidence items, and cold start to a usable window (a child process).
 */
public final class UiBench {

    private final PrintWriter out;
    private final Path dir;

    private UiBench(PrintWriter out, Path dir) {
        this.out = out;
        this.dir = dir;
    }

    /** Runs the benchmark in {@code dir} (a scratch folder); never returns FX types. */
    public static int run(PrintWriter out, Path dir, boolean headless, int edits) throws Exception {
        return run(out, dir, headless, edits, true);
    }

    /** {@code coldStart} false skips the child processes (quicker, for working on the in-window figures). */
    public static int run(PrintWriter out, Path dir, boolean headless, int edits, boolean coldStart) throws Exception {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        // As the program itself does (Workbench.launch), so that the figures are the program's.
        org.inspectorbench.ui.common.SoftwareRendering.configure();
        Path file = BenchWorkspace.prepare(dir, out);
        if (coldStart) {
            List<ColdStart.Run> runs = ColdStart.measure(file, dir, headless, 4, out);
            out.printf("cold start to a usable window (child process started like app/inspector: app/jvm.options, "
                    + "class-data archive):%n");
            for (int i = 0; i < runs.size(); i++) {
                ColdStart.Run r = runs.get(i);
                out.printf("  %s %s ms; CPU by thread: %s%n", i == 0 ? "first start after a build (writes the archive):"
                        : "start " + (i + 1) + " (maps the archive):", r.ms() == null ? "-" : String.format("%.0f", r.ms()),
                        r.threads() == null ? "n/a" : r.threads());
            }
            List<Double> later = runs.stream().skip(1).map(ColdStart.Run::ms).filter(java.util.Objects::nonNull).toList();
            out.printf("cold start, median of the later starts: %.0f ms  target <= 2500%n", median(later));
        }
        out.flush();
        new UiBench(out, dir).inProcess(file, edits);
        out.flush();
        return 0;
    }

    private void inProcess(Path file, int edits) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WorkbenchRoot[] root = new WorkbenchRoot[1];
        Stage[] stage = new Stage[1];
        fx(() -> {
            Fonts.load();
            WorkspaceStore store = new WorkspaceStore(Workspace.open(file));
            root[0] = new WorkbenchRoot(store, new EngineScorer(store.campaign().rubric(),
                    org.inspectorbench.calendar.CalendarLoader.bundled()), new UiSettings(null),
                    Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Platform::runLater);
            stage[0] = new Stage();
            root[0].start(stage[0]);
        });
        WorkbenchRoot r = root[0];
        waitUntil(() -> r.viewModel().readyProperty().get() && r.view().units() != null);
        select(r, "涪城区");
        waitUntil(() -> session(r, "涪城区") && r.view().checklist().lookup(".rule-row") != null);
        Thread.sleep(300);
        long revision = (long) onFx(() -> r.viewModel().revisionProperty().get());
        editLatency(r, stage[0].getScene(), edits);
        // Every edit is also written to the workspace (off the FX thread); let the writes land
        // before timing unit switches, which read through the same writer queue.
        long t0 = System.nanoTime();
        waitUntil(() -> r.viewModel().revisionProperty().get() - revision >= edits + 10);
        out.printf("  (the %d edits' store writes landed %.0f ms after the last edit)%n", edits + 10,
                (System.nanoTime() - t0) / 1e6);
        out.flush();
        unitSwitch(r, stage[0].getScene());
        fx(() -> stage[0].close());
        Platform.exit();
    }

    private void editLatency(WorkbenchRoot r, Scene scene, int edits) throws Exception {
        CheckBox box = (CheckBox) onFx(() -> scene.getRoot().lookupAll(".rule-row").stream()
                .map(n -> find(n, CheckBox.class)).filter(b -> b != null).findFirst().orElseThrow());
        Label total = (Label) onFx(() -> scene.lookup("#score-total"));
        List<Double> handler = new ArrayList<>();
        List<Double> toPulse = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        java.util.Random phase = new java.util.Random(16);
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < edits + 10; i++) {
            CountDownLatch painted = new CountDownLatch(1);
            long[] t = new long[6];
            fx(() -> {
                String before = total.getText();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    t[2] = System.nanoTime();
                    t[4] = fxCpu();
                    scene.removePostLayoutPulseListener(once[0]);
                };
                t[3] = fxCpu();
                t[0] = System.nanoTime();
                box.setSelected(!box.isSelected());
                t[1] = System.nanoTime();
                if (before.equals(total.getText())) {
                    throw new IllegalStateException("the score text did not change");
                }
                scene.addPostLayoutPulseListener(once[0]);
                NextFrame.whenDrawn(scene, () -> {
                    t[5] = System.nanoTime();
                    painted.countDown();
                });
            });
            painted.await(5, TimeUnit.SECONDS);
            if (i >= 10) {
                handler.add((t[1] - t[0]) / 1e6);
                toPulse.add((t[2] - t[0]) / 1e6);
                drawn.add((t[5] - t[0]) / 1e6);
                cpu.add((t[4] - t[3]) / 1e6);
            }
            // A keystroke comes at any moment of the 60 Hz pulse: a fixed pause would always meet it
            // at the same point of the pulse's period, and the figure would depend on which.
            Thread.sleep(40 + phase.nextInt(17));
        }
        out.printf("edit -> score text changed (handler, ms): median %.2f  p95 %.2f%n", median(handler), p95(handler));
        out.printf("edit -> next layout pulse done (ms): median %.2f  p95 %.2f%n", median(toPulse), p95(toPulse));
        // Drawn: the render thread has drawn that pulse's frame (before session 5 the line above was
        // called "on screen", but the drawing comes after it).
        out.printf("edit -> drawn on screen (ms): median %.2f  p95 %.2f  target <= 16%n", median(drawn), p95(drawn));
        out.printf("  FX-thread CPU from the edit to that pulse (ms): median %.2f  p95 %.2f%n", median(cpu), p95(cpu));
    }

    private void unitSwitch(WorkbenchRoot r, Scene scene) throws Exception {
        List<Double> paint = new ArrayList<>();
        List<Double> thumbs = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            select(r, "涪城区");
            waitUntil(() -> session(r, "涪城区"));
            Thread.sleep(200);
            // The frame that shows it: the first frame drawn after the session is open and the
            // evidence list filled. Watched by listeners on the FX thread (no polling there, which
            // would load the thread being measured).
            CountDownLatch painted = new CountDownLatch(1);
            long[] t = new long[4];
            fx(() -> {
                Runnable[] once = new Runnable[1];
                javafx.beans.InvalidationListener[] check = new javafx.beans.InvalidationListener[1];
                once[0] = () -> {
                    t[2] = fxCpu();
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                };
                check[0] = o -> {
                    if (session(r, BenchWorkspace.HEAVY_UNIT)
                            && r.evidence().items().size() == BenchWorkspace.EVIDENCE) {
                        r.viewModel().sessionProperty().removeListener(check[0]);
                        r.evidence().items().removeListener(check[0]);
                        scene.addPostLayoutPulseListener(once[0]);
                        NextFrame.whenDrawn(scene, () -> {
                            t[1] = System.nanoTime();
                            painted.countDown();
                        });
                    }
                };
                r.viewModel().sessionProperty().addListener(check[0]);
                r.evidence().items().addListener(check[0]);
                t[0] = fxCpu();
                t[3] = System.nanoTime();
                selectNow(r, BenchWorkspace.HEAVY_UNIT);
                check[0].invalidated(null);
            });
            boolean listed = painted.await(30, TimeUnit.SECONDS);
            long cpu0 = t[0];
            long[] cpu1 = {t[2]};
            long t0 = t[3];
            long t1 = t[1];
            boolean all = poll(() -> r.evidence().items().size() == BenchWorkspace.EVIDENCE && r.evidence().items()
                    .stream().allMatch(e -> e.thumbnailProperty().get() != null), 60);
            long t2 = System.nanoTime();
            if (!listed || !all) {
                out.printf("  switch %d: listed %s, all thumbnails %s (items %s)%n", i, listed, all,
                        onFxQuiet(() -> r.evidence().items().size()));
            }
            if (i > 0 && listed) {
                paint.add((t1 - t0) / 1e6);
                cpu.add((cpu1[0] - cpu0) / 1e6);
                if (all) {
                    thumbs.add((t2 - t0) / 1e6);
                }
            }
        }
        out.printf("switch to a unit with %d evidence items -> first frame drawn (ms): median %.1f  max %.1f  target <= 100%n",
                BenchWorkspace.EVIDENCE, median(paint), paint.stream().mapToDouble(d -> d).max().orElse(Double.NaN));
        out.printf("  FX-thread CPU from the click to that frame's layout (ms): median %.1f%n",
                median(cpu));
        out.printf("  ... all %d thumbnails shown (ms): median %.1f%n", BenchWorkspace.EVIDENCE, median(thumbs));
    }

    /** CPU time of the calling thread (the FX thread when called there), in ns. */
    static long fxCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Polls {@code condition} on the FX thread for up to {@code seconds}; false when it never held. */
    private static boolean poll(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!(boolean) onFxQuiet(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    private static boolean session(WorkbenchRoot r, String unit) {
        var s = r.viewModel().sessionProperty().get();
        return s != null && s.unit().name().equals(unit);
    }

    private static void select(WorkbenchRoot r, String unit) throws Exception {
        fx(() -> selectNow(r, unit));
    }

    private static void selectNow(WorkbenchRoot r, String unit) {
        var list = r.view().units().list();
        UnitRow row = list.getItems().stream().filter(x -> x.name().equals(unit)).findFirst().orElseThrow();
        list.getSelectionModel().select(row);
    }

    private static <T extends Node> T find(Node n, Class<T> type) {
        if (type.isInstance(n)) {
            return type.cast(n);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                T f = find(c, type);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    static void fx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    static Object onFx(java.util.concurrent.Callable<Object> c) throws Exception {
        java.util.concurrent.CompletableFuture<Object> f = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    static Object onFxQuiet(java.util.concurrent.Callable<Object> c) {
        try {
            return onFx(c);
        } catch (Exception e) {
            return false;
        }
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!(boolean) onFxQuiet(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window did not get there in 180 s");
            }
            Thread.sleep(5);
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
    }

    static double p95(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.isEmpty() ? Double.NaN : s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
    }
}
