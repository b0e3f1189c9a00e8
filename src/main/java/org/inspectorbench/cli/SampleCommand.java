package org.inspectorbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;
import org.inspectorbench.sampling.Candidate;
import org.inspectorbench.sampling.CandidateFormatException;
import org.inspectorbench.sampling.CandidateParser;
import org.inspectorbench.sampling.SampleDraw;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "随机抽查 Draw a reproducible random sample of candidates (docs/sampling.md).",
        subcommands = {SampleCommand.Draw.class, SampleCommand.Verify.class})
public final class SampleCommand implements Runnable {

    /** A sample can be checked by hand; a larger size is a typing mistake. */
    static final int MAX_SIZE = 1000;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static List<Candidate> candidates(Path file) {
        try {
            List<Candidate> c = CandidateParser.parse(CliInputs.text(file, "candidate list"), file.getFileName().toString());
            if (c.isEmpty()) {
                throw new UserError("the candidate list " + file + " is empty: list one candidate a line, or a CSV with a title/url column");
            }
            return c;
        } catch (CandidateFormatException e) {
            throw new UserError("candidate list " + file + ":\n  " + e.getMessage());
        }
    }

    static void checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new UserError("--size " + size + " is not a sample size: give the rule's N (1.." + MAX_SIZE + "), e.g. 3 or 5");
        }
    }

    @Command(name = "draw", mixinStandardHelpOptions = true,
            description = "Draws --size of the candidates (all of them when there are no more: 不足N个的则检查全部) and prints the seed to record.")
    static final class Draw implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--candidates", required = true, paramLabel = "FILE",
                description = "one candidate a line (title, URL, or title<TAB>URL), or a .csv with a title and/or url column")
        Path candidatesFile;

        @Option(names = "--size", required = true, paramLabel = "N", description = "the rule's sample size")
        int size;

        @Option(names = "--seed", paramLabel = "S", description = "the seed (a whole number); a new one is chosen and printed when omitted")
        Long seed;

        @Option(names = "--out", paramLabel = "DRAW.json", description = "also write the draw (candidates, seed, size, drawn) as JSON; the file must not exist")
        Path out;

        @Override
        public void run() {
            checkSize(size);
            List<Candidate> candidates = candidates(candidatesFile);
            long s = seed != null ? seed : Math.floorMod(new SecureRandom().nextLong(), 1_000_000_000_000L);
            SampleDraw draw = SampleDraw.draw(candidates, size, s);
            if (out != null) {
                write(out, draw);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("随机抽查 sample: " + draw.drawn().size() + " of " + candidates.size() + " candidates, seed " + s
                    + " (" + SampleDraw.ALGORITHM + ")");
            if (draw.checksAll()) {
                w.println("  不足" + size + "个，检查全部 (no more than " + size + " candidates: all are checked)");
            }
            int k = 1;
            for (int i : draw.drawn()) {
                w.println("  " + k++ + ". [#" + (i + 1) + "] " + candidates.get(i).label());
            }
            w.println("Record the seed. Redraw: inspector sample verify --candidates " + candidatesFile + " --size " + size
                    + " --seed " + s + " --drawn " + (out != null ? out : "DRAWN.txt"));
            w.flush();
        }

        private static void write(Path out, SampleDraw draw) {
            try {
                byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(draw);
                Files.write(out, json, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new UserError(out + " already exists: choose another --out file (a recorded draw is never overwritten)");
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Redraws from the candidates, size and seed and compares with the sample given in --drawn. "
                    + "Exit 0: the same sample; exit 1: a different sample (the differences are printed).")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--candidates", required = true, paramLabel = "FILE", description = "the candidate list of the draw")
        Path candidatesFile;

        @Option(names = "--size", required = true, paramLabel = "N")
        int size;

        @Option(names = "--seed", required = true, paramLabel = "S")
        long seed;

        @Option(names = "--drawn", required = true, paramLabel = "FILE",
                description = "the sample to check: the JSON of 'sample draw --out', or the drawn items one a line")
        Path drawnFile;

        @Override
        public Integer call() {
            checkSize(size);
            List<Candidate> candidates = candidates(candidatesFile);
            SampleDraw redraw = SampleDraw.draw(candidates, size, seed);
            List<Candidate> claimed = claimed(CliInputs.text(drawnFile, "drawn sample"));
            SampleComparison cmp = SampleComparison.of(candidates, redraw.drawnCandidates(), claimed);
            PrintWriter w = spec.commandLine().getOut();
            if (cmp.same()) {
                w.println("相同 same sample: the " + redraw.drawn().size() + " items drawn with seed " + seed
                        + " are the items in " + drawnFile);
                w.flush();
                return 0;
            }
            w.println("不同 different sample: seed " + seed + " with size " + size + " draws other items than " + drawnFile);
            cmp.lines().forEach(l -> w.println("  " + l));
            w.flush();
            return 1;
        }

        private List<Candidate> claimed(String text) {
            if (text.stripLeading().startsWith("{")) {
                try {
                    SampleDraw recorded = Json.mapper().readValue(text, SampleDraw.class);
                    List<String> notes = new ArrayList<>();
                    if (recorded.seed() != seed) {
                        notes.add("the file records seed " + recorded.seed() + ", not " + seed);
                    }
                    if (recorded.size() != size) {
                        notes.add("the file records size " + recorded.size() + ", not " + size);
                    }
                    if (!notes.isEmpty()) {
                        spec.commandLine().getErr().println("注意 note: " + String.join("; ", notes));
                    }
                    return recorded.drawnCandidates();
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new UserError(drawnFile + " is not a draw written by 'sample draw --out': " + e.getMessage());
                }
            }
            try {
                return CandidateParser.fromLines(text);
            } catch (CandidateFormatException e) {
                throw new UserError("drawn sample " + drawnFile + ":\n  " + e.getMessage());
            }
        }
    }
}
