package org.inspectorbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** Scorecards and their signatures. `report pdf` and `report xlsx` join as further subcommands. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "评分表 Scorecards: write them and countersign them.",
        subcommands = {ReportPdfCommand.class, ReportCommand.Countersign.class})
public final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "countersign", mixinStandardHelpOptions = true,
            description = "会签 Adds a reviewer's signature to a signed scorecard as an incremental update: "
                    + "every signature stays valid. Refuses an unsigned PDF, a broken signature, or changes "
                    + "made after the last signature.")
    static final class Countersign implements Runnable {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "IN.pdf", description = "the signed scorecard")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "OUT.pdf", description = "the countersigned PDF (may be IN itself)")
        Path out;

        @Mixin
        KeystoreOptions keystore = new KeystoreOptions();

        @Mixin
        SigningOptions signing = new SigningOptions();

        @Override
        public void run() {
            SignCommand.run(spec, in, out, keystore, signing, true);
        }
    }
}
