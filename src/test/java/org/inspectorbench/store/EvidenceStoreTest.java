package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceStoreTest {

    @TempDir
    Path dir;

    private Finding finding(Workspace ws, String rule) {
        return ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", rule));
    }

    @Test
    void acceptsEveryScreenshotFormatWithPixelSizeAndThumbnail() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding f = finding(ws, "1");
            BufferedImage picture = TestImages.picture(1200, 700, 7);
            List<Path> files = List.of(
                    write("a.png", TestImages.encode(picture, "png")),
                    write("b.jpg", TestImages.encode(picture, "jpeg")),
                    write("c.bmp", TestImages.encode(picture, "bmp")),
                    write("d.gif", TestImages.encode(picture, "gif")),
                    write("e.webp", TestImages.WEBP_1X1));
            List<EvidenceMeta> metas = ws.evidence().attach(f.id(), files);
            assertEquals(List.of("PNG", "JPEG", "BMP", "GIF", "WEBP"), metas.stream().map(EvidenceMeta::format).toList());
            assertEquals(1200, metas.get(0).width());
            assertEquals(700, metas.get(3).height());
            assertEquals(1, metas.get(4).width());
            assertEquals("b.jpg", metas.get(1).originalName());
            assertEquals(Files.getLastModifiedTime(files.get(0)).toInstant(), metas.get(0).capturedAt());

            List<EvidenceItem> grid = ws.evidence().ofUnit("涪城区");
            assertEquals(5, grid.size());
            EvidenceItem first = grid.get(0);
            BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(first.thumbnailJpeg()));
            assertEquals(256, Math.max(thumb.getWidth(), thumb.getHeight()), "thumbnails are 256 px on the long side");
            assertEquals(Math.round(256 * 700 / 1200.0), thumb.getHeight(), 1, "and keep the aspect ratio");
            assertEquals(thumb.getWidth(), first.thumbnailWidth());

            byte[] original = Files.readAllBytes(files.get(0));
            assertArrayEquals(original, ws.evidence().image(EvidenceImage.sha256(original)), "the original is kept byte for byte");
        }
    }

    @Test
    void theSameBytesAttachedTwiceAreStoredOnce() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding f1 = finding(ws, "1");
            Finding f2 = finding(ws, "2");
            byte[] png = TestImages.png(800, 600, 3);
            ws.evidence().attach(f1.id(), List.of(write("x.png", png)));
            ws.evidence().attach(f2.id(), List.of(write("y-renamed.png", png)));
            ws.evidence().attach(f2.id(), png, new EvidenceSource("clipboard", "https://www.fucheng.gov.cn/", Instant.now()));
            assertEquals(2, ws.evidence().ofUnit("涪城区").size());
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ws.file());
                 var rs = c.createStatement().executeQuery("SELECT count(*), sum(length(bytes)) FROM evidence_blob")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals(png.length, rs.getLong(2));
            }
            assertEquals("x.png", ws.evidence().meta(EvidenceImage.sha256(png)).orElseThrow().originalName(),
                    "the first name given is kept");
        }
    }

    @Test
    void refusesWhatIsNotAnImageNamingTheFileAndAttachesNothing() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding f = finding(ws, "1");
            Path good = write("good.png", TestImages.png(100, 100, 1));
            Path text = write("notes.png", "这不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.evidence().attach(f.id(), List.of(good, text)));
            assertEquals(WorkspaceException.Reason.NOT_AN_IMAGE, e.reason());
            assertTrue(e.getMessage().contains("notes.png"), e.getMessage());
            assertEquals(List.of(), ws.evidence().ofUnit("涪城区"), "all or none: the good one is not attached either");

            Path pdf = write("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            WorkspaceException p = assertThrows(WorkspaceException.class, () -> ws.evidence().attach(f.id(), List.of(pdf)));
            assertTrue(p.getMessage().contains("report.pdf") && p.getMessage().contains("PNG, JPEG, BMP, GIF or WebP"),
                    p.getMessage());

            byte[] truncated = java.util.Arrays.copyOf(TestImages.png(400, 300, 9), 200);
            WorkspaceException t = assertThrows(WorkspaceException.class,
                    () -> ws.evidence().attach(f.id(), truncated, EvidenceSource.named("half.png")));
            assertTrue(t.getMessage().contains("half.png") && t.getMessage().contains("damaged"), t.getMessage());
        }
    }

    @Test
    void detachingLeavesATombstoneAndUndoAttachesAgain() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding f = finding(ws, "1");
            byte[] png = TestImages.png(300, 200, 4);
            String sha = ws.evidence().attach(f.id(), List.of(write("x.png", png))).get(0).sha256();
            ws.evidence().detach(f.id(), sha);
            assertEquals(List.of(), ws.evidence().of(f.id()));
            assertTrue(ws.evidence().withTombstones(f.id()).get(0).deleted());
            ws.undo();
            assertEquals(1, ws.evidence().of(f.id()).size());
        }
    }

    @Test
    void annotationsAreStoredBesideTheUnchangedImage() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding f = finding(ws, "1");
            byte[] png = TestImages.png(300, 200, 5);
            String sha = ws.evidence().attach(f.id(), List.of(write("x.png", png))).get(0).sha256();
            String shapes = "[{\"type\":\"box\",\"x\":10,\"y\":20,\"w\":100,\"h\":40,\"text\":\"链接错误\"}]";
            Annotation a = ws.evidence().annotate(f.id(), sha, shapes);
            assertEquals(shapes, ws.evidence().annotations(f.id(), sha).get(0).shapesJson());
            Annotation b = ws.evidence().annotate(f.id(), sha, "[]");
            assertEquals(a.id(), b.id(), "the author's annotation of an image is edited, not duplicated");
            assertEquals(a.revision(), b.parent());
            assertArrayEquals(png, ws.evidence().image(sha));
            assertEquals(sha, EvidenceImage.sha256(ws.evidence().image(sha)));
        }
    }

    @Test
    void samplingDrawsAreStoredAsJsonWithRevisions() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            String json = "{\"candidates\":[\"a\",\"b\",\"c\",\"d\"],\"seed\":42,\"size\":3,\"drawn\":[2,0,3]}";
            SamplingDraw d = ws.putSamplingDraw(new SamplingDraw("draw-1", "涪城区", "涪城区人民政府", null,
                    "政府网站/信息公开/概况信息", "2", null, json, null, null, null, null, null, false));
            assertEquals("zhangsan", d.author());
            SamplingDraw marked = ws.putSamplingDraw(new SamplingDraw("draw-1", "涪城区", "涪城区人民政府", null,
                    "政府网站/信息公开/概况信息", "2", null, json.replace("}", ",\"marks\":[true,false,true]}"),
                    null, null, null, null, null, false));
            assertEquals(d.revision(), marked.parent());
            assertEquals(List.of(marked), ws.samplingDraws("涪城区"));
            ws.undo();
            assertEquals(json, ws.samplingDraws("涪城区").get(0).drawJson());
        }
    }

    @Test
    void thumbnailsLeftByAnImportCutShortAreMadeLater() throws Exception {
        Path file;
        byte[] png = TestImages.png(900, 600, 11);
        write("a.png", png);
        org.inspectorbench.scoring.FindingsInput in = new org.inspectorbench.scoring.FindingsInput(null, List.of(
                new org.inspectorbench.scoring.UnitFindings("涪城区", null, null, List.of(new org.inspectorbench.scoring
                        .FindingInput(null, "政务公开/依申请公开", "1", 1, null, null, null, List.of("a.png"))), null, null)));
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
            ws.importFindingsWithoutThumbnails(in, dir.resolve("in"), "import");
            assertEquals(null, ws.evidence().ofUnit("涪城区").get(0).thumbnailJpeg(), "a grid shows a placeholder meanwhile");
        }
        Path copy = Files.copy(file, dir.resolve("copy.inspector"));
        try (Workspace ws = Workspace.open(copy)) {
            // Or the grid asks for the missing one (off the UI thread): made once, then kept.
            String sha = EvidenceImage.sha256(png);
            byte[] made = ws.evidence().thumbnail(sha).orElseThrow();
            assertEquals(made.length, ws.evidence().ofUnit("涪城区").get(0).thumbnailJpeg().length);
            assertEquals(256, ws.evidence().ofUnit("涪城区").get(0).thumbnailWidth());
            assertArrayEquals(made, ws.evidence().thumbnail(sha).orElseThrow());
            assertEquals(new ThumbnailRun(0, List.of()), ws.completeThumbnails(), "nothing left for the background pass");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(new ThumbnailRun(1, List.of()), ws.completeThumbnails());
            assertEquals(256, ws.evidence().ofUnit("涪城区").get(0).thumbnailWidth());
            assertEquals(new ThumbnailRun(0, List.of()), ws.completeThumbnails(), "nothing left to do");
        }
    }

    @Test
    void anImageThatPassesTheQuickCheckButDoesNotDecodeIsReportedNotLost() throws Exception {
        // A PNG whose chunks are whole (right CRCs) but whose pixel data is not deflate data.
        byte[] ihdr = java.nio.ByteBuffer.allocate(13).putInt(64).putInt(64).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] junk = new byte[500];
        new java.util.Random(3).nextBytes(junk);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ihdr);
        chunk(png, "IDAT", junk);
        chunk(png, "IEND", new byte[0]);
        write("odd.png", png.toByteArray());
        org.inspectorbench.scoring.FindingsInput in = new org.inspectorbench.scoring.FindingsInput(null, List.of(
                new org.inspectorbench.scoring.UnitFindings("涪城区", null, null, List.of(new org.inspectorbench.scoring
                        .FindingInput(null, "政务公开/依申请公开", "1", 1, null, null, null, List.of("odd.png"))), null, null)));
        try (Workspace ws = TestWorkspaces.create(dir)) {
            ImportResult r = ws.importFindings(in, dir.resolve("in"), "import");
            assertEquals(List.of(EvidenceImage.sha256(png.toByteArray())), r.undecodable());
            EvidenceItem item = ws.evidence().ofUnit("涪城区").get(0);
            assertEquals(null, item.thumbnailJpeg());
            assertArrayEquals(png.toByteArray(), ws.evidence().image(item.meta().sha256()), "kept byte for byte");
        }
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }
}
