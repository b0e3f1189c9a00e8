package org.inspectorbench.monitoring.probe;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProberTest {

    @Test
    void slowSiteTimesOutErrorStatusFailsAndTheScheduleIsSpread() throws Exception {
        try (LocalSites sites = new LocalSites(2500)) {
            ProbePlan plan = new ProbePlan(List.of(sites.uri("/ok"), sites.uri("/slow"), sites.uri("/error")),
                    1, 2, Duration.ofSeconds(2), Duration.ofSeconds(1));
            List<Instant> dues = new ArrayList<>();
            HttpClient client = HttpClient.newHttpClient();
            // Warm the JVM's HTTP stack up first: on a loaded machine its first use alone can take a second.
            client.send(java.net.http.HttpRequest.newBuilder(sites.uri("/ok")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            Prober prober = new Prober(client, Clock.systemUTC(), dues::add);
            List<ProbeResult> results = new ArrayList<>();
            long visits = prober.run(plan, results::addAll);

            assertEquals(6, visits, "1 day x 2 a day x 3 sites, no more");
            assertEquals(6, results.size());
            assertEquals(2, dues.size());
            for (int i = 1; i < dues.size(); i++) {
                assertEquals(Duration.ofSeconds(1), Duration.between(dues.get(i - 1), dues.get(i)), "a 2 s day / 2 = 1 s apart");
            }
            for (int round = 0; round < 2; round++) {
                ProbeResult ok = results.get(3 * round);
                ProbeResult slow = results.get(3 * round + 1);
                ProbeResult error = results.get(3 * round + 2);
                assertNotNull(ok.seconds(), String.valueOf(ok));
                assertTrue(ok.seconds().doubleValue() < 1, "the fast site is not charged the slow site's wait: " + ok);
                assertNull(slow.seconds());
                assertEquals("timeout after 1 s", slow.failure());
                assertEquals("HTTP 503", error.failure());
            }
        }
    }

    @Test
    void absurdPlansAreRefused() {
        List<URI> one = List.of(URI.create("http://127.0.0.1:1/"));
        Duration day = Duration.ofDays(1);
        Duration t = Duration.ofSeconds(15);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ProbePlan(one, 15, 20, day, t)).getMessage().contains("--days 15"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ProbePlan(one, 7, 1000, day, t)).getMessage().contains("--per-day 1000"));
        assertThrows(IllegalArgumentException.class, () -> new ProbePlan(one, 7, 20, day, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ProbePlan(List.of(URI.create("ftp://x/")), 7, 20, day, t));
        List<URI> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(URI.create("http://127.0.0.1:1/" + i));
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ProbePlan(many, 14, 288, day, t))
                .getMessage().contains("more than 100000"));
        ProbePlan week = new ProbePlan(one, 7, 24, day, t);
        assertEquals(Duration.ofHours(1), week.interval());
        assertEquals(168, week.totalChecks());
    }
}
