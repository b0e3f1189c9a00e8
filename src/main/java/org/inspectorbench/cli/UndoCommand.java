package org.inspectorbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "撤销 Takes back the workspace author's last action (also after a restart); it stays in the history.")
public final class UndoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public void run() {
        Optional<String> done = workspace.with(ws -> ws.undo());
        spec.commandLine().getOut().println(done.map(l -> "已撤销 undone: " + l).orElse("没有可撤销的操作 (nothing to undo)"));
    }
}
