package org.inspectorbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.signing.Tampering;
import org.inspectorbench.signing.TestFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningCommandsTest {

    private static final String PASSWORD = "correct-horse-9";

    /** Keystores are made once: PKCS#12 key derivation is deliberately slow. */
    @TempDir
    static Path keys;
    private static Path inspectorKeys;
    private static Path reviewerKeys;
    private static byte[] plainPdf;

    @TempDir
    Path dir;

    private Path plain;

    @BeforeAll
    static void keystores() throws Exception {
        inspectorKeys = keys.resolve("zhangsan.p12");
        reviewerKeys = keys.resolve("lisi.p12");
        Identities.save(TestFixtures.inspector(), inspectorKeys, PASSWORD.toCharArray());
        Identities.save(TestFixtures.reviewer(), reviewerKeys, PASSWORD.toCharArray());
        plainPdf = TestFixtures.chinesePdf();
    }

    @BeforeEach
    void files() throws Exception {
        plain = Files.write(dir.resolve("scorecard.pdf"), plainPdf);
    }

    private CliRun sign(Path in, Path keys, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sign", in.toString(), "--keystore", keys.toString(),
                "--password-stdin", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.withStdin(PASSWORD + "\n", args.toArray(String[]::new));
    }

    @Test
    void signCountersignVerifyWithTrustFolder() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        CliRun s = sign(plain, inspectorKeys, signed);
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("张三"), s.out());

        Path both = dir.resolve("countersigned.pdf");
        CliRun c = CliRun.withStdin(PASSWORD + "\n", "report", "countersign", signed.toString(), "--keystore",
                reviewerKeys.toString(), "--password-stdin", "--out", both.toString(), "--reason", "检查考核评分复核");
        assertEquals(0, c.exit(), c.err());

        Path trust = Files.createDirectory(dir.resolve("trust"));
        CliRun export = CliRun.withStdin(PASSWORD + "\n", "keys", "export-cert", "--keystore", inspectorKeys.toString(),
                "--password-stdin", "--out", trust.resolve("zhangsan.pem").toString());
        assertEquals(0, export.exit(), export.err());

        CliRun v = CliRun.of("verify", both.toString(), "--trust", trust.toString(), "--format", "json");
        assertEquals(0, v.exit(), v.err());
        JsonNode report = Json.mapper().readTree(v.out());
        assertEquals("INTACT", report.get("verdict").asText());
        JsonNode sigs = report.get("signatures");
        assertEquals(2, sigs.size());
        assertEquals("张三", sigs.get(0).get("signerName").asText());
        assertFalse(sigs.get(0).get("coversWholeDocument").asBoolean());
        assertEquals("TRUSTED", sigs.get(0).get("trust").asText());
        assertEquals("李四", sigs.get(1).get("signerName").asText());
        assertEquals("检查考核评分复核", sigs.get(1).get("reason").asText());
        assertEquals("UNTRUSTED", sigs.get(1).get("trust").asText());

        CliRun strict = CliRun.of("verify", both.toString(), "--trust", trust.toString(), "--strict");
        assertEquals(1, strict.exit(), "an untrusted signer fails --strict");
        assertTrue(strict.out().contains("NOT TRUSTED"), strict.out());
    }

    @Test
    void verifyExitCodesBrokenAppendedUnsignedAndNotAPdf() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        assertEquals(0, sign(plain, inspectorKeys, signed).exit());
        byte[] bytes = Files.readAllBytes(signed);

        CliRun intact = CliRun.of("verify", signed.toString());
        assertEquals(0, intact.exit());
        assertTrue(intact.out().contains("完好 INTACT"), intact.out());

        Path flipped = Files.write(dir.resolve("flipped.pdf"), Tampering.flipByteInSignedRange(bytes));
        CliRun broken = CliRun.of("verify", flipped.toString());
        assertEquals(1, broken.exit());
        assertTrue(broken.out().contains("BROKEN"), broken.out());

        // pdfsig calls this "Signature is Valid" + "Not total document signed": exit 0, unless --strict.
        Path appended = Files.write(dir.resolve("appended.pdf"), Tampering.appendIncrementalUpdate(bytes));
        CliRun changed = CliRun.of("verify", appended.toString());
        assertEquals(0, changed.exit());
        assertTrue(changed.out().contains("CHANGED AFTER SIGNING"), changed.out());
        assertEquals(1, CliRun.of("verify", appended.toString(), "--strict").exit());

        assertEquals(1, CliRun.of("verify", plain.toString()).exit(), "no signature proves nothing");

        Path text = Files.writeString(dir.resolve("notes.pdf"), "not a pdf");
        CliRun bad = CliRun.of("verify", text.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("not a PDF"), bad.err());
        assertEquals(2, CliRun.of("verify", signed.toString(), "--trust", dir.resolve("none").toString()).exit());
        assertEquals(2, CliRun.of("verify", signed.toString(), "--format", "xml").exit());
    }

    @Test
    void wrongPasswordOrExpiredCertificateLeavesNoPdf() throws Exception {
        Path out = dir.resolve("signed.pdf");
        CliRun wrong = CliRun.withStdin("wrong-password\n", "sign", plain.toString(), "--keystore", inspectorKeys.toString(),
                "--password-stdin", "--out", out.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("wrong password"), wrong.err());

        Instant now = Instant.now();
        SigningIdentity expired = TestFixtures.create("王五", "绵阳市政务公开检查组",
                now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(70)));
        Path expiredKeys = dir.resolve("wangwu.p12");
        Identities.save(expired, expiredKeys, PASSWORD.toCharArray());
        CliRun old = sign(plain, expiredKeys, out);
        assertEquals(2, old.exit());
        assertTrue(old.err().contains("expired"), old.err());

        CliRun missing = sign(plain, dir.resolve("nope.p12"), out);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("not found"), missing.err());

        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void countersignRefusesAnUnsignedPdf() {
        CliRun run = CliRun.withStdin(PASSWORD + "\n", "report", "countersign", plain.toString(), "--keystore",
                reviewerKeys.toString(), "--password-stdin", "--out", dir.resolve("out.pdf").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no signature to countersign"), run.err());
        assertFalse(Files.exists(dir.resolve("out.pdf")));
    }

    @Test
    void boxAndPageOptionsPlaceTheSignature() throws Exception {
        Path out = dir.resolve("signed.pdf");
        CliRun ok = sign(plain, inspectorKeys, out, "--page", "1", "--box", "72,500,200,70");
        assertEquals(0, ok.exit(), ok.err());
        CliRun badBox = sign(plain, inspectorKeys, dir.resolve("x.pdf"), "--box", "72,500,200");
        assertEquals(2, badBox.exit());
        assertTrue(badBox.err().contains("--box"), badBox.err());
        CliRun badPage = sign(plain, inspectorKeys, dir.resolve("x.pdf"), "--page", "4");
        assertEquals(2, badPage.exit());
        assertTrue(badPage.err().contains("page 4"), badPage.err());
    }
}
