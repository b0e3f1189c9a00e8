package org.inspectorbench.cli;

import org.inspectorbench.sampling.Candidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a redrawn sample with the sample someone recorded. Order does not matter (a recorded
 * list may have been sorted); a recorded line may name a candidate by its title or URL alone.
 */
record SampleComparison(List<String> lines) {

    boolean same() {
        return lines.isEmpty();
    }

    static SampleComparison of(List<Candidate> candidates, List<Candidate> redrawn, List<Candidate> claimed) {
        Set<Candidate> resolved = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (Candidate c : claimed) {
            Candidate match = resolve(candidates, c);
            if (match == null) {
                lines.add("? " + c.label() + "  (not among the candidates)");
            } else {
                resolved.add(match);
            }
        }
        for (Candidate c : redrawn) {
            if (!resolved.contains(c)) {
                lines.add("- " + c.label() + "  (drawn by the seed, missing from the recorded sample)");
            }
        }
        for (Candidate c : resolved) {
            if (!redrawn.contains(c)) {
                lines.add("+ " + c.label() + "  (in the recorded sample, not drawn by the seed)");
            }
        }
        return new SampleComparison(lines);
    }

    private static Candidate resolve(List<Candidate> candidates, Candidate c) {
        if (candidates.contains(c)) {
            return c;
        }
        for (Candidate x : candidates) {
            String label = c.title() != null ? c.title() : c.url();
            if (label.equals(x.title()) || label.equals(x.url())) {
                return x;
            }
        }
        return null;
    }
}
