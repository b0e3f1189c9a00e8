package org.inspectorbench.cli;

import org.inspectorbench.csv.CsvWriter;
import org.inspectorbench.monitoring.probe.ProbePlan;
import org.inspectorbench.monitoring.probe.ProbeResult;
import org.inspectorbench.monitoring.probe.Prober;
import org.inspectorbench.sampling.Candidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Collects a monitoring log for 站点无法访问: visits each site --per-day times a day, evenly spread, "
                + "for --days days, and writes time,url,result rows to --out. Runs only when asked; it takes --days days.")
public final class ProbeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sites", required = true, paramLabel = "FILE", description = "one website address a line (or a CSV with a url column)")
    Path sitesFile;

    @Option(names = "--days", required = true, paramLabel = "N", description = "days to monitor (the rubric: 7)")
    int days;

    @Option(names = "--per-day", required = true, paramLabel = "M", description = "visits per site per day (the rubric: at least 20)")
    int perDay;

    @Option(names = "--timeout", defaultValue = "15", paramLabel = "SECONDS",
            description = "a visit not complete after this long counts as failed (default ${DEFAULT-VALUE}, the rubric's 15 s)")
    BigDecimal timeoutSeconds;

    @Option(names = "--out", required = true, paramLabel = "LOG.csv", description = "the log to write; it must not exist yet")
    Path out;

    @Option(names = "--day-length", hidden = true, defaultValue = "P1D", paramLabel = "DURATION",
            description = "for tests: the length of a schedule day (ISO-8601, e.g. PT2S)")
    String dayLength;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProbePlan plan;
        try {
            plan = new ProbePlan(sites(), days, perDay, duration(dayLength), Duration.ofMillis(
                    timeoutSeconds.multiply(BigDecimal.valueOf(1000)).longValue()));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Writer writer;
        try {
            writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(out + " already exists: choose another --out file (a log is never overwritten)");
        }
        var err = spec.commandLine().getErr();
        err.println("probe: " + plan.totalChecks() + " visits (" + plan.sites().size() + " sites x " + perDay + " a day x " + days
                + " days), one round every " + plan.interval().truncatedTo(ChronoUnit.SECONDS).toString().substring(2).toLowerCase()
                + "; last round about " + LocalDateTime.now().plus(plan.lastRoundAfter()).truncatedTo(ChronoUnit.MINUTES)
                + ". Stop with Ctrl+C: finished rounds stay in " + out);
        err.flush();
        long visits;
        try (writer) {
            writer.write(CsvWriter.row(List.of("time", "url", "result")));
            writer.flush();
            visits = Prober.standard(plan.timeout()).run(plan, results -> {
                for (ProbeResult r : results) {
                    writer.write(CsvWriter.row(r.row()));
                }
                writer.flush();
            });
        }
        spec.commandLine().getOut().println("probe: " + visits + " visits written to " + out
                + ". Analyse: inspector monitor availability --log " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private List<URI> sites() {
        List<URI> uris = new ArrayList<>();
        for (Candidate c : SampleCommand.candidates(sitesFile)) {
            if (c.url() == null) {
                throw new UserError(sitesFile + ": \"" + c.title() + "\" is not a website address (http:// or https://)");
            }
            try {
                uris.add(new URI(c.url()));
            } catch (URISyntaxException e) {
                throw new UserError(sitesFile + ": \"" + c.url() + "\" is not a valid address: " + e.getReason());
            }
        }
        return uris;
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError("--day-length \"" + text + "\" is not an ISO-8601 duration such as P1D or PT2S");
        }
    }
}
