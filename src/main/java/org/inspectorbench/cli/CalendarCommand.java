package org.inspectorbench.cli;

import org.inspectorbench.calendar.CalendarDay;
import org.inspectorbench.calendar.WorkingDayCalendar;
import org.inspectorbench.calendar.WorkingDayCount;
import org.inspectorbench.scoring.WorkingDayCounter.MissingCalendarYearException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "工作日历 The official working-day calendar (public holidays off, make-up weekend days on).",
        subcommands = {CalendarCommand.Workdays.class})
public final class CalendarCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "workdays", mixinStandardHelpOptions = true,
            description = "Counts the 工作日 after --from up to and including --to (as the rubric's deadlines do: "
                    + "asked on a Friday, answered on Monday = 1), and lists the days skipped and why.")
    static final class Workdays implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "e.g. the day the question was asked (YYYY-MM-DD)")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "e.g. the day the answer came (YYYY-MM-DD)")
        String to;

        @Option(names = "--calendar", paramLabel = "DIR",
                description = "a folder of YYYY.json calendar files instead of the built-in calendar")
        Path calendarDir;

        @Override
        public void run() {
            LocalDate f = CliInputs.date(from, "--from");
            LocalDate t = CliInputs.date(to, "--to");
            WorkingDayCalendar calendar = CliInputs.calendar(calendarDir);
            WorkingDayCount count;
            try {
                count = calendar.explain(f, t);
            } catch (MissingCalendarYearException e) {
                throw new UserError(e.getMessage() + "; the calendar has " + calendar.years());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(f + " 之后至 " + t + "（含）: " + count.count() + " 个工作日 (working days)");
            if (!t.isAfter(f)) {
                out.println("  --to is not after --from: nothing to count");
            }
            if (!count.skipped().isEmpty()) {
                out.println("不计 (skipped):");
                for (CalendarDay d : count.skipped()) {
                    out.println("  " + d.describe());
                }
            }
            if (!count.makeUpCounted().isEmpty()) {
                out.println("计入的调休上班日 (make-up working days counted):");
                for (CalendarDay d : count.makeUpCounted()) {
                    out.println("  " + d.describe());
                }
            }
            Set<Integer> years = new LinkedHashSet<>();
            for (LocalDate d = f.plusDays(1); !d.isAfter(t); d = d.plusDays(1)) {
                years.add(d.getYear());
            }
            for (int y : years) {
                out.println("依据 (source): " + calendar.year(y).notice().citation());
            }
            out.flush();
        }
    }
}
