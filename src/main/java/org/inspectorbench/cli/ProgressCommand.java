package org.inspectorbench.cli;

import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.UnitProgress;
import org.inspectorbench.store.WorkspaceProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code inspector progress [list|complete|reopen]}: how far the inspection is, per inspector and unit. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "检查进度 Inspection progress: units done, in progress and not started per inspector, and "
                + "findings without evidence.",
        subcommands = {ProgressCommand.ListProgress.class, ProgressCommand.Complete.class, ProgressCommand.Reopen.class})
public final class ProgressCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Per inspector: units 已完成 / 进行中 / 未开始 and findings without evidence; then every unit not done.")
    static final class ListProgress implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Override
        public void run() {
            record Read(List<UnitProgress> units, List<Inspector> inspectors) {
            }
            Read read = workspace.with(ws -> new Read(WorkspaceProgress.of(ws).units(), ws.inspectors()));
            PrintWriter out = spec.commandLine().getOut();
            Map<String, int[]> per = new LinkedHashMap<>();
            read.inspectors().forEach(i -> per.put(i.id(), new int[4]));
            for (UnitProgress p : read.units()) {
                for (String who : p.inspectors().isEmpty() ? List.of("") : p.inspectors()) {
                    int[] n = per.computeIfAbsent(who, k -> new int[4]);
                    n[p.state().ordinal()]++;
                    n[3] += p.findingsWithoutEvidence();
                }
            }
            Map<String, String> names = new LinkedHashMap<>();
            read.inspectors().forEach(i -> names.put(i.id(), i.name()));
            out.println("检查人 inspector      已完成 done  进行中 in progress  未开始 not started  无证据问题 without evidence");
            per.forEach((who, n) -> out.println(String.format("%-18s %6d %12d %14d %18d",
                    who.isEmpty() ? "(未分配 unassigned)" : names.getOrDefault(who, who), n[2], n[1], n[0], n[3])));
            out.println();
            for (UnitProgress p : read.units()) {
                if (p.state() != UnitProgress.State.DONE) {
                    out.println(String.format("%-12s %s  问题 findings %d, 无证据 without evidence %d", p.unit(),
                            p.state() == UnitProgress.State.NOT_STARTED ? "未开始" : "进行中", p.findings(),
                            p.findingsWithoutEvidence()));
                }
            }
        }
    }

    @Command(name = "complete", mixinStandardHelpOptions = true, description = "Declares a unit's inspection complete.")
    static final class Complete implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--unit", required = true, paramLabel = "UNIT")
        String unit;

        @Override
        public void run() {
            boolean changed = workspace.with(ws -> WorkspaceProgress.of(ws).complete(unit));
            spec.commandLine().getOut().println(changed ? unit + " 已完成 marked complete" : unit + " 已是已完成 was already complete");
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Takes back a unit's completion.")
    static final class Reopen implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--unit", required = true, paramLabel = "UNIT")
        String unit;

        @Override
        public void run() {
            boolean changed = workspace.with(ws -> WorkspaceProgress.of(ws).reopen(unit));
            spec.commandLine().getOut().println(changed ? unit + " 已重新打开 reopened" : unit + " 未标记完成 was not complete");
        }
    }
}
