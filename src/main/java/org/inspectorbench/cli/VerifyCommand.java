package org.inspectorbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;
import org.inspectorbench.signing.PdfVerifier;
import org.inspectorbench.signing.SignatureCheck;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.TrustList;
import org.inspectorbench.signing.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"验证签名 Lists every signature of a PDF: signer, time, reason, intact or broken, whether it "
                + "covers the whole document, certificate validity at signing time, trusted or not.",
                "Exit code: 0 all signatures intact (also when content was appended after the last signature, "
                        + "as poppler's pdfsig says \"Signature is Valid\" then; the verdict says CHANGED_AFTER_SIGNING); "
                        + "1 a signature is broken or the PDF has no signature (with --strict also: changed after "
                        + "signing, a signer not in --trust, a certificate not valid at signing time); 2 bad input."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all signatures intact", "1:broken, unsigned (or --strict failures)", "2:bad input (not a PDF, missing file or trust folder)"})
public final class VerifyCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the PDF to check")
    Path file;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "a folder of trusted certificates (.pem/.cer/.crt, from `inspector keys export-cert`)")
    Path trustDir;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--strict",
            description = "also fail (exit 1) on changes after the last signature, untrusted signers (with --trust) "
                    + "and certificates not valid at signing time")
    boolean strict;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("--format must be text or json (got " + format + ")");
        }
        VerificationReport report;
        try {
            TrustList trust = trustDir == null ? null : TrustList.load(trustDir);
            if (trust != null) {
                for (String skipped : trust.skipped()) {
                    spec.commandLine().getErr().println("警告 warning: trust folder file skipped: " + skipped);
                }
            }
            report = (trust == null ? new PdfVerifier() : new PdfVerifier(trust)).verify(file);
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        int exit = exitCode(report, strict);
        if (format.equals("json")) {
            out.println(json(report, exit));
        } else {
            VerificationText.print(out, file, report, strict, exit);
        }
        return exit;
    }

    static int exitCode(VerificationReport report, boolean strict) {
        if (report.verdict() == VerificationReport.Verdict.BROKEN
                || report.verdict() == VerificationReport.Verdict.NO_SIGNATURES) {
            return EXIT_FAILED;
        }
        if (strict && (report.verdict() == VerificationReport.Verdict.CHANGED_AFTER_SIGNING
                || report.signatures().stream().anyMatch(s -> s.trust() == SignatureCheck.Trust.UNTRUSTED
                || s.certificateAtSigningTime() != SignatureCheck.CertificateTime.VALID))) {
            return EXIT_FAILED;
        }
        return 0;
    }

    private String json(VerificationReport report, int exit) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("file", file.toString());
        node.setAll((ObjectNode) Json.mapper().valueToTree(report));
        node.put("exitCode", exit);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verification report not serialisable", e);
        }
    }
}
