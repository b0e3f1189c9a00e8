package org.inspectorbench.sampling;

/**
 * SplitMix64 (Steele, Lea, Flood 2014; the reference constants of Vigna's splitmix64.c): a fixed,
 * published generator, so that a recorded seed redraws the same sample on any JVM and any future
 * version of this program. java.util.Random is not used: the office must be able to reproduce a
 * draw with nothing but docs/sampling.md.
 */
public final class SplitMix64 {

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64 bits (to be read as unsigned). */
    public long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform integer in [0, bound): unsigned values below 2^64 mod bound are rejected so that
     * every result is equally likely; the rest are reduced mod bound.
     */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long threshold = Long.remainderUnsigned(-(long) bound, bound);
        while (true) {
            long r = next();
            if (Long.compareUnsigned(r, threshold) >= 0) {
                return (int) Long.remainderUnsigned(r, bound);
            }
        }
    }
}
