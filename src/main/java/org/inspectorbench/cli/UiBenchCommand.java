package org.inspectorbench.cli;

import org.inspectorbench.ui.bench.UiBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code inspector bench ui}: the workbench's latency figures (issue 4), on the real window. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Edit -> score text on screen, switching to a unit with 100 screenshots, cold start to a usable "
                + "window. Headless (Monocle) unless --display.")
final class UiBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--display", description = "use the real display ($DISPLAY) instead of headless Monocle")
    boolean display;

    @Option(names = "--edits", defaultValue = "60", description = "edits to time (default ${DEFAULT-VALUE})")
    int edits;

    @Option(names = "--no-cold-start", description = "skip the cold-start child processes (the in-window figures only)")
    boolean noColdStart;

    @Option(names = "--dir", paramLabel = "D", description = "scratch folder (default: a new temporary folder)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path scratch = dir != null ? dir : Files.createTempDirectory("inspector-bench-ui");
        return UiBench.run(spec.commandLine().getOut(), scratch, !display, edits, !noColdStart);
    }
}
