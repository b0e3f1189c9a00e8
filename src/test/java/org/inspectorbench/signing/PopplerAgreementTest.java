package org.inspectorbench.signing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our verdicts against poppler's (pdfsig, pdffonts, pdftotext from poppler-utils) on the four
 * files of the issue: signed, countersigned, one byte changed, content appended after signing.
 * Skipped where poppler-utils is not installed; .ci/run installs it so that CI runs it.
 */
class PopplerAgreementTest {

    private static final Pattern BLOCK = Pattern.compile("Signature #\\d+:(.*?)(?=Signature #\\d+:|\\z)", Pattern.DOTALL);
    private static final Pattern RANGES = Pattern.compile("Signed Ranges: \\[(\\d+) - (\\d+)\\], \\[(\\d+) - (\\d+)\\]");
    private static final Pattern COMMON_NAME = Pattern.compile("Signer Certificate Common Name: (.*)");
    private static final Pattern VALIDATION = Pattern.compile("Signature Validation: (.*)");

    @TempDir
    static Path dir;

    private static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        signed = new PdfSigner(TestFixtures.inspector()).sign(TestFixtures.chinesePdf(), SignatureRequest.now());
    }

    @Test
    void intactSignatureAgrees() throws Exception {
        compare("signed.pdf", signed, 1);
    }

    @Test
    void countersignedFileAgrees() throws Exception {
        compare("countersigned.pdf", new PdfSigner(TestFixtures.reviewer()).countersign(signed, SignatureRequest.now()), 2);
    }

    @Test
    void oneChangedByteAgrees() throws Exception {
        compare("flipped.pdf", Tampering.flipByteInSignedRange(signed), 1);
    }

    @Test
    void contentAppendedAfterSigningAgrees() throws Exception {
        compare("appended.pdf", Tampering.appendIncrementalUpdate(signed), 1);
    }

    @Test
    void fontsAreEmbeddedSubsetAndTheChineseTextExtracts() throws Exception {
        assumeTrue(onPath("pdffonts") && onPath("pdftotext"), "poppler-utils (pdffonts, pdftotext) not installed");
        Path file = Files.write(dir.resolve("fonts.pdf"), signed);
        List<String> fontLines = run("pdffonts", file.toString()).lines().skip(2).toList();
        assertFalse(fontLines.isEmpty(), "pdffonts lists the fonts");
        for (String line : fontLines) {
            // name type encoding emb sub uni object ID: emb and sub must both be "yes".
            String[] cols = line.trim().split("\\s+");
            assertTrue(cols[0].matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"), line);
            assertEquals("yes", cols[cols.length - 5], "embedded: " + line);
            assertEquals("yes", cols[cols.length - 4], "subset: " + line);
            assertEquals("yes", cols[cols.length - 3], "ToUnicode: " + line);
        }
        String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        assertTrue(text.contains("绵阳市政务公开检查考核评分表"), text);
    }

    private static void compare(String name, byte[] pdf, int expectedSignatures) throws Exception {
        assumeTrue(onPath("pdfsig"), "poppler-utils (pdfsig) not installed");
        Path file = Files.write(dir.resolve(name), pdf);
        List<PdfsigVerdict> theirs = pdfsig(file);
        VerificationReport ours = new PdfVerifier().verify(file);

        assertEquals(expectedSignatures, theirs.size(), "pdfsig signature count");
        assertEquals(theirs.size(), ours.signatures().size(), "signature count");
        for (SignatureCheck s : ours.signatures()) {
            PdfsigVerdict match = theirs.stream().filter(t -> t.range.equals(rangeAsPdfsigPrints(s))).findFirst()
                    .orElseThrow(() -> new AssertionError("pdfsig lists no signature with range " + s.signedRange()));
            assertEquals(match.valid, s.intact(), name + " #" + s.number() + ": pdfsig says " + match.validation);
            assertEquals(match.totalDocument, s.coversWholeDocument(), name + " #" + s.number() + " whole document");
            assertEquals(match.commonName, s.signerName(), name + " #" + s.number() + " signer");
        }
    }

    private static List<Long> rangeAsPdfsigPrints(SignatureCheck s) {
        List<Long> r = s.signedRange();
        return List.of(r.get(0), r.get(0) + r.get(1), r.get(2), r.get(2) + r.get(3));
    }

    private record PdfsigVerdict(List<Long> range, String commonName, String validation, boolean valid, boolean totalDocument) {
    }

    private static List<PdfsigVerdict> pdfsig(Path file) throws Exception {
        String output = run("pdfsig", file.toString());
        List<PdfsigVerdict> verdicts = new ArrayList<>();
        Matcher block = BLOCK.matcher(output);
        while (block.find()) {
            String b = block.group(1);
            Matcher ranges = RANGES.matcher(b);
            Matcher cn = COMMON_NAME.matcher(b);
            Matcher validation = VALIDATION.matcher(b);
            assertTrue(ranges.find() && cn.find() && validation.find(), "unexpected pdfsig output:\n" + b);
            List<Long> range = List.of(Long.parseLong(ranges.group(1)), Long.parseLong(ranges.group(2)),
                    Long.parseLong(ranges.group(3)), Long.parseLong(ranges.group(4)));
            String v = validation.group(1).trim();
            verdicts.add(new PdfsigVerdict(range, cn.group(1).trim(), v, v.equals("Signature is Valid."),
                    b.contains("- Total document signed")));
        }
        return verdicts;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
