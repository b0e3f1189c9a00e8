package org.inspectorbench.monitoring.probe;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a probe run will do: every {@code dayLength / perDay}, visit every site once, for {@code days}
 * days. The limits keep a typing mistake from hammering a government website or running for a month.
 *
 * @param dayLength the length of a "day" of the schedule: one day in real use; shorter only in tests
 */
public record ProbePlan(List<URI> sites, int days, int perDay, Duration dayLength, Duration timeout) {

    public static final int MAX_SITES = 200;
    public static final int MAX_DAYS = 14;
    /** One visit every 5 minutes at most: the rubric asks for 20 a day. */
    public static final int MAX_PER_DAY = 288;
    public static final int MAX_CHECKS = 100_000;
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(100);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    /** @throws IllegalArgumentException with a message for the user when a value is out of bounds */
    public ProbePlan {
        sites = List.copyOf(sites);
        if (sites.isEmpty() || sites.size() > MAX_SITES) {
            throw new IllegalArgumentException("the sites file lists " + sites.size() + " sites; give 1.." + MAX_SITES);
        }
        for (URI u : sites) {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException("\"" + u + "\" is not an http:// or https:// address");
            }
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days " + days + " is out of range 1.." + MAX_DAYS + " (the rubric monitors 1 week: 7)");
        }
        if (perDay < 1 || perDay > MAX_PER_DAY) {
            throw new IllegalArgumentException("--per-day " + perDay + " is out of range 1.." + MAX_PER_DAY + " (the rubric asks for at least 20)");
        }
        long checks = (long) days * perDay * sites.size();
        if (checks > MAX_CHECKS) {
            throw new IllegalArgumentException(days + " days x " + perDay + " a day x " + sites.size() + " sites = " + checks
                    + " checks, more than " + MAX_CHECKS + ": monitor fewer sites or visit less often");
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("--timeout must be between 0.1 and 60 seconds");
        }
        if (dayLength.compareTo(Duration.ofSeconds(1)) < 0 || dayLength.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("the day length must be between 1 second and 1 day");
        }
    }

    public long totalChecks() {
        return (long) days * perDay * sites.size();
    }

    /** The time between two rounds of visits. */
    public Duration interval() {
        return dayLength.dividedBy(perDay);
    }

    /** When the last round starts, from the start of the run. */
    public Duration lastRoundAfter() {
        return interval().multipliedBy((long) days * perDay - 1);
    }
}
