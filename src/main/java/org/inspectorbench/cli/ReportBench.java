package org.inspectorbench.cli;

import org.inspectorbench.report.ReportBenchmark;
import org.inspectorbench.report.ReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code inspector bench report}: issue 5's scorecard figures (time and size), printed, never asserted. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Scorecard PDFs on a throw-away copy of the sample campaign with synthetic findings and "
                + "screenshots: one unit without evidence (cold, warm; size with the font subset and fully embedded; "
                + "targets <= 300 ms warm, <= 150 KB) and all units with thumbnails (target <= 20 s).")
public final class ReportBench implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "20", paramLabel = "N", description = "warm rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--images-per-unit", defaultValue = "3", paramLabel = "K",
            description = "synthetic 1280×800 screenshots per unit (default ${DEFAULT-VALUE})")
    int imagesPerUnit;

    @Override
    public void run() {
        if (rounds < 1 || imagesPerUnit < 0) {
            throw new UserError("--rounds must be at least 1 and --images-per-unit at least 0");
        }
        ReportBenchmark.Figures f;
        try {
            Path folder = Files.createTempDirectory("inspector-bench-report");
            f = ReportBenchmark.run(folder, rounds, imagesPerUnit);
        } catch (IOException | ReportException e) {
            throw new IllegalStateException("benchmark failed: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("one scorecard (%s, %d pages), no evidence:%n", ReportBenchmark.UNIT, f.pages());
        out.printf("  first (cold):                  %8.1f ms (includes parsing the fonts)%n", f.firstMs());
        out.printf("  warm median / min:             %8.1f / %.1f ms over %d rounds (target <= 300 ms)%n",
                f.warmMedianMs(), f.warmMinMs(), f.rounds());
        out.printf("  warm CPU median:               %8.1f ms (CPU time of the thread: robust on a busy machine)%n",
                f.warmCpuMedianMs());
        out.printf("  size, font subset:             %,10d bytes (target <= 150 KB)%n", f.subsetBytes());
        out.printf("  size, font fully embedded:     %,10d bytes (Regular only, no Bold)%n", f.fullFontBytes());
        out.printf("all %d units with thumbnails (%d synthetic screenshots), %d threads:%n", f.units(), f.images(),
                f.threads());
        out.printf("  wall time:                     %8.1f ms (target <= 20 s; scoring, layout, 50 files)%n", f.allMs());
        if (f.allCpuMs() >= 0) {
            out.printf("  process CPU time:              %8.1f ms%n", f.allCpuMs());
        }
        out.printf("  total size:                    %,10d bytes; largest file %,d bytes%n", f.allBytes(), f.largestBytes());
    }
}
