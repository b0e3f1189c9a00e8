package org.inspectorbench.sampling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A 随机抽查 draw as recorded: the candidates in the order listed, the seed, the rule's sample size,
 * the drawn candidate indices (in draw order) and the inspector's marks. It is a plain value that
 * the workspace stores as JSON; {@link #reproduces()} lets the office check it.
 *
 * @param algorithm the drawing algorithm's name; {@link #ALGORITHM} (docs/sampling.md)
 */
public record SampleDraw(
        String algorithm,
        long seed,
        int size,
        List<Candidate> candidates,
        List<Integer> drawn,
        List<SampleMark> marks) {

    public static final String ALGORITHM = "splitmix64-fisher-yates-v1";

    public SampleDraw {
        candidates = List.copyOf(candidates);
        drawn = List.copyOf(drawn);
        marks = marks == null ? List.of() : List.copyOf(marks);
        if (size < 1) {
            throw new IllegalArgumentException("sample size must be at least 1: " + size);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i : drawn) {
            if (i < 0 || i >= candidates.size() || !seen.add(i)) {
                throw new IllegalArgumentException("drawn index " + i + " is out of range or repeated");
            }
        }
        Set<Integer> marked = new HashSet<>();
        for (SampleMark m : marks) {
            if (!seen.contains(m.candidate())) {
                throw new IllegalArgumentException("mark for candidate " + m.candidate() + ", which was not drawn");
            }
            if (!marked.add(m.candidate())) {
                throw new IllegalArgumentException("candidate " + m.candidate() + " is marked twice");
            }
        }
    }

    /**
     * Draws {@code size} of the candidates with {@code seed}; with {@code size} or fewer candidates, all
     * of them, in the order listed ("不足N个的则检查全部").
     */
    public static SampleDraw draw(List<Candidate> candidates, int size, long seed) {
        return new SampleDraw(ALGORITHM, seed, size, candidates, Sampler.drawIndices(candidates.size(), size, seed), List.of());
    }

    /** The drawn candidates, in draw order. */
    public List<Candidate> drawnCandidates() {
        return drawn.stream().map(candidates::get).toList();
    }

    /** True when every candidate was checked because there were no more than {@code size}. */
    public boolean checksAll() {
        return candidates.size() <= size;
    }

    /** True when drawing again from the same candidates, size and seed gives the recorded sample. */
    public boolean reproduces() {
        return ALGORITHM.equals(algorithm) && drawn.equals(Sampler.drawIndices(candidates.size(), size, seed));
    }

    /** This draw with the mark of one drawn candidate set (replacing an earlier mark of it). */
    public SampleDraw withMark(SampleMark mark) {
        List<SampleMark> next = new ArrayList<>();
        for (SampleMark m : marks) {
            if (m.candidate() != mark.candidate()) {
                next.add(m);
            }
        }
        next.add(mark);
        next.sort((a, b) -> Integer.compare(drawn.indexOf(a.candidate()), drawn.indexOf(b.candidate())));
        return new SampleDraw(algorithm, seed, size, candidates, drawn, next);
    }

    /** The finding's count: the drawn items marked as failing the rule ("每发现一处"). */
    public int failCount() {
        return (int) marks.stream().filter(m -> !m.passed()).count();
    }

    /** Drawn candidates without a mark yet: the finding is not final while any remain. */
    public List<Integer> unmarked() {
        Set<Integer> marked = new HashSet<>();
        marks.forEach(m -> marked.add(m.candidate()));
        return drawn.stream().filter(i -> !marked.contains(i)).toList();
    }
}
