package org.inspectorbench.cli;

import org.inspectorbench.store.Material;
import org.inspectorbench.store.MaterialState;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.store.WorkspaceMaterials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code inspector materials list|receive}: the evidence materials (佐证材料, 附件4) units send the office. */
@Command(name = "materials", mixinStandardHelpOptions = true,
        description = "佐证材料 Evidence materials: what each unit sent and when; received after the campaign's "
                + "deadline counts as missing (逾期未报的,视为未开展相关工作).",
        subcommands = {MaterialsCommand.ListMaterials.class, MaterialsCommand.Receive.class})
public final class MaterialsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists each unit's materials: 按时 (on time, with the date), 逾期 (late: counts as missing), "
                    + "未报 (missing) or 不适用 (not asked of this unit), and the rubric items each supports.")
    static final class ListMaterials implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--unit", paramLabel = "UNIT", description = "only this unit (with the files received)")
        String unit;

        @Override
        public void run() {
            record Read(String title, LocalDate deadline, Map<String, List<MaterialStatus>> statuses) {
            }
            Read read = workspace.with(ws -> {
                WorkspaceMaterials m = WorkspaceMaterials.of(ws);
                Map<String, List<MaterialStatus>> statuses = unit == null ? m.all() : Map.of(unit, m.of(unit));
                return new Read(m.catalog().title(), ws.campaign().evidenceDeadline(), statuses);
            });
            PrintWriter out = spec.commandLine().getOut();
            if (read.statuses().values().stream().allMatch(List::isEmpty)) {
                out.println("本考核活动没有佐证材料清单 (this campaign has no evidence-materials list)");
                return;
            }
            out.println(read.title() + (read.deadline() == null ? "" : "  截止 deadline " + read.deadline()));
            for (Map.Entry<String, List<MaterialStatus>> e : read.statuses().entrySet()) {
                List<MaterialStatus> list = e.getValue();
                long due = list.stream().filter(s -> s.state() != MaterialState.NOT_APPLICABLE).count();
                long onTime = list.stream().filter(s -> s.state().countsAsReceived()).count();
                out.println();
                out.println(e.getKey() + "  按时 on time " + onTime + "/" + due);
                for (MaterialStatus s : list) {
                    if (unit == null && s.state() == MaterialState.NOT_APPLICABLE) {
                        continue;
                    }
                    out.println("  " + line(s, unit != null));
                }
            }
        }

        static String line(MaterialStatus s, boolean detailed) {
            Material m = s.material();
            String state = switch (s.state()) {
                case ON_TIME -> "按时 " + s.receivedOn();
                case LATE -> "逾期 " + s.receivedOn() + " (视为未报)";
                case MISSING -> "未报";
                case NOT_APPLICABLE -> "不适用";
            };
            StringBuilder b = new StringBuilder(String.format("%2d %-16s %s", m.number(), state, m.text()));
            if (detailed) {
                if (!m.supports().isEmpty()) {
                    b.append("\n       佐证指标 supports: ").append(String.join("、", m.supports()));
                }
                s.files().forEach(f -> b.append("\n       文件 file: ").append(f.name()).append(" (")
                        .append(f.size()).append(" bytes, sha256 ").append(f.sha256(), 0, 12).append(")"));
                if (s.note() != null && !s.note().isBlank()) {
                    b.append("\n       备注 note: ").append(s.note());
                }
            }
            return b.toString();
        }
    }

    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = "Records that a unit sent a material on a date, with its files (any format). Recording "
                    + "again corrects the date and adds files.")
    static final class Receive implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--unit", required = true, paramLabel = "UNIT")
        String unit;

        @Option(names = "--material", required = true, paramLabel = "N", description = "the material's number in the list")
        int material;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day it arrived")
        String date;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Parameters(arity = "0..*", paramLabel = "FILE", description = "the files received (stamped scans, PDFs)")
        List<Path> files = new ArrayList<>();

        @Override
        public void run() {
            LocalDate on = CliInputs.date(date, "--date");
            MaterialStatus s = workspace.with(ws -> WorkspaceMaterials.of(ws).receive(unit, material, on, files, note));
            spec.commandLine().getOut().println(unit + "  " + ListMaterials.line(s, true));
        }
    }
}
