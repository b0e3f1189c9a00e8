package org.inspectorbench.cli;

import org.inspectorbench.bundle.Manifest;
import org.inspectorbench.bundle.VerifiedBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"验证数据包 Checks a bundle without importing it: signature (and trust with --trust), every"
                + " entry's hash and size, the format, the records; prints the author, the units and the counts.",
                "Exit code 0: intact; 2: refused (the message says why)."})
public final class BundleVerifyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "B.inspbundle", description = "the bundle to check")
    Path file;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "a folder of trusted certificates: refuse a bundle whose signer is not in it")
    Path trustDir;

    @Override
    public void run() {
        VerifiedBundle b = BundleCli.guard(() -> VerifiedBundle.open(file, BundleCli.trust(trustDir)));
        Manifest m = b.manifest();
        PrintWriter out = spec.commandLine().getOut();
        out.println("数据包完好 bundle intact: " + file);
        out.println("  类型 kind: " + m.kind().json() + " bundle #" + m.seq() + (m.since() == null ? " (everything)"
                : " (changes since #" + m.since().seq() + ")") + ", id " + m.bundleId());
        out.println("  作者 author: " + m.author().name() + " (" + m.author().id() + "), created " + m.createdAt());
        out.println("  签名人 signer: " + b.signerName() + ", certificate SHA-256 " + b.signerFingerprint()
                + (trustDir == null ? " (not checked against a trust list)" : " — trusted (in " + trustDir + ")"));
        out.println("  考核 campaign: " + m.campaignId() + ", rubric SHA-256 " + m.rubricSha256());
        if (m.lastOfficeBundle() != null) {
            out.println("  基于办公室数据包 based on office bundle #" + m.lastOfficeBundle().seq() + " ("
                    + m.lastOfficeBundle().bundleId() + ")");
        }
        out.println("  单位 units: " + (b.units().isEmpty() ? "-" : String.join(", ", b.units())));
        out.println("  " + BundleText.counts(m.counts()));
    }
}
