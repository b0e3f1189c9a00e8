package org.inspectorbench.cli;

import org.inspectorbench.bundle.Conflict;
import org.inspectorbench.bundle.ConflictSide;
import org.inspectorbench.bundle.Conflicts;
import org.inspectorbench.bundle.FieldDifference;
import org.inspectorbench.bundle.Resolution;
import org.inspectorbench.store.RecordVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"冲突 Records edited on two sides since their common version: both versions are kept, the"
                + " workspace shows a provisional winner (the newer revision) until a reviewer resolves it.",
                "A resolution is a new version edited from all sides; it travels back in the next office bundle."})
public final class ConflictsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "lists the conflicts of the workspace")
    void list(@Mixin WorkspaceOption workspace) {
        PrintWriter out = spec.commandLine().getOut();
        List<Conflict> all = workspace.with(ws -> BundleCli.guard(() -> Conflicts.list(ws)));
        if (all.isEmpty()) {
            out.println("没有冲突 no conflicts");
            return;
        }
        out.println(all.size() + " 个冲突 conflicts:");
        for (Conflict c : all) {
            ConflictSide shown = c.side(c.shown());
            out.println("  " + c.id() + "  " + c.unit() + "  " + c.key() + "  " + c.sides().size() + " sides, shows "
                    + shown.authorName() + "'s; differs in " + String.join(", ",
                    c.differences().stream().map(FieldDifference::field).toList()));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "shows every side of one conflict")
    void show(@Mixin WorkspaceOption workspace,
              @Parameters(paramLabel = "ID", description = "the conflict id (C-…), or a unique prefix") String id) {
        PrintWriter out = spec.commandLine().getOut();
        Conflict c = workspace.with(ws -> BundleCli.guard(() -> Conflicts.show(ws, id)));
        out.println("冲突 conflict " + c.id() + ": " + c.key() + " of " + c.unit());
        for (ConflictSide s : c.sides()) {
            out.println("  [" + s.number() + "] " + s.authorName() + " (" + s.authorId() + "), revision " + s.revision()
                    + (s.shown() ? "  ← shown now" : "") + (s.mine() ? "  (mine)" : "")
                    + (s.deleted() ? "  DELETED" : ""));
            out.println("      from " + (s.bundles().isEmpty() ? "this workspace" : String.join("; ", s.bundles())));
        }
        for (FieldDifference d : c.differences()) {
            StringBuilder b = new StringBuilder("  ").append(d.field()).append(":");
            for (int i = 0; i < d.values().size(); i++) {
                b.append("  [").append(i + 1).append("] ").append(d.values().get(i));
            }
            out.println(b);
        }
        if (!c.evidence().isEmpty()) {
            out.println("  证据 evidence: " + String.join(", ", c.evidence()));
        }
        out.println("  resolve with: inspector conflicts resolve " + c.id() + " --take mine|theirs|N [--field F=N]"
                + " [--set F=VALUE] [--note TEXT]");
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "resolves a conflict: takes one side, optionally some fields from others or new values")
    void resolve(@Mixin WorkspaceOption workspace,
                 @Parameters(paramLabel = "ID", description = "the conflict id (C-…), or a unique prefix") String id,
                 @Option(names = "--take", required = true, paramLabel = "mine|theirs|N|REVISION",
                         description = "the side to start from") String take,
                 @Option(names = "--field", paramLabel = "FIELD=SIDE",
                         description = "take this field from another side (repeatable)") Map<String, String> fields,
                 @Option(names = "--set", paramLabel = "FIELD=VALUE",
                         description = "give this field a new value (repeatable)") Map<String, String> values,
                 @Option(names = "--dry-run", description = "show the result; write nothing") boolean dryRun,
                 @Option(names = "--note", paramLabel = "TEXT", description = "why, for the history") String note) {
        PrintWriter out = spec.commandLine().getOut();
        Resolution r = new Resolution(take, fields == null ? Map.of() : new LinkedHashMap<>(fields),
                values == null ? Map.of() : new LinkedHashMap<>(values));
        if (dryRun) {
            String preview = workspace.with(ws -> BundleCli.guard(() -> Conflicts.preview(ws, id, r)));
            out.println("试解决 dry run, the record would become: " + preview);
            return;
        }
        RecordVersion v = workspace.with(ws -> BundleCli.guard(() -> Conflicts.resolve(ws, id, r, note)));
        out.println("已解决 resolved " + Conflicts.idOf(v.key()) + ": " + v.key() + " is now revision " + v.revision()
                + ", edited from " + v.parents().size() + " sides; it travels in the next office bundle.");
    }
}
