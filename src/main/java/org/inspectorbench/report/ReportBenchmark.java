package org.inspectorbench.report;

import org.inspectorbench.store.EvidenceSource;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Workspace;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Issue 5's report figures, measured on a throw-away workspace of the bundled sample campaign with
 * synthetic findings and screenshots: one scorecard without evidence (cold, warm wall and CPU time,
 * size with the font subset and fully embedded) and every unit with thumbnails (wall time, size).
 * Printed by {@code inspector bench report}; never asserted in a test.
 */
public final class ReportBenchmark {

    /** The unit measured alone: a 县市区 with one website. */
    public static final String UNIT = "涪城区";

    public record Figures(double firstMs, double warmMedianMs, double warmMinMs, double warmCpuMedianMs, int rounds,
                          int pages, long subsetBytes, long fullFontBytes, int units, int images, double allMs,
                          double allCpuMs, long allBytes, long largestBytes, int threads) {
    }

    private ReportBenchmark() {
    }

    public static Figures run(Path folder, int rounds, int imagesPerUnit) throws IOException, ReportException {
        Path campaign = sampleCampaign(folder);
        try (Workspace ws = Workspace.create(folder.resolve("bench.inspector"), campaign, "张三")) {
            int images = addFindings(ws, imagesPerUnit);
            ScorecardSource source = new ScorecardSource(ws);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();

            long t0 = System.nanoTime();
            RenderedPdf first = ScorecardPdf.render(source.scorecard(UNIT, EvidenceMode.NONE, ZonedDateTime.now()));
            double firstMs = ms(System.nanoTime() - t0);

            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            RenderedPdf warm = first;
            for (int i = 0; i < rounds; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                warm = ScorecardPdf.render(source.scorecard(UNIT, EvidenceMode.NONE, ZonedDateTime.now()));
                wall.add(ms(System.nanoTime() - t));
                cpu.add(ms(threads.getCurrentThreadCpuTime() - c));
            }
            long full = ScorecardPdf.render(source.scorecard(UNIT, EvidenceMode.NONE, ZonedDateTime.now()), false)
                    .bytes().length;

            Path out = folder.resolve("all");
            long processCpu = processCpuNanos();
            long t = System.nanoTime();
            ReportExport.Written written = new ReportExport(source, EvidenceMode.THUMBNAILS, null)
                    .all(out, ZonedDateTime.now(), ExportProgress.NONE);
            double allMs = ms(System.nanoTime() - t);
            double allCpuMs = processCpu < 0 ? -1 : ms(processCpuNanos() - processCpu);
            long allBytes = 0;
            long largest = 0;
            for (Path f : written.files()) {
                long size = Files.size(f);
                allBytes += size;
                largest = Math.max(largest, size);
            }
            return new Figures(firstMs, median(wall), Collections.min(wall), median(cpu), rounds, warm.pages(),
                    warm.bytes().length, full, written.results().size(), images, allMs, allCpuMs, allBytes, largest,
                    Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        } finally {
            delete(folder);
        }
    }

    /** The sample campaign copied out of the program (campaign, rubric and units keep their relative paths). */
    private static Path sampleCampaign(Path folder) throws IOException {
        for (String resource : List.of("sample-data/campaigns/mianyang-2022.json", "sample-data/rubrics/mianyang-2022.json",
                "sample-data/units/mianyang-2022-units.json")) {
            Path target = folder.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = ReportBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the sample campaign is not in the program: " + resource);
                }
                Files.copy(in, target);
            }
        }
        return folder.resolve("sample-data/campaigns/mianyang-2022.json");
    }

    /** A few deductions per unit, each with a synthetic screenshot; returns the number of images. */
    private static int addFindings(Workspace ws, int imagesPerUnit) {
        String[][] rules = {
                {"政府网站/信息公开/领导信息", "2", "领导信息栏目中分管领导调整后未及时更新简历"},
                {"政府网站/功能设计/可用性", "1", "首页链接打不开"},
                {"政府网站/发布解读/其他栏目", "2", "通知公告栏目应更新未更新"},
                {"政府网站/功能设计/网站标识", "1", "页面底部未列明网站标识码"},
        };
        Random random = new Random(2022);
        int images = 0;
        for (Unit unit : ws.units()) {
            for (int i = 0; i < imagesPerUnit; i++) {
                String[] r = rules[i % rules.length];
                FindingDraft draft = FindingDraft.rule(unit.name(), r[0], r[1]).withCount(1 + i % 2).withNote(r[2]);
                if (!unit.websites().isEmpty()) {
                    draft = draft.withSite(unit.websites().get(i % unit.websites().size()).name());
                }
                Finding f = ws.putFinding(draft);
                ws.evidence().attach(f.id(), screenshot(random), new EvidenceSource("screenshot-" + i + ".png",
                        "http://www.my.gov.cn/" + i + "/index.html", Instant.parse("2022-11-20T02:00:00Z")));
                images++;
            }
        }
        return images;
    }

    /** A 1280 × 800 page-like PNG: header band, text-like lines, a little noise. */
    static byte[] screenshot(Random random) {
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(0xB0, 0x1E, 0x1E));
        g.fillRect(0, 0, 1280, 90);
        g.setColor(new Color(0x33, 0x33, 0x33));
        for (int y = 130; y < 780; y += 22) {
            int x = 60;
            while (x < 1200) {
                int w = 20 + random.nextInt(120);
                g.fillRect(x, y, Math.min(w, 1220 - x), 9);
                x += w + 8;
            }
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system cleans it up eventually.
        }
    }
}
