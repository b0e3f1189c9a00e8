package org.inspectorbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

@Command(name = "redo", mixinStandardHelpOptions = true,
        description = "重做 Does again what the last undo took back.")
public final class RedoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public void run() {
        Optional<String> done = workspace.with(ws -> ws.redo());
        spec.commandLine().getOut().println(done.map(l -> "已重做 redone: " + l).orElse("没有可重做的操作 (nothing to redo)"));
    }
}
