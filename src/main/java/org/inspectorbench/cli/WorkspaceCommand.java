package org.inspectorbench.cli;

import org.inspectorbench.store.WorkspaceException;
import org.inspectorbench.store.WorkspaceHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code inspector workspace check|backup}: is the workspace healthy; a dated, consistent copy of it. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "工作区检查与备份 Check a workspace or back it up.",
        subcommands = {WorkspaceCommand.Check.class, WorkspaceCommand.Backup.class})
public final class WorkspaceCommand {

    /** Exit codes of {@code check}: 0 healthy, 1 damaged, 2 cannot be checked (missing, not a workspace, newer). */
    static final int EXIT_DAMAGED = 1;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"检查工作区: integrity_check、外键、架构版本、细则哈希、佐证图片 SHA-256 抽样 (--full: 全部)。",
                    "Check a workspace: integrity_check, foreign keys, schema version, the frozen rubric's hash,"
                            + " the SHA-256 of a sample of stored images (--full: all). Read-only; works while the workbench is open.",
                    "Exit 0 healthy, 1 damaged, 2 not a workspace / missing / from a newer program."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--full", description = "核对每个佐证文件的哈希 (较慢) hash every stored image and file (slower)")
        boolean full;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path file = workspace.path();
            long t0 = System.nanoTime();
            WorkspaceHealth.Report r = WorkspaceHealth.check(file, full ? WorkspaceHealth.Depth.FULL : WorkspaceHealth.Depth.STANDARD);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.println("工作区 workspace: " + file.toAbsolutePath());
            for (String c : r.checks()) {
                out.println("  正常 ok       " + c);
            }
            for (String p : r.problems()) {
                out.println("  问题 PROBLEM  " + p);
            }
            switch (r.status()) {
                case HEALTHY -> out.println(r.migrationPending()
                        ? "结果 result: 正常；打开时将升级架构，请先备份 healthy; opening it will migrate the schema, back it up first:"
                        + " inspector workspace backup --workspace " + file
                        : "结果 result: 正常 healthy (" + ms + " ms)");
                case DAMAGED -> {
                    out.println("结果 result: 已损坏 DAMAGED. 请勿继续在此文件上工作 do not keep working in this file.");
                    out.println(advice(file));
                }
                case UNUSABLE -> out.println("结果 result: 无法检查 cannot check this file (see above).");
            }
            out.flush();
            return switch (r.status()) {
                case HEALTHY -> 0;
                case DAMAGED -> EXIT_DAMAGED;
                case UNUSABLE -> UserError.EXIT_BAD_INPUT;
            };
        }
    }

    /** What to do with a damaged workspace: its newest backup, else the office's bundle. */
    static String advice(Path file) {
        List<Path> backups = WorkspaceHealth.backups(file);
        String restore = backups.isEmpty()
                ? "  没有找到备份 no backup found beside it: 向办公室索取活动数据包 ask the office for a campaign bundle"
                + " (inspector bundle export --campaign-only) and your last exported bundle."
                : "  恢复最近的备份 restore the newest backup: close the workbench, keep the damaged file, and copy "
                + backups.get(0) + " to " + file.toAbsolutePath() + ".";
        return "处理办法 what to do:\n" + restore
                + "\n  备份能读出的内容 to save what can still be read: inspector workspace backup --workspace " + file;
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"备份工作区: SQLite VACUUM INTO 的一致副本，程序打开时也可进行；文件名带日期，从不覆盖。",
                    "A consistent copy (SQLite VACUUM INTO), also while the workbench is open; named with the date"
                            + " (workspace-backup-2026-11-26.inspector), never overwriting a file."})
    static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--out", paramLabel = "FILE",
                description = "备份文件或文件夹 (默认: 工作区旁 NAME-backup-YYYY-MM-DD) the backup file or folder (default: beside the workspace, dated)")
        Path out;

        @Override
        public Integer call() {
            Path file = workspace.path();
            if (!Files.isRegularFile(file)) {
                throw new UserError("找不到工作区 (no workspace at " + file + ")");
            }
            LocalDate today = LocalDate.now();
            Path target = out == null ? WorkspaceHealth.defaultBackup(file, today)
                    : Files.isDirectory(out) ? WorkspaceHealth.defaultBackup(out, file, today) : out;
            if (Files.exists(target)) {
                throw new UserError("备份文件已存在 (" + target + " already exists): 不会覆盖 it is never overwritten;"
                        + " choose another --out");
            }
            long t0 = System.nanoTime();
            Path done;
            try {
                done = WorkspaceHealth.backup(file, target);
            } catch (WorkspaceException e) {
                throw new UserError(e.getMessage(), e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            try {
                spec.commandLine().getOut().printf("已备份 backed up: %s (%,d bytes, %d ms)%n", done, Files.size(done), ms);
            } catch (java.io.IOException e) {
                spec.commandLine().getOut().println("已备份 backed up: " + done);
            }
            return 0;
        }
    }
}
