package org.inspectorbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inspector bench ...}: speed figures printed by the program itself (the brief: speed targets
 * are checked by bench commands, never by timed unit tests). Each area adds its subcommand here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能测试 Print speed figures against the issue targets.",
        subcommands = {ScoringBench.class, SigningBench.class, WorkspaceBench.class, BundleBench.class, BenchXlsxCommand.class,
                ReportBench.class, UiBenchCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
