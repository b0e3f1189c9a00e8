package org.inspectorbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.store.ImportResult;
import org.inspectorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "检查发现 Findings: import a findings file into a workspace, export them in the same format.",
        subcommands = {FindingsCommand.Import.class, FindingsCommand.Export.class})
public final class FindingsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Stores a findings file (the format of `inspector score --findings`), all or nothing: "
                    + "an unknown item or a missing image aborts with nothing written.")
    static final class Import implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--findings", required = true, paramLabel = "F.json")
        Path findings;

        @Option(names = "--evidence-dir", paramLabel = "DIR",
                description = "the folder the findings' \"evidence\" names are relative to (default: the findings file's folder)")
        Path evidenceDir;

        @Override
        public void run() {
            FindingsInput input = read(findings);
            Path dir = evidenceDir != null ? evidenceDir : findings.toAbsolutePath().getParent();
            ImportResult r = workspace.with(ws -> ws.importFindings(input, dir, "导入 import " + findings.getFileName()));
            spec.commandLine().getOut().println("已导入 imported " + findings + ": " + r.added() + " 条新增 added, "
                    + r.updated() + " 条更新 updated, " + r.unchanged() + " 条未变 unchanged; 图片 images: "
                    + r.imagesStored() + " 张新存 stored, " + r.imagesReused() + " 张已有 already stored");
            if (!r.undecodable().isEmpty()) {
                spec.commandLine().getErr().println("注意 warning: " + r.undecodable().size() + " 张图片无法解码,没有缩略图 "
                        + "(images stored but not decodable, shown without thumbnail; replace them): " + r.undecodable());
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the workspace's findings in the findings format (re-importing it changes nothing). "
                    + "Evidence is named <sha256>.<ext>; --evidence-dir also writes those image files.")
    static final class Export implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--out", paramLabel = "F.json", description = "the file to write (default: standard output)")
        Path out;

        @Option(names = "--evidence-dir", paramLabel = "DIR", description = "also write the evidence images here")
        Path evidenceDir;

        @Option(names = "--unit", paramLabel = "UNIT", description = "only this unit")
        String unit;

        @Override
        public void run() {
            String json = workspace.with(ws -> {
                if (unit != null && ws.unit(unit).isEmpty()) {
                    throw new UserError("no unit “" + unit + "” in this workspace");
                }
                FindingsInput in = unit == null ? ws.toFindingsInput() : ws.toFindingsInput(unit);
                if (evidenceDir != null) {
                    writeEvidence(ws, in, evidenceDir);
                }
                try {
                    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(in);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (out == null) {
                spec.commandLine().getOut().println(json);
                return;
            }
            try {
                CliFiles.writeAtomically(out, (json + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserError("无法写入 (cannot write " + out + "): " + e.getMessage());
            }
            spec.commandLine().getErr().println("已导出 exported to " + out);
        }
    }

    /** The findings format as {@code inspector score} reads it, with the same messages. */
    static FindingsInput read(Path file) {
        return ScoreInputs.findings(file);
    }

    private static void writeEvidence(Workspace ws, FindingsInput in, Path dir) {
        Set<String> names = new LinkedHashSet<>();
        for (UnitFindings u : in.units()) {
            List<FindingInput> all = new ArrayList<>(u.findings());
            u.websites().forEach(w -> all.addAll(w.findings()));
            NewMediaFindings m = u.newMedia();
            if (m != null) {
                all.addAll(m.findings());
            }
            all.stream().flatMap(f -> f.evidence() == null ? Stream.empty() : f.evidence().stream()).forEach(names::add);
        }
        try {
            Files.createDirectories(dir);
            for (String name : names) {
                String sha = name.substring(0, name.indexOf('.'));
                Path target = dir.resolve(name);
                if (!Files.exists(target)) {
                    CliFiles.writeAtomically(target, ws.evidence().image(sha));
                }
            }
        } catch (IOException e) {
            throw new UserError("无法写入证据图片 (cannot write the evidence images to " + dir + "): " + e.getMessage());
        }
    }
}
