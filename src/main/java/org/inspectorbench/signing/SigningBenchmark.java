package org.inspectorbench.signing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.inspectorbench.report.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;

/**
 * The figures behind issue 5's budget for signing, measured on a one-page Chinese PDF: key
 * generation, signing and verifying (cold and warm), and file sizes with the font subset, fully
 * embedded, and after one and two signatures. Printed by `inspector bench signing`.
 */
public final class SigningBenchmark {

    /** All times in milliseconds, sizes in bytes. */
    public record Figures(double keyGenerationMs, double firstSignMs, double warmSignMedianMs, double warmSignMinMs,
                          double warmSignCpuMedianMs, double warmVerifyMedianMs, int rounds, long pdfSubsetBytes, long pdfFullFontBytes,
                          long signedBytes, long countersignedBytes) {
    }

    private SigningBenchmark() {
    }

    public static Figures run(int rounds) throws IOException, SigningException {
        long t0 = System.nanoTime();
        SigningIdentity inspector = Identities.create(IdentityRequest.of("张三", "绵阳市政务公开检查组", 30, Instant.now()));
        double keyGen = ms(System.nanoTime() - t0);
        SigningIdentity reviewer = Identities.create(IdentityRequest.of("李四", "绵阳市人民政府办公室", 30, Instant.now()));

        byte[] subset = onePage(false);
        byte[] full = onePage(true);
        PdfSigner signer = new PdfSigner(inspector);

        long s0 = System.nanoTime();
        byte[] signed = signer.sign(subset, SignatureRequest.now());
        double first = ms(System.nanoTime() - s0);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double[] signCpu = new double[rounds];
        double[] signTimes = new double[rounds];
        double[] verifyTimes = new double[rounds];
        PdfVerifier verifier = new PdfVerifier();
        for (int i = 0; i < rounds; i++) {
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long a = System.nanoTime();
            signed = signer.sign(subset, SignatureRequest.now());
            signTimes[i] = ms(System.nanoTime() - a);
            signCpu[i] = cpu ? ms(threads.getCurrentThreadCpuTime() - c) : Double.NaN;
            long b = System.nanoTime();
            if (verifier.verify(signed).verdict() != VerificationReport.Verdict.INTACT) {
                throw new IllegalStateException("benchmark signature does not verify");
            }
            verifyTimes[i] = ms(System.nanoTime() - b);
        }
        byte[] countersigned = new PdfSigner(reviewer).countersign(signed, SignatureRequest.now());
        Arrays.sort(signTimes);
        Arrays.sort(signCpu);
        Arrays.sort(verifyTimes);
        return new Figures(keyGen, first, signTimes[rounds / 2], signTimes[0], signCpu[rounds / 2],
                verifyTimes[rounds / 2], rounds,
                subset.length, full.length, signed.length, countersigned.length);
    }

    /** A scorecard-like page: title, a few lines of Chinese, in Bold and Regular. */
    static byte[] onePage(boolean fullFont) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont bold = PdfFonts.bold(doc);
            PDFont regular = fullFont ? PdfFonts.regularFullyEmbedded(doc) : PdfFonts.regular(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(bold, 18);
                cs.newLineAtOffset(72, 760);
                cs.showText("绵阳市政务公开检查考核评分表");
                cs.setFont(regular, 11);
                String[] lines = {"被检查单位：绵阳市教育和体育局", "监测时间点：2022年11月25日",
                        "总分：92.5　等次：优秀　网站检查：合格　新媒体检查：合格",
                        "扣分：政策解读（2分）未按要求同步发布解读材料，扣0.5分。"};
                for (String line : lines) {
                    cs.newLineAtOffset(0, -20);
                    cs.showText(line);
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
