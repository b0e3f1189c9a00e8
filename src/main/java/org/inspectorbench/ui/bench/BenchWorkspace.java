package org.inspectorbench.ui.bench;

import org.inspectorbench.store.AppDirs;
import org.inspectorbench.store.EvidenceSource;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.Workspace;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The benchmark's workspace: the sample campaign, with 100 screenshots on one unit's findings. */
final class BenchWorkspace {

    static final String HEAVY_UNIT = "游仙区";
    static final int EVIDENCE = 100;
    private static final String[][] RULES = {
            {"政务公开/重大决策公开", "1"}, {"政务公开/依申请公开", "1a"}, {"日常工作/省市通报", "1b"},
    };

    private BenchWorkspace() {
    }

    static Path prepare(Path dir, PrintWriter out) throws IOException {
        Files.createDirectories(dir);
        // The default workspace of a scratch data folder: created from the sample campaign the jar carries.
        if (System.getenv(AppDirs.WORKSPACE_ENV) != null) {
            throw new IllegalStateException("unset " + AppDirs.WORKSPACE_ENV + ": the benchmark makes its own workspace");
        }
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        Path file = dir.resolve("data").resolve(AppDirs.DEFAULT_WORKSPACE_NAME);
        Files.deleteIfExists(file);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.openDefault()) {
            String[] findings = new String[RULES.length];
            for (int i = 0; i < RULES.length; i++) {
                FindingDraft d = FindingDraft.rule(HEAVY_UNIT, RULES[i][0], RULES[i][1]).withCount(1);
                Finding f = ws.putFinding(d);
                findings[i] = f.id();
            }
            for (int i = 0; i < EVIDENCE; i++) {
                ws.evidence().attach(findings[i % findings.length], screenshot(i),
                        new EvidenceSource("shot-" + i + ".png", "https://example.gov.cn/page/" + i, Instant.now()));
            }
        }
        out.printf("prepared %s: sample campaign, %d screenshots on %s (%.1f s)%n", file, EVIDENCE, HEAVY_UNIT,
                (System.nanoTime() - t0) / 1e9);
        return file;
    }

    /** A distinct 1280x800 screenshot-like image (so each is stored once, not deduplicated). */
    static byte[] screenshot(int n) throws IOException {
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF4F6FA));
        g.fillRect(0, 0, 1280, 800);
        g.setColor(Color.getHSBColor(n / 100f, 0.6f, 0.7f));
        g.fillRect(0, 0, 1280, 90);
        g.setColor(new Color(0xCCD3E0));
        for (int i = 0; i < 10; i++) {
            g.fillRect(40, 130 + i * 60, 300 + (n * 37 + i * 53) % 800, 36);
        }
        g.setColor(Color.BLACK);
        g.drawString("screenshot " + n, 40, 780);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }
}
