package org.inspectorbench.monitoring.probe;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Collects a monitoring log for 站点无法访问 (docs/monitoring.md): rounds of visits spread evenly over
 * each day, every site of a round visited at once, each visit bounded by the timeout. A visit that
 * does not complete (headers and body) within the timeout, fails to connect, or answers with an
 * HTTP error status is a failure; otherwise its seconds are recorded.
 */
public final class Prober {

    /** Where results go, one round at a time (so a stopped run keeps every finished round). */
    public interface Sink {
        void round(List<ProbeResult> results) throws IOException;
    }

    /** Waits until an instant; tests replace it to check the schedule without waiting. */
    public interface Sleeper {
        void sleepUntil(Instant due) throws InterruptedException;
    }

    private final HttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public Prober(HttpClient client, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The real thing: the system clock, real sleeping, redirects followed. */
    public static Prober standard(Duration connectTimeout) {
        Clock clock = Clock.systemDefaultZone();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(connectTimeout).build();
        return new Prober(client, clock, due -> {
            long ms = Duration.between(clock.instant(), due).toMillis();
            if (ms > 0) {
                Thread.sleep(ms);
            }
        });
    }

    /** Runs the plan; returns the number of visits made. */
    public long run(ProbePlan plan, Sink sink) throws IOException, InterruptedException {
        Instant start = clock.instant();
        long rounds = (long) plan.days() * plan.perDay();
        long visits = 0;
        for (long r = 0; r < rounds; r++) {
            sleeper.sleepUntil(start.plus(plan.interval().multipliedBy(r)));
            List<ProbeResult> results = round(plan);
            sink.round(results);
            visits += results.size();
        }
        return visits;
    }

    private List<ProbeResult> round(ProbePlan plan) throws InterruptedException {
        OffsetDateTime time = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<CompletableFuture<Timed>> futures = new ArrayList<>();
        long[] started = new long[plan.sites().size()];
        for (int i = 0; i < started.length; i++) {
            URI site = plan.sites().get(i);
            HttpRequest request = HttpRequest.newBuilder(site).timeout(plan.timeout()).GET()
                    .header("User-Agent", "InspectorWorkbench/0.1 (government-website availability check)").build();
            // Each visit is timed from its own start: sending the first ones must not count against the last.
            started[i] = System.nanoTime();
            futures.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> new Timed(response.statusCode(), System.nanoTime())));
        }
        List<ProbeResult> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            String url = plan.sites().get(i).toString();
            CompletableFuture<Timed> f = futures.get(i);
            long leftNanos = plan.timeout().toNanos() - (System.nanoTime() - started[i]);
            try {
                Timed response = f.get(Math.max(0, leftNanos), TimeUnit.NANOSECONDS);
                // Each visit's own completion time: a slow site must not make the next one look slow.
                BigDecimal seconds = BigDecimal.valueOf(response.completedNanos() - started[i], 9).setScale(3, RoundingMode.HALF_UP);
                results.add(response.status() >= 400
                        ? new ProbeResult(time, url, null, "HTTP " + response.status())
                        : new ProbeResult(time, url, seconds, null));
            } catch (TimeoutException e) {
                f.cancel(true);
                results.add(new ProbeResult(time, url, null, "timeout after " + seconds(plan.timeout()) + " s"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String what = cause instanceof java.net.http.HttpTimeoutException
                        ? "timeout after " + seconds(plan.timeout()) + " s"
                        : "fail: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
                results.add(new ProbeResult(time, url, null, what));
            }
        }
        return results;
    }

    private record Timed(int status, long completedNanos) {
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
