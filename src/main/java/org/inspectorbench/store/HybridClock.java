package org.inspectorbench.store;

import java.time.Clock;

/**
 * Hands out {@link Revision}s that never go backwards, even when the computer's clock does (a
 * laptop set to the wrong date, then corrected) and across restarts (the last stamp is kept in
 * the workspace). Stamps seen from other authors push the clock forward (HLC receive rule), so
 * an edit made after importing someone's bundle always sorts after what it was based on.
 */
final class HybridClock {

    private final Clock wall;
    private long lastMillis;
    private int lastCounter;

    HybridClock(Clock wall, Revision last) {
        this.wall = wall;
        if (last != null) {
            lastMillis = last.millis();
            lastCounter = last.counter();
        }
    }

    synchronized Revision next(String author) {
        long now = wall.millis();
        if (now > lastMillis) {
            lastMillis = now;
            lastCounter = 0;
        } else if (lastCounter < 0xffff) {
            lastCounter++;
        } else {
            // 65,536 stamps within one millisecond: borrow the next millisecond.
            lastMillis++;
            lastCounter = 0;
        }
        return new Revision(lastMillis, lastCounter, author);
    }

    /** Receive rule: a stamp from elsewhere moves the clock to at least that stamp. */
    synchronized void observe(Revision seen) {
        if (seen.millis() > lastMillis || (seen.millis() == lastMillis && seen.counter() > lastCounter)) {
            lastMillis = seen.millis();
            lastCounter = seen.counter();
        }
    }

    synchronized Revision last(String author) {
        return new Revision(lastMillis, lastCounter, author);
    }
}
