package org.inspectorbench.ui.health;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.NextFrame;

import java.io.PrintWriter;

/**
 * {@code gui --exit-when-ready}: the start-up measurement and the class-data-sharing training run.
 * "Ready" is when the render thread has drawn the first frame after the units list is filled,
 * because that is when an inspector can start working; the time is counted from the launch of the process
 * ({@link LaunchClock}: the native launcher's or script's work before the JVM, the runtime's own
 * start-up which the class-data archive shortens), not from main.
 */
public final class ReadyExit {

    private static volatile PrintWriter requested;

    private ReadyExit() {
    }

    /** Asks the next workbench window to report its start-up time on {@code err} and close. */
    public static void request(PrintWriter err) {
        requested = err;
    }

    public static boolean requested() {
        return requested != null;
    }

    /** Called once the window is shown: does nothing unless {@link #request} was called. */
    public static void watch(Stage stage, WorkbenchViewModel vm) {
        PrintWriter err = requested;
        if (err == null) {
            return;
        }
        if (vm.readyProperty().get()) {
            afterNextFrames(stage, vm, err);
            return;
        }
        vm.readyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean ready) {
                if (ready) {
                    vm.readyProperty().removeListener(this);
                    afterNextFrames(stage, vm, err);
                }
            }
        });
    }

    /**
     * CPU time of the whole process so far (Linux: /proc/self/stat, clock ticks of 10 ms): on a
     * shared, loaded machine the wall time mostly measures the other processes; this does not.
     */
    static String processCpu() {
        long ticks = ThreadCpu.processTicks();
        return ticks < 0 ? "n/a" : (ticks * 10) + " ms";
    }

    private static void afterChecklist(Stage stage, WorkbenchViewModel vm, PrintWriter err) {
        if (vm.units().rows().isEmpty()) {
            exit(stage, err);
            return;
        }
        Runnable whenOpen = () -> {
            String unit = vm.sessionProperty().get().unit().name();
            NextFrame.whenDrawn(stage.getScene(), () -> {
                StartupTrace.mark("checklist");
                String line = String.format("  first unit's checklist (%s) shown %s (process CPU %s)",
                        unit, LaunchClock.describe(), processCpu());
                Platform.runLater(() -> {
                    err.println(line);
                    exit(stage, err);
                });
            });
        };
        if (vm.sessionProperty().get() != null) {
            whenOpen.run();
            return;
        }
        vm.sessionProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends org.inspectorbench.ui.session.UnitSession> o,
                                org.inspectorbench.ui.session.UnitSession was,
                                org.inspectorbench.ui.session.UnitSession now) {
                if (now != null) {
                    vm.sessionProperty().removeListener(this);
                    Platform.runLater(whenOpen);
                }
            }
        });
    }

    private static void exit(Stage stage, PrintWriter err) {
        err.println("  start-up milestones (ms after JVM start): " + StartupTrace.line());
        err.flush();
        Platform.runLater(() -> {
            stage.hide();
            Platform.exit();
        });
    }

    /**
     * The view builds the units list in its own listener on the same property; the next pulse lays
     * it out and hands the frame to the render thread, and "ready" is when that frame is drawn:
     * counted on the render thread, so that whatever the FX thread does next is not in the figure.
     */
    private static void afterNextFrames(Stage stage, WorkbenchViewModel vm, PrintWriter err) {
        StartupTrace.mark("units");
        int units = vm.units().rows().size();
        NextFrame.whenDrawn(stage.getScene(), () -> {
            StartupTrace.mark("ready");
            String line = String.format("ready: window with %d units shown %s (process CPU %s)",
                    units, LaunchClock.describe(), processCpu());
            String threads = ThreadCpu.byKind();
            Platform.runLater(() -> {
                err.println(line);
                if (threads != null) {
                    err.println("  CPU by thread: " + threads);
                }
                err.flush();
                // Then the first unit's checklist (built after the first frame): its own figure, and
                // part of the class-data training run.
                afterChecklist(stage, vm, err);
            });
        });
    }
}
