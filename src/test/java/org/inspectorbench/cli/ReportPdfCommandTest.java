package org.inspectorbench.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.inspectorbench.report.ReportWorkspaces;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.PdfVerifier;
import org.inspectorbench.signing.SignatureCheck;
import org.inspectorbench.signing.TestFixtures;
import org.inspectorbench.signing.VerificationReport;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPdfCommandTest {

    private static final String PASSWORD = "correct-horse-9";

    @TempDir
    static Path dir;
    static Path workspace;
    static Path keys;

    @BeforeAll
    static void setUp() throws Exception {
        try (Workspace ws = ReportWorkspaces.create(dir)) {
            workspace = ws.file();
        }
        keys = dir.resolve("zhangsan.p12");
        Identities.save(TestFixtures.inspector(), keys, PASSWORD.toCharArray());
    }

    private static CliRun pdf(String stdin, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("report", "pdf", "--workspace", workspace.toString()));
        all.addAll(List.of(args));
        return CliRun.withStdin(stdin, all.toArray(String[]::new));
    }

    private static List<String> debris(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".part")).toList();
        }
    }

    @Test
    void signedScorecardVerifiesAndCarriesTheSignatureInTheReservedBox() throws Exception {
        Path out = dir.resolve("signed.pdf");
        CliRun run = pdf(PASSWORD + "\n", "--unit", "涪城区", "--out", out.toString(), "--evidence", "thumbnails",
                "--sign", "--keystore", keys.toString(), "--password-stdin");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("涪城区") && run.out().contains("95.00") && run.out().contains("张三"), run.out());
        VerificationReport report = new PdfVerifier().verify(out);
        assertEquals(VerificationReport.Verdict.INTACT, report.verdict());
        assertEquals(1, report.signatures().size());
        SignatureCheck sig = report.signatures().get(0);
        assertEquals("张三", sig.signerName());
        assertEquals("检查考核评分确认", sig.reason());
        assertTrue(sig.coversWholeDocument());

        // A reviewer's countersignature without coordinates lands in the reserved 会签 box and both stay valid.
        Path reviewerKeys = dir.resolve("lisi.p12");
        Identities.save(TestFixtures.reviewer(), reviewerKeys, PASSWORD.toCharArray());
        Path both = dir.resolve("both.pdf");
        CliRun c = CliRun.withStdin(PASSWORD + "\n", "report", "countersign", out.toString(), "--keystore",
                reviewerKeys.toString(), "--password-stdin", "--out", both.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals(VerificationReport.Verdict.INTACT, new PdfVerifier().verify(both).verdict());
        assertEquals(2, new PdfVerifier().verify(both).signatures().size());
        // The inspector's box is the reserved one (bottom right of the last page), the reviewer's beside it.
        List<PDRectangle> boxes = signatureBoxes(both);
        float pageWidth = PDRectangle.A4.getWidth();
        assertEquals(2, boxes.size());
        assertTrue(boxes.stream().anyMatch(r -> near(r.getLowerLeftX(), pageWidth - 36 - 220) && near(r.getLowerLeftY(), 36)
                && near(r.getWidth(), 220) && near(r.getHeight(), 76)), boxes.toString());
        assertTrue(boxes.stream().anyMatch(r -> near(r.getLowerLeftX(), pageWidth - 36 - 220 - 8 - 220)
                && near(r.getLowerLeftY(), 36)), boxes.toString());
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) < 0.5f;
    }

    private static List<PDRectangle> signatureBoxes(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            List<PDRectangle> boxes = new java.util.ArrayList<>();
            for (PDSignatureField f : doc.getSignatureFields()) {
                for (PDAnnotationWidget w : f.getWidgets()) {
                    assertEquals(last.getCOSObject(), w.getPage() == null ? last.getCOSObject() : w.getPage().getCOSObject());
                    boxes.add(w.getRectangle());
                }
            }
            return boxes;
        }
    }

    @Test
    void wrongPasswordExitsTwoAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("wrong.pdf");
        CliRun run = pdf("not-the-password\n", "--unit", "涪城区", "--out", out.toString(),
                "--sign", "--keystore", keys.toString(), "--password-stdin");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("密码错误") || run.err().contains("wrong password"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), debris(dir));
    }

    @Test
    void missingKeystoreAndExpiredCertificateAreClearMessages() throws Exception {
        Path out = dir.resolve("nokeys.pdf");
        CliRun missing = pdf(PASSWORD + "\n", "--unit", "涪城区", "--out", out.toString(),
                "--sign", "--keystore", dir.resolve("nobody.p12").toString(), "--password-stdin");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("找不到密钥库"), missing.err());
        assertFalse(Files.exists(out));

        Path expiredKeys = dir.resolve("expired.p12");
        Identities.save(TestFixtures.create("王五", "绵阳市政务公开检查组", Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(35))), expiredKeys, PASSWORD.toCharArray());
        CliRun expired = pdf(PASSWORD + "\n", "--unit", "涪城区", "--out", out.toString(),
                "--sign", "--keystore", expiredKeys.toString(), "--password-stdin");
        assertEquals(2, expired.exit());
        assertTrue(expired.err().contains("证书已过期"), expired.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), debris(dir));
    }

    @Test
    void unknownUnitSuggestsTheClosestNames() throws Exception {
        Path out = dir.resolve("unknown.pdf");
        CliRun run = pdf("", "--unit", "涪城", "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("涪城区"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefused() {
        assertEquals(2, pdf("", "--unit", "涪城区", "--all", "--out", dir.resolve("x").toString()).exit());
        CliRun noKeys = pdf("", "--unit", "涪城区", "--out", dir.resolve("x.pdf").toString(), "--sign");
        assertEquals(2, noKeys.exit());
        assertTrue(noKeys.err().contains("--keystore"), noKeys.err());
        CliRun badEvidence = pdf("", "--unit", "涪城区", "--out", dir.resolve("x.pdf").toString(), "--evidence", "some");
        assertEquals(2, badEvidence.exit());
        assertTrue(badEvidence.err().contains("full") || badEvidence.err().contains("thumbnails"), badEvidence.err());
    }
}
