package org.inspectorbench.sampling;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplerTest {

    @Test
    void splitMix64MatchesTheReferenceVector() {
        // Vigna's splitmix64.c with seed 1234567: the published first outputs (as unsigned decimals).
        SplitMix64 r = new SplitMix64(1234567L);
        assertEquals("6457827717110365317", Long.toUnsignedString(r.next()));
        assertEquals("3203168211198807973", Long.toUnsignedString(r.next()));
        assertEquals("9817491932198370423", Long.toUnsignedString(r.next()));
        assertEquals("4593380528125082431", Long.toUnsignedString(r.next()));
        assertEquals("16408922859458223821", Long.toUnsignedString(r.next()));
    }

    @Test
    void goldenDrawWorkedByHandInDocs() {
        // docs/sampling.md works this case step by step: seed 42, 5 candidates, size 3 -> 3, 4, 2.
        SplitMix64 r = new SplitMix64(42L);
        assertEquals("13679457532755275413", Long.toUnsignedString(r.next()));
        assertEquals("2949826092126892291", Long.toUnsignedString(r.next()));
        assertEquals("5139283748462763858", Long.toUnsignedString(r.next()));
        assertEquals(List.of(3, 4, 2), Sampler.drawIndices(5, 3, 42L));
        assertEquals(List.of(8, 1, 7, 4), Sampler.drawIndices(10, 4, 20221125L));
    }

    @Test
    void fewerCandidatesThanTheSizeAreAllChecked() {
        assertEquals(List.of(0, 1, 2), Sampler.drawIndices(3, 5, 7L));
        assertEquals(List.of(0, 1, 2, 3, 4), Sampler.drawIndices(5, 5, 7L), "exactly N: all, in the order listed");
        assertEquals(List.of(), Sampler.drawIndices(0, 5, 7L));
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        Set<List<Integer>> samples = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            samples.add(Sampler.drawIndices(30, 5, seed));
        }
        assertTrue(samples.size() >= 19, "20 seeds over C(30,5) orderings give (almost) all different samples: " + samples.size());
        assertNotEquals(Sampler.drawIndices(30, 5, 1L), Sampler.drawIndices(30, 5, 2L));
    }

    @Test
    void everyIndexIsAboutEquallyLikely() {
        int[] hits = new int[10];
        for (long seed = 0; seed < 10_000; seed++) {
            for (int i : Sampler.drawIndices(10, 3, seed)) {
                hits[i]++;
            }
        }
        for (int h : hits) {
            // expected 3000 each; 5 standard deviations is about 230
            assertTrue(Math.abs(h - 3000) < 250, java.util.Arrays.toString(hits));
        }
    }

    @Property(tries = 200)
    void drawsAreDistinctInRangeAndReproducible(@ForAll @IntRange(min = 0, max = 60) int n,
                                               @ForAll @IntRange(min = 1, max = 10) int size, @ForAll long seed) {
        List<Integer> d = Sampler.drawIndices(n, size, seed);
        assertEquals(Math.min(n, size), d.size());
        assertEquals(d.size(), new HashSet<>(d).size());
        assertTrue(d.stream().allMatch(i -> i >= 0 && i < n));
        assertEquals(d, Sampler.drawIndices(n, size, seed));
    }
}
