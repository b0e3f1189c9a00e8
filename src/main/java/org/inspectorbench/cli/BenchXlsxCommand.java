package org.inspectorbench.cli;

import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.calendar.WorkingDayCalendar;
import org.inspectorbench.report.xlsx.LeagueData;
import org.inspectorbench.report.xlsx.LeagueWorkbook;
import org.inspectorbench.report.xlsx.SyntheticFindings;
import org.inspectorbench.report.xlsx.WorkspaceLeague;
import org.inspectorbench.store.CampaignSource;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Website;
import org.inspectorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code inspector bench xlsx}: the league-table workbook for the sample campaign's 49 units with
 * made-up findings, warm (target <= 2 s), and for a made-up campaign of 2,000 units in a child JVM
 * limited to -Xmx512m (target: fits), with its time and peak heap.
 */
@Command(name = "xlsx", mixinStandardHelpOptions = true,
        description = "Times `report xlsx`: 49 units warm (target <= 2 s) and a synthetic large campaign in a child "
                + "JVM with a capped heap (target: fits in 512 MB), printing time and peak heap.")
public final class BenchXlsxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "10", description = "measured runs after warm-up (default 10)")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up runs (default 5)")
    int warmup;

    @Option(names = "--units", defaultValue = "2000", description = "units of the synthetic large campaign (default 2000)")
    int units;

    @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of the child JVM (default 512m)")
    String heap;

    @Option(names = "--keep", paramLabel = "DIR", description = "keep the workbooks written in this folder")
    Path keep;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("inspector-bench-xlsx");
            benchSample(dir, out);
            benchLarge(dir, out);
            if (keep == null) {
                try (var files = Files.walk(dir)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UserError("benchmark failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void benchSample(Path dir, PrintWriter out) throws IOException {
        Path campaign = extractSample(dir.resolve("campaign"));
        Path file = dir.resolve("sample-49.inspector");
        Files.deleteIfExists(file);
        WorkingDayCalendar calendar = CalendarLoader.bundled();
        try (Workspace ws = Workspace.create(file, campaign, "张三")) {
            List<SyntheticFindings.UnitShape> shapes = new ArrayList<>();
            for (Unit u : ws.units()) {
                shapes.add(new SyntheticFindings.UnitShape(u.name(), u.kind(), u.tags(),
                        u.websites().stream().map(Website::name).toList()));
            }
            var input = SyntheticFindings.findings(ws.rubric(), shapes, ws.campaign().monitoringDate(), 2022);
            ws.importFindings(input, dir, "bench findings");
            Path xlsx = dir.resolve("league-49.xlsx");
            for (int i = 0; i < warmup; i++) {
                LeagueWorkbook.write(WorkspaceLeague.read(ws, calendar), xlsx);
            }
            long[] read = new long[runs];
            long[] write = new long[runs];
            long[] cpu = new long[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                LeagueData data = WorkspaceLeague.read(ws, calendar);
                long t1 = System.nanoTime();
                LeagueWorkbook.write(data, xlsx);
                long t2 = System.nanoTime();
                read[i] = t1 - t0;
                write[i] = t2 - t1;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            long[] total = new long[runs];
            Arrays.setAll(total, i -> read[i] + write[i]);
            out.printf("report xlsx, %d units (sample campaign, %d made-up findings), warm, %d runs after %d warm-up:%n",
                    ws.units().size(), input.units().stream().mapToInt(u -> u.findings().size()
                            + u.websites().stream().mapToInt(w -> w.findings().size()).sum()
                            + u.newMedia().findings().size()).sum(), runs, warmup);
            out.printf("  read+score median %.1f ms, write workbook median %.1f ms, total median %.1f ms (min %.1f, max %.1f); target <= 2000 ms: %s%n",
                    ms(median(read)), ms(median(write)), ms(median(total)), ms(Arrays.stream(total).min().orElse(0)),
                    ms(Arrays.stream(total).max().orElse(0)), median(total) <= 2_000_000_000L ? "OK" : "MISSED");
            out.printf("  CPU time of the writing thread: median %.1f ms (wall time above includes waiting for a core:"
                    + " load average %.1f on %d cores)%n", ms(median(cpu)),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            out.printf("  workbook %d bytes%s%n", Files.size(xlsx), keep != null ? ": " + xlsx : "");
            out.flush();
        }
    }

    private void benchLarge(Path dir, PrintWriter out) throws IOException, InterruptedException {
        Path xlsx = dir.resolve("league-" + units + ".xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                BenchXlsxChild.class.getName(), String.valueOf(units), xlsx.toString(), "2022");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new UserError("the child JVM did not finish in 30 minutes");
        }
        long wall = System.nanoTime() - t0;
        String figures = output.lines().filter(l -> l.startsWith("units=") || l.startsWith("error=")).findFirst()
                .orElse("error=no figures; output: " + output.strip());
        out.printf("report xlsx, %d synthetic units, child JVM -Xmx%s (exit %d, wall %.1f s incl. JVM start):%n",
                units, heap, p.exitValue(), wall / 1e9);
        out.println("  " + figures);
        out.println("  target: completes within the " + heap + " heap: " + (p.exitValue() == 0 ? "OK" : "MISSED"));
        out.flush();
    }

    /** The bundled sample campaign as files, since a workspace is created from a campaign file. */
    static Path extractSample(Path dir) throws IOException {
        String campaign = CampaignSource.SAMPLE_CAMPAIGN;
        for (String rel : List.of(campaign, "sample-data/rubrics/mianyang-2022.json", "sample-data/units/mianyang-2022-units.json")) {
            Path target = dir.resolve(rel);
            Files.createDirectories(target.getParent());
            try (InputStream in = BenchXlsxCommand.class.getResourceAsStream("/" + rel)) {
                if (in == null) {
                    throw new IOException("the program lacks its sample campaign file " + rel);
                }
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve(campaign);
    }

    private static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
