package org.inspectorbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

@Command(name = "inspector",
        mixinStandardHelpOptions = true,
        version = "Inspector Workbench 0.1.0",
        description = "政务公开检查考核工作台 Inspector Workbench: score units against a rubric, "
                + "keep findings and evidence, sign scorecards, merge inspectors' bundles.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CalendarCommand.class,
                ScoreCommand.class,
                BenchCommand.class,
                GuiCommand.class,
                WorkspaceCommand.class,
                InitCommand.class,
                FindingsCommand.class,
                EvidenceCommand.class,
                HistoryCommand.class,
                UndoCommand.class,
                RedoCommand.class,
                SampleCommand.class,
                MonitorCommand.class,
                ProbeCommand.class,
                KeysCommand.class,
                SignCommand.class,
                VerifyCommand.class,
                ReportCommand.class,
                BundleCommand.class,
                ConflictsCommand.class,
                ListsCommand.class,
                MaterialsCommand.class,
                ProgressCommand.class,
        })
public final class InspectorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; 2 means bad input (see README). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // The window's start: picocli builds its model of only the gui command, not of all
        // twenty-odd commands by reflection (a few hundred ms of the cold start).
        boolean gui = args.length > 0 && "gui".equals(args[0]);
        CommandLine cl = gui ? new CommandLine(new GuiCommand()) : new CommandLine(new InspectorCommand());
        if (gui) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl.execute(args);
    }
}
