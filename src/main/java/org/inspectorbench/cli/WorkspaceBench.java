package org.inspectorbench.cli;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.UnsupportedImageException;
import org.inspectorbench.rubric.Applicability;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.SyntheticFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.WebsiteFindings;
import org.inspectorbench.store.EvidenceItem;
import org.inspectorbench.store.ImportResult;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.health.ThreadCpu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code inspector bench workspace}: the figures of issue 3 on a synthetic campaign (the 49 units of
 * the sample campaign x 60 findings, 2,000 evidence images of ~200 KB): import time and throughput
 * next to copying the same bytes into one file on the same disk (target >= 50%), the workspace's
 * size, re-scoring everything from the database, and opening one unit with 100 evidence items
 * (metadata and thumbnails; target <= 50 ms).
 */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Import 2,000 ~200 KB screenshots with 49x60 findings, compare with a plain file copy, "
                + "re-score from the database, open a unit with 100 evidence items.")
final class WorkspaceBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "where to work (default: bench-out/ in the current folder)")
    Path dir;

    @Option(names = "--images", defaultValue = "2000")
    int images;

    @Option(names = "--image-kb", defaultValue = "200")
    int imageKb;

    @Option(names = "--findings-per-unit", defaultValue = "60")
    int findingsPerUnit;

    @Option(names = "--keep", description = "keep the generated files and workspace")
    boolean keep;

    @Option(names = "--import-only", description = "only the copy and the imports (cold, then warm): no thumbnails, "
            + "re-scoring or unit opening")
    boolean importOnly;

    private PrintWriter out;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        Path work = (dir != null ? dir : Path.of("bench-out")).resolve("workspace-bench-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path imageDir = Files.createDirectories(work.resolve("images"));
        try {
            out.printf("工作区性能测试 workspace benchmark in %s (%d processors, load average %.1f)%n",
                    work.toAbsolutePath(), Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
            List<Path> files = writeImages(imageDir);
            long totalBytes = 0;
            for (Path f : files) {
                totalBytes += Files.size(f);
            }
            out.printf("  %d images, %.1f MB in total (%.0f KB each on average)%n", files.size(), totalBytes / 1e6,
                    totalBytes / 1024.0 / files.size());
            double copySeconds = copyIntoOneFile(files, work.resolve("copy.bin"));
            double copyMbps = totalBytes / 1e6 / copySeconds;
            out.printf("copy into one file (read + write + fsync): %.2f s, %.0f MB/s%n", copySeconds, copyMbps);

            Path file = work.resolve("bench.inspector");
            FindingsInput input;
            double importSeconds;
            String bigUnit;
            try (Workspace ws = Workspace.createFromSample(file, "bench")) {
                input = findings(ws, files);
                bigUnit = input.units().get(0).unit();
                importSeconds = timedImport(ws, input, imageDir, totalBytes, copyMbps,
                        "import (committed, all or nothing)");
                if (!importOnly) {
                    streamThumbnails(ws, input.units().get(0).unit());
                    long cpu1 = os.getProcessCpuTime();
                    long t1 = System.nanoTime();
                    var thumbs = ws.completeThumbnails();
                    double thumbSeconds = (System.nanoTime() - t1) / 1e9;
                    out.printf("then thumbnails: %d made in %.2f s (CPU of all threads %.2f s); import + thumbnails %.2f s, "
                                    + "%.0f MB/s = %.0f%% of the copy%n", thumbs.made(), thumbSeconds,
                            (os.getProcessCpuTime() - cpu1) / 1e9, importSeconds + thumbSeconds,
                            totalBytes / 1e6 / (importSeconds + thumbSeconds),
                            100 * totalBytes / 1e6 / (importSeconds + thumbSeconds) / copyMbps);
                }
            }
            // The same import again into a fresh workspace, in this JVM: the code is compiled by now.
            Path second = work.resolve("bench-warm.inspector");
            try (Workspace ws = Workspace.createFromSample(second, "bench")) {
                timedImport(ws, findings(ws, files), imageDir, totalBytes, copyMbps,
                        "second import, warm JVM (not the target's figure: a real import runs once in a fresh program)");
            }
            Files.deleteIfExists(second);
            if (importOnly) {
                return 0;
            }
            // After the import: decoding here first would leave the JIT compiling decoders during the import.
            decodeCost(files);
            long size = Files.size(file);
            out.printf("workspace size: %.1f MB (images %.1f MB, so %.1f MB of findings, thumbnails, history, indexes)%n",
                    size / 1e6, totalBytes / 1e6, (size - totalBytes) / 1e6);
            try (Workspace ws = Workspace.open(file)) {
                rescore(ws);
                openUnit(ws, bigUnit);
            }
        } finally {
            if (!keep) {
                deleteTree(work);
            }
        }
        return 0;
    }

    private double timedImport(Workspace ws, FindingsInput input, Path imageDir, long totalBytes, double copyMbps,
                               String label) {
        Map<String, Long> before = ThreadCpu.ticksByThread();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ImportResult r = ws.importFindingsWithoutThumbnails(input, imageDir, "bench import");
        Map<String, Long> after = ThreadCpu.ticksByThread();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        double mbps = totalBytes / 1e6 / seconds;
        out.printf("%s: %d findings, %d images checked and stored in one transaction: %.2f s, %.0f MB/s = %.0f%% of "
                        + "the copy (target >= 50%%); CPU of all threads %.2f s; load average %.1f%n", label, r.added(),
                r.imagesStored(), seconds, mbps, 100 * mbps / copyMbps, cpuSeconds, os.getSystemLoadAverage());
        if (!before.isEmpty()) {
            Map<String, Long> kinds = ThreadCpu.ticksByKind(before, after);
            // The writer is this command's own (launching) thread.
            double main = kinds.getOrDefault(ThreadCpu.LAUNCH, 0L) / 100.0;
            double jit = kinds.getOrDefault(ThreadCpu.JIT, 0L) / 100.0;
            double gc = kinds.getOrDefault(ThreadCpu.GC, 0L) / 100.0;
            out.printf("  CPU by thread: the writer (main) %.2f s, JIT compilers %.2f s, GC %.2f s, the rest (image "
                    + "workers, ended by now) %.2f s%n", main, jit, gc, Math.max(0, cpuSeconds - main - jit - gc));
        }
        return seconds;
    }

    private List<Path> writeImages(Path imageDir) throws IOException {
        long t0 = System.nanoTime();
        int bases = 4;
        byte[][] png = new byte[bases][];
        byte[][] jpeg = new byte[bases][];
        for (int i = 0; i < bases; i++) {
            png[i] = BenchImages.base(true, imageKb * 1024, i);
            jpeg[i] = BenchImages.base(false, imageKb * 1024, 100 + i);
        }
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < images; n++) {
            boolean isPng = n % 2 == 0;
            byte[] bytes = BenchImages.unique(isPng ? png[n / 2 % bases] : jpeg[n / 2 % bases], isPng, n);
            files.add(Files.write(imageDir.resolve(String.format("shot%04d.%s", n, isPng ? "png" : "jpg")), bytes));
        }
        out.printf("  (generated the images in %.1f s: %d×%d screenshots, PNG and JPEG, each file distinct)%n",
                (System.nanoTime() - t0) / 1e9, BenchImages.WIDTH, BenchImages.HEIGHT);
        return files;
    }

    private static double copyIntoOneFile(List<Path> files, Path target) throws IOException {
        long t0 = System.nanoTime();
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Path f : files) {
                ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f));
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
            ch.force(true);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        Files.delete(target);
        return s;
    }

    /** What checking and thumbnailing costs per image, single-threaded: the CPU part of an import. */
    private void decodeCost(List<Path> files) throws IOException {
        int n = Math.min(100, files.size());
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try {
                EvidenceImage.prepare(Files.readAllBytes(files.get(i)), files.get(i).toString());
            } catch (UnsupportedImageException e) {
                throw new IllegalStateException(e);
            }
        }
        out.printf("decode + check + 256 px thumbnail: %.1f ms per image on one thread (CPU %.1f ms)%n",
                (System.nanoTime() - t0) / 1e6 / n, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n);
    }

    /** 60 findings per unit; the first unit carries 100 images, the rest are spread over the others. */
    private FindingsInput findings(Workspace ws, List<Path> files) {
        SyntheticFindings synth = new SyntheticFindings(ws.rubric(), ws.campaign().monitoringDate(), 20221125);
        RubricIndex index = ws.rubricIndex();
        List<Unit> units = ws.units();
        List<List<FindingInput>> byUnit = new ArrayList<>();
        List<Part.Scope> scopes = new ArrayList<>();
        for (Unit u : units) {
            List<FindingInput> fs = new ArrayList<>();
            while (fs.size() < findingsPerUnit) {
                Part.Scope scope = synth.scope();
                FindingInput f = synth.finding(null, scope);
                Applicability a = index.item(f.item()).orElseThrow().item().applicability();
                if (a == null || a.appliesTo(u.kind(), u.tags())) {
                    fs.add(f);
                    scopes.add(scope);
                }
            }
            byUnit.add(fs);
        }
        // Evidence: 100 on the first unit (2 per finding on its first 40 findings, then 1), the rest round-robin.
        List<List<List<String>>> evidence = new ArrayList<>();
        for (List<FindingInput> fs : byUnit) {
            List<List<String>> e = new ArrayList<>();
            fs.forEach(f -> e.add(new ArrayList<>()));
            evidence.add(e);
        }
        int first = Math.min(100, files.size());
        for (int i = 0; i < first; i++) {
            evidence.get(0).get(i < 80 ? i / 2 : i - 40).add(files.get(i).getFileName().toString());
        }
        int slot = 0;
        int others = (units.size() - 1) * findingsPerUnit;
        for (int i = first; i < files.size(); i++, slot++) {
            int k = slot % others;
            evidence.get(1 + k / findingsPerUnit).get(k % findingsPerUnit).add(files.get(i).getFileName().toString());
        }
        List<UnitFindings> out = new ArrayList<>();
        int s = 0;
        for (int ui = 0; ui < units.size(); ui++) {
            Unit u = units.get(ui);
            List<FindingInput> unitLevel = new ArrayList<>();
            List<FindingInput> media = new ArrayList<>();
            List<List<FindingInput>> perSite = new ArrayList<>();
            u.websites().forEach(w -> perSite.add(new ArrayList<>()));
            for (int fi = 0; fi < byUnit.get(ui).size(); fi++, s++) {
                FindingInput f = byUnit.get(ui).get(fi);
                List<String> ev = evidence.get(ui).get(fi);
                FindingInput g = new FindingInput(null, f.item(), f.rule(), f.count(), f.value(), "bench",
                        null, ev.isEmpty() ? null : ev);
                switch (scopes.get(s)) {
                    case UNIT -> unitLevel.add(g);
                    case WEBSITE -> perSite.get(fi % perSite.size()).add(g);
                    case NEW_MEDIA -> media.add(g);
                }
            }
            List<WebsiteFindings> sites = new ArrayList<>();
            for (int w = 0; w < u.websites().size(); w++) {
                sites.add(new WebsiteFindings(u.websites().get(w).name(), perSite.get(w), List.of()));
            }
            out.add(new UnitFindings(u.name(), u.kind(), u.tags(), unitLevel, sites, new NewMediaFindings(media, List.of())));
        }
        return new FindingsInput(ws.campaign().monitoringDate(), out);
    }

    private void rescore(Workspace ws) {
        ScoringEngine engine = new ScoringEngine(ws.rubric(), CliInputs.calendar(null));
        double[] read = new double[7];
        double[] score = new double[7];
        double[] cpu = new double[7];
        int units = 0;
        for (int i = 0; i < read.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            FindingsInput in = ws.toFindingsInput();
            long t1 = System.nanoTime();
            var outcome = engine.score(in);
            long t2 = System.nanoTime();
            if (!outcome.ok()) {
                throw new IllegalStateException("bench findings do not score: " + outcome.problems());
            }
            units = outcome.units().size();
            read[i] = (t1 - t0) / 1e6;
            score[i] = (t2 - t1) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        out.printf("re-score everything from the database (%d units): first %.0f ms (read %.0f + score %.0f), "
                        + "then median %.1f ms (read %.1f + score %.1f; CPU %.1f ms)%n", units, read[0] + score[0], read[0],
                score[0], median(read, 1) + median(score, 1), median(read, 1), median(score, 1), median(cpu, 1));
    }

    /**
     * Right after the import, before the background pass: a unit's grid opens with metadata and
     * placeholders, then its thumbnails stream in as they are made (two threads, as a grid would).
     */
    private void streamThumbnails(Workspace ws, String unit) throws InterruptedException {
        long t0 = System.nanoTime();
        List<EvidenceItem> items = ws.evidence().ofUnit(unit);
        double first = (System.nanoTime() - t0) / 1e6;
        long missing = items.stream().filter(e -> e.thumbnailJpeg() == null).count();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        long t1 = System.nanoTime();
        for (EvidenceItem e : items) {
            pool.submit(() -> ws.evidence().thumbnail(e.meta().sha256()));
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        out.printf("open unit %s right after the import: %d evidence items, %d without thumbnail yet: metadata in %.1f ms"
                + " (placeholders), then their thumbnails made and kept in %.2f s on 2 threads%n", unit, items.size(),
                missing, first, (System.nanoTime() - t1) / 1e9);
    }

    private void openUnit(Workspace ws, String unit) {
        double[] ms = new double[21];
        double[] cpu = new double[21];
        int items = 0;
        long thumbBytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ws.findings(unit);
            List<EvidenceItem> evidence = ws.evidence().ofUnit(unit);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            items = evidence.size();
            thumbBytes = evidence.stream().mapToLong(e -> e.thumbnailJpeg().length).sum();
        }
        out.printf("open unit %s with %d evidence items (findings + metadata + %d KB of thumbnails): first %.1f ms, "
                + "median %.1f ms (CPU %.1f ms) (target <= 50 ms)%n", unit, items, thumbBytes / 1024, ms[0], median(ms, 1),
                median(cpu, 1));
    }

    private static double median(double[] values, int skip) {
        double[] v = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
