package io.nianbao.localinfra.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The measured runs against a running pipeline: parse-service alone (POST /api/parse), end to end as fast as
 * ingest accepts (first accepted → last stored: its STORED change event received, {@link StoredWatch}), and end to
 * end at a fixed offered rate (latency accepted → stored, per document). After each run every stored document is
 * fetched once by GET /api/reports/{id}; one that store does not serve is counted as not stored. Every loop is
 * bounded by a deadline.
 */
final class Runs {
    private final Http http;
    private final String ingestUrl;
    private final String storeUrl;
    private final DeadLetters deadLetters;
    private final StoredWatch watch;

    Runs(Http http, String ingestUrl, String storeUrl, DeadLetters deadLetters, StoredWatch watch) {
        this.http = http;
        this.ingestUrl = ingestUrl;
        this.storeUrl = storeUrl;
        this.deadLetters = deadLetters;
        this.watch = watch;
    }

    /** The stored documents of the last end-to-end run (for {@link #checkServed}). */
    private Map<String, Long> lastStored = Map.of();

    /**
     * The last end-to-end run after the fact: GETs each of its stored documents once (a separate step, so that the
     * CPU time of the run's phase holds the pipeline's work only); the run with those store does not serve removed.
     */
    Throughput checkServed(Throughput t) {
        int missing = unserved(lastStored);
        if (missing == 0) {
            return t;
        }
        return new Throughput(t.docs() - missing, t.seconds(), t.perFormat(), t.failed(),
                (t.note() + " " + missing + " with a STORED event not served by GET /api/reports/{id}").trim());
    }

    /** GETs every stored document once from store's query API; removes and counts those it does not serve. */
    private int unserved(Map<String, Long> stored) {
        int missing = 0;
        for (String id : new ArrayList<>(stored.keySet())) {
            if (http.status(storeUrl + "/api/reports/" + id) != 200) {
                stored.remove(id);
                missing++;
            }
        }
        return missing;
    }

    /** Accepted documents neither stored nor dead-lettered yet. */
    private long open(Map<String, Long> accepted, Map<String, Long> stored) {
        return accepted.keySet().stream().filter(id -> !stored.containsKey(id) && !deadLetters.contains(id)).count();
    }

    /** How many accepted documents went to a dead-letter topic, with the first reason (blank when none). */
    private String deadNote(Map<String, Long> accepted, Map<String, Long> stored) {
        List<String> dead = accepted.keySet().stream().filter(id -> !stored.containsKey(id) && deadLetters.contains(id)).toList();
        if (dead.isEmpty()) {
            return "";
        }
        String reason = deadLetters.reason(dead.get(0));
        return dead.size() + " dead-lettered, not stored (e.g. " + reason.substring(0, Math.min(120, reason.length())) + ")";
    }

    /** Documents per second overall and per format; count of documents that failed. */
    record Throughput(int docs, double seconds, Map<String, double[]> perFormat, int failed, String note) {
        double docsPerSecond() {
            return seconds <= 0 ? 0 : docs / seconds;
        }
    }

    /** parse-service alone: one client thread, one warm-up pass over the first 50, then the timed pass. */
    Throughput parseAlone(String parseUrl, List<Doc> docs) {
        for (Doc d : docs.subList(0, Math.min(50, docs.size()))) {
            http.post(parseUrl, "/api/parse", d.fileName(), d.bytes());
        }
        Map<String, double[]> per = new TreeMap<>(); // docs, seconds
        int failed = 0;
        long t0 = System.nanoTime();
        for (Doc d : docs) {
            long s = System.nanoTime();
            Http.Posted p = http.post(parseUrl, "/api/parse", d.fileName(), d.bytes());
            double dt = (System.nanoTime() - s) / 1e9;
            if (p.status() != 200) {
                failed++;
            }
            double[] f = per.computeIfAbsent(d.format(), k -> new double[2]);
            f[0]++;
            f[1] += dt;
        }
        return new Throughput(docs.size(), (System.nanoTime() - t0) / 1e9, per, failed, "");
    }

    /**
     * End to end as fast as ingest takes them ({@code clients} posting threads): seconds from the first accepted
     * document to the moment the last one is served by store; bounded by {@code timeoutSeconds}.
     */
    Throughput endToEnd(List<Doc> docs, int clients, long timeoutSeconds) {
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        Map<String, Long> stored = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong firstAccepted = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (Doc d : docs) {
            pool.submit(() -> {
                Http.Posted p = http.post(ingestUrl, "/api/documents", d.fileName(), d.bytes());
                long now = System.nanoTime();
                if (p.status() == 202 && p.documentId() != null) {
                    accepted.put(p.documentId(), now);
                    firstAccepted.accumulateAndGet(now, Math::min);
                } else if (p.status() == 200) {
                    duplicates.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                    if (refused.get() <= 3) {
                        System.out.println("[bench] ingest refused " + d.fileName() + ": " + p.status() + " "
                                + p.body().substring(0, Math.min(200, p.body().length())));
                    }
                }
            });
        }
        pool.shutdown();
        boolean postingDone = false;
        while (System.nanoTime() < deadline) {
            postingDone = postingDone || pool.isTerminated();
            sweep(accepted, stored);
            if (postingDone && open(accepted, stored) == 0) {
                break;
            }
            sleep(500);
        }
        pool.shutdownNow();
        lastStored = stored;
        long last = stored.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());
        double seconds = firstAccepted.get() == Long.MAX_VALUE ? 0 : (last - firstAccepted.get()) / 1e9;
        String note = open(accepted, stored) > 0
                ? String.format("TIMED OUT after %d s: %d of %d accepted stored", timeoutSeconds, stored.size(), accepted.size())
                : "";
        note = (note + " " + deadNote(accepted, stored)).trim();
        if (duplicates.get() > 0) {
            note += " " + duplicates.get() + " answered as duplicates";
        }
        return new Throughput(stored.size(), seconds, Map.of(), refused.get(), note.trim());
    }

    /** One pass over the accepted, not yet stored documents: records those whose STORED event arrived, and when. */
    private void sweep(Map<String, Long> accepted, Map<String, Long> stored) {
        for (String id : new ArrayList<>(accepted.keySet())) {
            Long at;
            if (!stored.containsKey(id) && (at = watch.storedAt(id)) != null) {
                stored.put(id, at);
            }
        }
    }

    /** Latency accepted → stored at a fixed offered rate. */
    record Latency(double rate, int offered, int accepted, int stored, double p50, double p95, double p99, double max,
                   double sweepMs, String note) {
    }

    Latency atRate(List<Doc> docs, double rate, long drainSeconds) {
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        Map<String, Long> stored = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Thread dispatcher = new Thread(() -> {
            long t0 = System.nanoTime();
            for (int i = 0; i < docs.size(); i++) {
                long due = t0 + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                }
                Doc d = docs.get(i);
                pool.submit(() -> {
                    Http.Posted p = http.post(ingestUrl, "/api/documents", d.fileName(), d.bytes());
                    if (p.status() == 202 && p.documentId() != null) {
                        accepted.put(p.documentId(), System.nanoTime());
                    } else {
                        refused.incrementAndGet();
                    }
                });
            }
        }, "bench-dispatch");
        dispatcher.start();
        long postingSeconds = (long) Math.ceil(docs.size() / rate) + 30;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(postingSeconds + drainSeconds);
        long sweeps = 0;
        long sweepNanos = 0;
        while (System.nanoTime() < deadline) {
            long s = System.nanoTime();
            sweep(accepted, stored);
            sweeps++;
            sweepNanos += System.nanoTime() - s;
            boolean done = !dispatcher.isAlive() && pool.isShutdown() && pool.isTerminated();
            if (!dispatcher.isAlive() && !pool.isShutdown()) {
                pool.shutdown();
            }
            if (done && open(accepted, stored) == 0) {
                break;
            }
            sleep(20);
        }
        dispatcher.interrupt();
        pool.shutdownNow();
        int unserved = unserved(stored);
        List<Double> lat = new ArrayList<>();
        stored.forEach((id, t) -> lat.add((t - accepted.get(id)) / 1e6));
        Collections.sort(lat);
        long open = open(accepted, stored);
        String note = open > 0 ? String.format("%d accepted documents not stored %d s after the last post", open, drainSeconds) : "";
        note = (note + " " + deadNote(accepted, stored)).trim();
        if (refused.get() > 0) {
            note = (note + " " + refused.get() + " refused/failed posts").trim();
        }
        if (unserved > 0) {
            note = (note + " " + unserved + " with a STORED event not served by GET /api/reports/{id}").trim();
        }
        return new Latency(rate, docs.size(), accepted.size(), stored.size(), pct(lat, 50), pct(lat, 95), pct(lat, 99),
                lat.isEmpty() ? Double.NaN : lat.get(lat.size() - 1), sweeps == 0 ? 0 : sweepNanos / 1e6 / sweeps, note);
    }

    /** Nearest-rank percentile of a sorted list (NaN when empty). */
    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
