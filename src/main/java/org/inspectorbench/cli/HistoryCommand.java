package org.inspectorbench.cli;

import org.inspectorbench.store.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "修改记录 Every change in the workspace (who, when, what, before and after), oldest first.")
public final class HistoryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--unit", paramLabel = "UNIT", description = "only this unit's changes")
    String unit;

    @Option(names = "--full", description = "also print the before and after JSON of each change")
    boolean full;

    @Override
    public void run() {
        List<HistoryEntry> entries = workspace.with(ws -> {
            if (unit != null && ws.unit(unit).isEmpty()) {
                throw new UserError("no unit “" + unit + "” in this workspace");
            }
            return ws.history(unit);
        });
        PrintWriter out = spec.commandLine().getOut();
        String group = null;
        for (HistoryEntry e : entries) {
            if (!e.groupId().equals(group)) {
                group = e.groupId();
                out.println(e.at() + "  " + e.author() + "  " + e.label());
            }
            String change = e.beforeJson() == null ? "created" : e.afterJson() != null && e.afterJson().contains(
                    "\"deleted\":true") ? "deleted" : "changed";
            out.println("    " + e.entity() + " " + e.entityId() + " " + change
                    + (e.unit() == null ? "" : " (" + e.unit() + ")"));
            if (full) {
                out.println("      before: " + e.beforeJson());
                out.println("      after:  " + e.afterJson());
            }
        }
        if (entries.isEmpty()) {
            out.println("没有修改记录 (no changes recorded" + (unit == null ? ")" : " for " + unit + ")"));
        }
    }
}
