package org.inspectorbench.sampling;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawing algorithm of docs/sampling.md ("splitmix64-fisher-yates-v1"): a partial Fisher–Yates
 * shuffle of the candidate indices 0..n-1, driven by SplitMix64 seeded with the recorded seed.
 * Changing anything here changes past draws: add a new algorithm name instead.
 */
public final class Sampler {

    private Sampler() {
    }

    /** The indices drawn, in draw order; all indices in order when n <= size. */
    public static List<Integer> drawIndices(int n, int size, long seed) {
        if (n < 0 || size < 1) {
            throw new IllegalArgumentException("n must be >= 0 and size >= 1");
        }
        List<Integer> result = new ArrayList<>();
        if (n <= size) {
            for (int i = 0; i < n; i++) {
                result.add(i);
            }
            return result;
        }
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        SplitMix64 random = new SplitMix64(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.below(n - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            result.add(a[i]);
        }
        return result;
    }
}
