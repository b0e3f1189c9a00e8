package org.inspectorbench.cli;

import org.inspectorbench.bundle.BundleExport;
import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.Manifest;
import org.inspectorbench.signing.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"导出数据包 Writes the workspace's work as a signed .inspbundle: every record with all its"
                + " versions, the evidence images they use.",
                "--campaign-only writes the office's bundle instead: the campaign (rubric, units, accounts,"
                        + " inspectors), the assignments and the merged, resolved records, to start or refresh laptops."})
public final class BundleExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "B.inspbundle", description = "the bundle file to write")
    Path out;

    @Mixin
    KeystoreOptions keystore = new KeystoreOptions();

    @Option(names = "--since", paramLabel = "last|ALL", defaultValue = "ALL",
            description = "ALL: everything (default); last: only what changed since this workspace's previous export")
    String since;

    @Option(names = "--campaign-only", description = "write the office's campaign bundle (for inspectors' laptops)")
    boolean campaignOnly;

    @Override
    public void run() {
        boolean sinceLast = switch (since.toLowerCase(Locale.ROOT)) {
            case "last" -> true;
            case "all" -> false;
            default -> throw new UserError("--since takes last or ALL (got " + since + ")");
        };
        if (!out.getFileName().toString().endsWith(".inspbundle")) {
            throw new UserError("the bundle file name must end in .inspbundle (got " + out.getFileName() + ")");
        }
        SigningIdentity identity = keystore.openForSigning(Instant.now());
        BundleKind kind = campaignOnly ? BundleKind.OFFICE : BundleKind.INSPECTOR;
        Manifest m = workspace.with(ws -> BundleCli.guard(() -> BundleExport.export(ws, BundleCli.signer(identity), out,
                new BundleExport.Options(kind, sinceLast))));
        PrintWriter p = spec.commandLine().getOut();
        p.println("已导出数据包 wrote " + (kind == BundleKind.OFFICE ? "office" : "inspector") + " bundle " + out
                + " (#" + m.seq() + (m.since() == null ? ", everything" : ", changes since #" + m.since().seq()) + ")");
        p.println("  作者 author: " + m.author().name() + " (" + m.author().id() + "), 签名人 signed by " + identity.name());
        p.println("  单位 units: " + (m.units().isEmpty() ? "-" : String.join(", ", m.units())));
        p.println("  " + BundleText.counts(m.counts()));
    }
}
