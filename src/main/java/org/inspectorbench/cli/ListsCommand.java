package org.inspectorbench.cli;

import org.inspectorbench.store.CampaignSource;
import org.inspectorbench.store.ListsWorkbook;
import org.inspectorbench.store.UnitLists;
import org.inspectorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "名单 Units, websites and new-media accounts from an Excel workbook (sheets 单位, 网站, 政务新媒体).",
        subcommands = {ListsCommand.Template.class, ListsCommand.Import.class})
public final class ListsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Writes an empty workbook to fill in: the three sheets with their headers, and instructions.")
    static final class Template implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
        Path out;

        @Option(names = "--workspace", paramLabel = "FILE",
                description = "take the unit kinds from this workspace's rubric (default: the sample rubric's)")
        Path workspace;

        @Override
        public void run() {
            List<String> kinds = WorkspaceOption.guard(() -> {
                if (workspace == null) {
                    return CampaignSource.loadSample().rubric().parse().unitKinds();
                }
                try (Workspace ws = Workspace.open(workspace)) {
                    return ws.rubric().unitKinds();
                }
            });
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ListsWorkbook.writeTemplate(bytes, kinds);
                CliFiles.writeAtomically(out, bytes.toByteArray());
            } catch (IOException e) {
                throw new UserError("无法写入 (cannot write " + out + "): " + e.getMessage());
            }
            spec.commandLine().getOut().println("已写出模板 wrote the template " + out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds or updates units, websites and accounts from a filled-in workbook, all or nothing; "
                    + "errors name the sheet, row and column.")
    static final class Import implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "FILE.xlsx")
        Path file;

        @Override
        public void run() {
            UnitLists lists = WorkspaceOption.guard(() -> ListsWorkbook.read(file));
            UnitLists.Result r = workspace.with(ws -> ws.importLists(file, lists));
            spec.commandLine().getOut().println("已导入名单 imported " + file + ": 单位 units +" + r.unitsAdded() + " ~"
                    + r.unitsUpdated() + ", 网站 websites +" + r.websitesAdded() + " ~" + r.websitesUpdated()
                    + ", 政务新媒体 accounts +" + r.accountsAdded() + " ~" + r.accountsUpdated()
                    + (r.sampleAccountsRemoved() > 0 ? ", 移除样例账号 sample accounts removed " + r.sampleAccountsRemoved() : ""));
        }
    }
}
