package org.inspectorbench.cli;

import org.inspectorbench.json.Json;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricException;
import org.inspectorbench.rubric.RubricParser;
import org.inspectorbench.scoring.EditOutcome;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingPlace;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.ScoreOutcome;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.SyntheticFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.UnitScorer;
import org.inspectorbench.scoring.WebsiteFindings;
import org.inspectorbench.store.UnitsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code inspector bench scoring}: the two figures of issue 2 on synthetic findings generated from
 * the rubric: re-scoring one unit after one finding changes (target <= 20 us), and scoring all units
 * of the campaign with ~20 findings each (target <= 2 ms). Medians after a JIT warm-up. Wall time
 * includes time the thread waited for a core on a busy machine; CPU time is the thread's own work.
 */
@Command(name = "scoring", mixinStandardHelpOptions = true,
        description = "Microseconds to re-score one unit after one finding changes, and to score every unit "
                + "of the campaign with ~20 synthetic findings each (medians, JIT warmed).")
final class ScoringBench implements Callable<Integer> {

    static final String SAMPLE_RUBRIC = "sample-data/rubrics/mianyang-2022.json";
    static final String SAMPLE_UNITS = "sample-data/units/mianyang-2022-units.json";

    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", paramLabel = "R.json", description = "default: the bundled 2022 rubric")
    Path rubricFile;

    @Option(names = "--units", paramLabel = "U.json", description = "default: the bundled 49 units and 53 websites")
    Path unitsFile;

    @Option(names = "--findings-per-unit", defaultValue = "20")
    int findingsPerUnit;

    @Option(names = "--campaign-runs", defaultValue = "1000", description = "timed whole-campaign scorings")
    int campaignRuns;

    @Option(names = "--edits", defaultValue = "20000", description = "timed single-finding edits")
    int edits;

    @Option(names = "--seed", defaultValue = "20221125")
    long seed;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() {
        Rubric rubric = rubric();
        UnitsFile units = Json.mapper().convertValue(readTree(unitsFile, SAMPLE_UNITS), UnitsFile.class);
        LocalDate monitoring = LocalDate.of(2022, 11, 25);
        ScoringEngine engine = new ScoringEngine(rubric, CliInputs.calendar(null));
        SyntheticFindings gen = new SyntheticFindings(rubric, monitoring, seed);
        List<UnitFindings> list = new ArrayList<>();
        int sites = 0;
        for (UnitsFile.UnitEntry u : units.units()) {
            List<String> names = u.websites().stream().map(UnitsFile.WebsiteEntry::name).toList();
            sites += names.size();
            list.add(gen.unit(u.name(), u.kind(), u.tags() == null ? List.of() : u.tags(), names, findingsPerUnit));
        }
        FindingsInput campaign = new FindingsInput(monitoring, list);
        ScoreOutcome check = engine.score(campaign);
        if (!check.ok()) {
            throw new UserError(ScoreCommand.describe(check.problems()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("inspector bench scoring: rubric %s, %d units, %d websites, %d findings (%d per unit), seed %d%n",
                rubric.id(), list.size(), sites, list.size() * findingsPerUnit, findingsPerUnit, seed);
        out.flush();

        List<Edit> plan = edits(engine, list, gen, Math.max(edits, 1) * 2);
        List<UnitScorer> sessions = new ArrayList<>();
        for (UnitFindings u : list) {
            sessions.add(engine.open(u, monitoring).session().orElseThrow());
        }
        // Warm-up: let the JIT compile the scoring paths before anything is timed.
        long[][] warm = campaign(engine, campaign, Math.max(50, campaignRuns / 2));
        editTimes(sessions, plan.subList(0, plan.size() / 2));
        long[][] full = campaign(engine, campaign, campaignRuns);
        long[][] edit = editTimes(sessions, plan.subList(plan.size() / 2, plan.size()));
        if (warm.length == 0) {
            return 1;
        }

        double editMedian = median(edit[0]) / 1e3;
        double fullMedian = median(full[0]) / 1e6;
        out.printf("re-score one unit after one finding changes: median %.2f us, p90 %.2f us wall; %.2f us CPU (mean)"
                        + "   (target <= 20 us: %s)%n", editMedian, percentile(edit[0], 0.9) / 1e3,
                median(edit[1]) / 1e3, verdict(editMedian <= 20));
        out.printf("score all %d units (%d findings):        median %.3f ms, p90 %.3f ms wall; %.3f ms CPU (median)"
                        + "   (target <= 2 ms: %s)%n", list.size(), list.size() * findingsPerUnit, fullMedian,
                percentile(full[0], 0.9) / 1e6, median(full[1]) / 1e6, verdict(fullMedian <= 2));
        out.printf("  %d campaign runs, %d edits timed; %d cores, load average %.1f%n", campaignRuns, edit[0].length,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    private static String verdict(boolean ok) {
        return ok ? "met" : "NOT met";
    }

    /** One finding replaced by another random finding at the same place (it may move to another item). */
    private record Edit(int unit, FindingPlace place, FindingInput finding) {
    }

    private static List<Edit> edits(ScoringEngine engine, List<UnitFindings> units, SyntheticFindings gen, int count) {
        List<List<Edit>> existing = new ArrayList<>();
        for (UnitFindings u : units) {
            List<Edit> fs = new ArrayList<>();
            u.findings().forEach(f -> fs.add(new Edit(0, FindingPlace.unit(), f)));
            for (WebsiteFindings w : u.websites()) {
                w.findings().forEach(f -> fs.add(new Edit(0, FindingPlace.website(w.site()), f)));
            }
            u.newMedia().findings().forEach(f -> fs.add(new Edit(0, FindingPlace.newMedia(), f)));
            existing.add(fs);
        }
        Random random = new Random(7);
        List<Edit> plan = new ArrayList<>(count);
        while (plan.size() < count) {
            int u = random.nextInt(units.size());
            if (existing.get(u).isEmpty()) {
                continue;
            }
            Edit old = existing.get(u).get(random.nextInt(existing.get(u).size()));
            Part.Scope scope = old.place().scope();
            plan.add(new Edit(u, old.place(), gen.finding(old.finding().id(), scope)));
        }
        return plan;
    }

    /** Wall and CPU nanoseconds of each edit. */
    private long[][] editTimes(List<UnitScorer> sessions, List<Edit> plan) {
        long[] wall = new long[plan.size()];
        int batch = 200;
        long[] cpu = new long[Math.max(1, plan.size() / batch)];
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < plan.size(); i++) {
            Edit e = plan.get(i);
            UnitScorer s = sessions.get(e.unit());
            long t0 = System.nanoTime();
            EditOutcome o = s.put(e.place(), e.finding());
            wall[i] = System.nanoTime() - t0;
            if (!o.accepted()) {
                throw new IllegalStateException("synthetic edit refused: " + o.problems());
            }
            if ((i + 1) % batch == 0 && (i + 1) / batch <= cpu.length) {
                long now = threads.getCurrentThreadCpuTime();
                cpu[(i + 1) / batch - 1] = (now - cpuStart) / batch;
                cpuStart = threads.getCurrentThreadCpuTime();
            }
        }
        return new long[][] {wall, cpu};
    }

    private long[][] campaign(ScoringEngine engine, FindingsInput campaign, int runs) {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ScoreOutcome o = engine.score(campaign);
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            if (!o.ok()) {
                throw new IllegalStateException("synthetic campaign refused");
            }
        }
        return new long[][] {wall, cpu};
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * (sorted.length - 1) + 0.5))];
    }

    private Rubric rubric() {
        String text = rubricFile == null ? resource(SAMPLE_RUBRIC) : CliInputs.text(rubricFile, "评分规则文件 rubric file");
        try {
            return RubricParser.parse(text);
        } catch (RubricException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(Path file, String resource) {
        try {
            return Json.mapper().readTree(file == null ? resource(resource) : CliInputs.text(file, "units file"));
        } catch (IOException e) {
            throw new UserError("units file: " + e.getMessage());
        }
    }

    private static String resource(String path) {
        try (InputStream in = ScoringBench.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new UserError(path + " is not in the program; give the file with an option");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(path + ": " + e.getMessage());
        }
    }
}
