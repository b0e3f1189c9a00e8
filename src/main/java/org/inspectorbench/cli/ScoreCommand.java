package org.inspectorbench.cli;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.InputProblem;
import org.inspectorbench.scoring.ScoreOutcome;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.scoring.WorkingDayCounter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code inspector score --rubric R.json --findings F.json [--format json|text]}: scores every unit of
 * a findings file (issue 2's contract). {@code inspector score --workspace W [--unit U]} scores the
 * findings stored in a workspace by the campaign's frozen rubric, with the same output. Bad input exits with 2, prints nothing on stdout and names
 * the offending JSON path and the closest valid names on stderr.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "评分 Score every unit of a findings file against a rubric: totals, 等次, 绩效, verdicts, "
                + "the bonus gate and an explanation for every item.")
public final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", paramLabel = "R.json",
            description = "the rubric, e.g. sample-data/rubrics/mianyang-2022.json")
    Path rubric;

    @Option(names = "--findings", paramLabel = "F.json",
            description = "the findings (format: README, inspector score)")
    Path findings;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--unit", paramLabel = "UNIT", description = "with a workspace: score only this unit")
    String unit;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
            description = "json (default) or text (a Chinese scorecard for the terminal)")
    Format format;

    @Option(names = "--calendar", paramLabel = "DIR",
            description = "a folder of YYYY.json working-day calendar files instead of the built-in calendar")
    Path calendarDir;

    @Override
    public Integer call() {
        String output;
        if (rubric == null && findings == null) {
            // No files given: the workspace's findings, scored by the rubric its campaign started with.
            output = workspace.with(ws -> {
                if (unit != null && ws.unit(unit).isEmpty()) {
                    throw new UserError("no unit “" + unit + "” in the workspace " + ws.file());
                }
                FindingsInput input = unit == null ? ws.toFindingsInput() : ws.toFindingsInput(unit);
                return render(ws.rubric(), input, score(ws.rubric(), input, CliInputs.calendar(calendarDir)), format);
            });
        } else if (rubric == null || findings == null || workspace.file != null || unit != null) {
            throw new UserError("give --rubric and --findings (files), or --workspace [--unit] (a workspace)");
        } else {
            Rubric r = ScoreInputs.rubric(rubric);
            FindingsInput input = ScoreInputs.findings(findings);
            output = render(r, input, score(r, input, CliInputs.calendar(calendarDir)), format);
        }
        // Everything is computed before the first byte goes out: bad input leaves stdout empty.
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return 0;
    }

    /**
     * The command's computation, shared with {@code score --workspace}: scores all units or throws a
     * UserError listing every problem with its JSON path and closest names.
     */
    public static List<UnitResult> score(Rubric rubric, FindingsInput input, WorkingDayCounter workingDays) {
        ScoringEngine engine;
        try {
            engine = new ScoringEngine(rubric, workingDays);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        ScoreOutcome outcome = engine.score(input);
        if (!outcome.ok()) {
            throw new UserError(describe(outcome.problems()));
        }
        return outcome.units();
    }

    public static String render(Rubric rubric, FindingsInput input, List<UnitResult> units, Format format) {
        return format == Format.text
                ? ScorecardText.render(rubric.title(), input.monitoringDate(), units)
                : ScorecardJson.render(units);
    }

    static String describe(List<InputProblem> problems) {
        StringBuilder text = new StringBuilder("检查记录有 ").append(problems.size())
                .append(" 处问题 (the findings have ").append(problems.size())
                .append(problems.size() == 1 ? " problem):" : " problems):");
        for (InputProblem p : problems) {
            text.append("\n  ").append(p.describe());
        }
        return text.toString();
    }
}
