package org.inspectorbench.cli;

import org.inspectorbench.store.EvidenceMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "证据 Evidence screenshots stored in the workspace.",
        subcommands = {EvidenceCommand.Add.class})
public final class EvidenceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Attaches images (PNG, JPEG, BMP, GIF, WebP) to a finding, all or none. The same image "
                    + "attached twice is stored once.")
    static final class Add implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--finding", required = true, paramLabel = "ID", description = "the finding's id")
        String finding;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public void run() {
            List<EvidenceMeta> added = workspace.with(ws -> ws.evidence().attach(finding, files));
            PrintWriter out = spec.commandLine().getOut();
            for (EvidenceMeta m : added) {
                out.println(m.sha256() + "  " + m.format() + " " + m.width() + "×" + m.height() + "  "
                        + m.byteSize() + " bytes  " + m.originalName());
            }
        }
    }
}
