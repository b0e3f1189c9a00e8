package org.inspectorbench.cli;

import org.inspectorbench.store.Account;
import org.inspectorbench.store.Campaign;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "新建工作区 Creates a workspace from a campaign file (rubric, units, inspectors, assignments, accounts).")
public final class InitCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--campaign", paramLabel = "C.json",
            description = "the campaign file, e.g. sample-data/campaigns/mianyang-2022.json")
    Path campaign;

    @Option(names = "--bundle", paramLabel = "OFFICE.inspbundle",
            description = "start from the office's campaign bundle instead (inspector bundle export --campaign-only)")
    Path bundle;

    @Option(names = "--sample",
            description = "start from the sample campaign bundled with the program (绵阳市 2022, sample accounts)")
    boolean sample;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "with --bundle: refuse it unless its signer is in this folder of trusted certificates")
    Path trustDir;

    @Option(names = "--inspector", required = true, paramLabel = "NAME",
            description = "who works in this workspace (name or id of a campaign inspector; another name is added)")
    String inspector;

    @Override
    public void run() {
        Path file = workspace.path();
        if ((campaign != null ? 1 : 0) + (bundle != null ? 1 : 0) + (sample ? 1 : 0) != 1) {
            throw new UserError("give one of --campaign C.json, --bundle OFFICE.inspbundle or --sample");
        }
        WorkspaceOption.guard(() -> {
            try (Workspace ws = sample ? Workspace.createFromSample(file, inspector)
                    : bundle == null ? Workspace.create(file, campaign, inspector)
                    : BundleCli.guard(() -> org.inspectorbench.bundle.OfficeBootstrap.create(file,
                    org.inspectorbench.bundle.VerifiedBundle.open(bundle, BundleCli.trust(trustDir)), inspector))) {
                PrintWriter out = spec.commandLine().getOut();
                Campaign c = ws.campaign();
                long sites = ws.units().stream().mapToLong(u -> u.websites().size()).sum();
                long accounts = ws.units().stream().mapToLong(u -> u.accounts().size()).sum();
                long sample = ws.units().stream().flatMap(u -> u.accounts().stream()).filter(Account::sample).count();
                out.println("已创建工作区 created workspace " + file);
                out.println("  考核 campaign: " + c.name() + " (" + c.id() + "), 监测时间点 " + c.monitoringDate()
                        + ", 材料截止 evidence deadline " + c.evidenceDeadline());
                out.println("  评分细则 rubric: " + ws.rubric().id() + " sha256 " + c.rubricSha256());
                out.println("  " + ws.units().size() + " 个单位 units, " + sites + " 个网站 websites, " + accounts
                        + " 个政务新媒体账号 new-media accounts" + (sample > 0 ? " (" + sample + " 个为样例数据 sample data)" : ""));
                out.println("  检查人员 inspector: " + ws.author() + " — " + ws.units().stream()
                        .filter(u -> u.inspectors().contains(ws.author())).map(Unit::name).count() + " 个单位分配给你 units assigned");
            }
            return null;
        });
    }
}
