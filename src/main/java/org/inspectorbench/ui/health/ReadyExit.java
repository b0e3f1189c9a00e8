package org.inspectorbench.ui.health;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.inspectorbench.ui.WorkbenchViewModel;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/**
 * {@code gui --exit-when-ready}: the start-up measurement and the class-data-sharing training run.
 * "Ready" is the first frame drawn after the units list is filled, because that is when an
 * inspector can start working; the time is counted from JVM start (not from main) so that the
 * runtime's own start-up, which the class-data archive shortens, is in the figure.
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
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return (ticks * 10) + " ms";
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /**
     * The view builds the units list in its own listener on the same property; a pulse after
     * that lays it out and draws it, and the pulse after that one proves the frame went out.
     */
    private static void afterNextFrames(Stage stage, WorkbenchViewModel vm, PrintWriter err) {
        Scene scene = stage.getScene();
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            long ms = System.currentTimeMillis() - started;
            err.printf("ready: window with %d units shown %d ms after JVM start (process CPU %s)%n",
                    vm.units().rows().size(), ms, processCpu());
            err.flush();
            Platform.runLater(() -> {
                stage.hide();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
