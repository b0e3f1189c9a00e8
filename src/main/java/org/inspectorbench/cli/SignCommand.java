package org.inspectorbench.cli;

import org.inspectorbench.signing.PdfSigner;
import org.inspectorbench.signing.SignatureRequest;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "签名 Signs a PDF (PAdES-style, visible box with signer, time and reason) as an incremental "
                + "update; earlier signatures stay valid. OUT is written completely or not at all.")
public final class SignCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.pdf", description = "the PDF to sign")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.pdf", description = "the signed PDF (may be IN itself)")
    Path out;

    @Mixin
    KeystoreOptions keystore = new KeystoreOptions();

    @Mixin
    SigningOptions signing = new SigningOptions();

    @Override
    public void run() {
        run(spec, in, out, keystore, signing, false);
    }

    /** Shared with `report countersign`, which differs only in refusing unsigned or broken input. */
    static void run(CommandSpec spec, Path in, Path out, KeystoreOptions keystore, SigningOptions signing,
                    boolean countersign) {
        if (!Files.isRegularFile(in)) {
            throw new UserError("找不到文件 " + in + " not found: check the path");
        }
        Instant now = Instant.now();
        SignatureRequest request = signing.request(now);
        SigningIdentity identity = keystore.openForSigning(now);
        PdfSigner signer = new PdfSigner(identity);
        try {
            if (countersign) {
                signer.countersign(in, out, request);
            } else {
                signer.sign(in, out, request);
            }
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        }
        spec.commandLine().getOut().println((countersign ? "已会签 countersigned " : "已签名 signed ") + out
                + " — " + identity.name() + "（" + identity.organisation() + "）, " + request.reason());
    }
}
