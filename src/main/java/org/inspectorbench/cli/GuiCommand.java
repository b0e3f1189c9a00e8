package org.inspectorbench.cli;

import org.inspectorbench.ui.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code inspector gui [--workspace W]}: the workbench window (also what no arguments open). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "打开检查考核工作台窗口 Open the workbench window.")
public final class GuiCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "W",
            description = "工作区文件 (默认: 用户数据目录中的默认工作区) the workspace file (default: the default workspace)")
    Path workspace;

    @Option(names = "--exit-when-ready",
            description = "窗口可用后打印启动用时并退出 (启动测量、类数据共享训练) print the start-up time once the window is usable, then exit")
    boolean exitWhenReady;

    @Option(names = "--import-bundle", paramLabel = "B.inspbundle",
            description = "打开窗口前预览并导入数据包 (双击 .inspbundle 文件时) preview and import a bundle before the window opens (double-clicked .inspbundle)")
    Path importBundle;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (workspace == null && System.getenv("INSPECTOR_WORKSPACE") != null) {
            workspace = Path.of(System.getenv("INSPECTOR_WORKSPACE"));
        }
        if (exitWhenReady) {
            org.inspectorbench.ui.health.ReadyExit.request(spec.commandLine().getErr());
        }
        if (importBundle != null) {
            org.inspectorbench.ui.welcome.BundleOnOpen.request(importBundle);
        }
        return Workbench.run(workspace, spec.commandLine().getErr());
    }
}
