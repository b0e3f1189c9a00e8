package org.inspectorbench.cli;

import org.inspectorbench.bundle.BundleImport;
import org.inspectorbench.bundle.Conflicts;
import org.inspectorbench.bundle.ImportReport;
import org.inspectorbench.bundle.SignerTrust;
import org.inspectorbench.bundle.VerifiedBundle;
import org.inspectorbench.store.RecordVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入数据包 Verifies and merges bundles into the workspace, each in one transaction (a refused"
                + " bundle writes nothing); prints what is new, updated, unchanged and in conflict.",
                "Importing a bundle twice changes nothing; the order of bundles does not matter."})
public final class BundleImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(arity = "1..*", paramLabel = "B.inspbundle", description = "the bundles to import, in any order")
    List<Path> files;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "a folder of trusted certificates: refuse bundles whose signer is not in it")
    Path trustDir;

    @Option(names = "--dry-run", description = "show what importing would do; write nothing")
    boolean dryRun;

    @Override
    public void run() {
        SignerTrust trust = BundleCli.trust(trustDir);
        PrintWriter out = spec.commandLine().getOut();
        workspace.with(ws -> BundleCli.guard(() -> {
            for (Path f : files) {
                VerifiedBundle b = VerifiedBundle.openFor(ws, f, trust);
                ImportReport r = dryRun ? BundleImport.preview(ws, b) : BundleImport.apply(ws, b);
                out.println((dryRun ? "试导入 dry run " : r.noChange() ? "已导入过 already merged " : "已导入 imported ")
                        + f.getFileName() + ": " + r.kind().json() + " bundle of " + r.authorName() + " ("
                        + r.authorId() + "), units " + (r.units().isEmpty() ? "-" : String.join(", ", r.units())));
                out.println("  " + BundleText.outcomes(r));
                for (RecordVersion.Key k : r.conflicts()) {
                    out.println("  冲突 conflict " + Conflicts.idOf(k) + " " + k
                            + " — see `inspector conflicts show " + Conflicts.idOf(k) + "`");
                }
            }
            if (dryRun) {
                out.println("试导入: 未写入任何内容 dry run: nothing was written");
            }
            return null;
        }));
    }
}
