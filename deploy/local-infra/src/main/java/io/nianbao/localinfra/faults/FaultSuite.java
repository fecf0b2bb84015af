package io.nianbao.localinfra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.localinfra.LocalPipeline;
import io.nianbao.localinfra.Proc;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams distinct good documents through the pipeline in phases; in each phase one fault: kill -9 of a service
 * (then a replacement is launched) or a restart of the broker. Then counts per phase: stored exactly once, lost,
 * duplicated; and over the whole run: every outbox change on reports.changes once by ce_id, no partition left
 * behind, consumer lag zero.
 */
final class FaultSuite {
    private static final List<String> FAULTS = List.of("ingest-service", "parse-service", "validate-service", "store-service", "broker");
    private static final int SENDERS = 4;

    private final LocalPipeline pipeline;
    private final Services services;
    private final Http http;
    private final Samples samples;
    private final int total;
    private final Duration drainTimeout;
    private final List<String> problems = new ArrayList<>();

    FaultSuite(LocalPipeline pipeline, Services services, Samples samples, int total, Duration drainTimeout) {
        this.pipeline = pipeline;
        this.services = services;
        this.http = new Http(pipeline);
        this.samples = samples;
        this.total = total;
        this.drainTimeout = drainTimeout;
    }

    List<String> problems() {
        return problems;
    }

    private record Phase(String fault, List<Samples.Doc> docs, Set<String> accepted, AtomicInteger retries,
                         long readyMs, long drainedMs, int stored) {
    }

    String run() throws Exception {
        int per = total / FAULTS.size();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Phase> phases = new ArrayList<>();
        Set<String> allIds = new HashSet<>();
        try {
            for (int f = 0; f < FAULTS.size(); f++) {
                String fault = FAULTS.get(f);
                int count = f == FAULTS.size() - 1 ? total - per * f : per;
                List<Samples.Doc> docs = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    docs.add(samples.make("fault-" + fault, i));
                }
                docs.forEach(d -> allIds.add(d.id()));
                Set<String> accepted = ConcurrentHashMap.newKeySet();
                AtomicInteger retries = new AtomicInteger();
                List<Future<?>> sends = new ArrayList<>();
                for (Samples.Doc d : docs) {
                    sends.add(pool.submit(() -> send(d, accepted, retries)));
                }
                // the fault strikes once a third of the phase is accepted, while the rest is still being sent
                long wait = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (accepted.size() < count / 3 && System.nanoTime() < wait) {
                    Proc.sleep(50);
                }
                System.out.printf("[faults] %s: %d of %d accepted, injecting the fault%n", fault, accepted.size(), count);
                long t0 = System.nanoTime();
                inject(fault);
                long readyMs = (System.nanoTime() - t0) / 1_000_000;
                for (Future<?> s : sends) {
                    s.get(15, TimeUnit.MINUTES);
                }
                Set<String> ids = new HashSet<>();
                docs.forEach(d -> ids.add(d.id()));
                long deadline = System.nanoTime() + drainTimeout.toNanos();
                int stored;
                while (true) {
                    stored = storedAmong(ids);
                    if (stored == ids.size() || System.nanoTime() > deadline) {
                        break;
                    }
                    Proc.sleep(1000);
                }
                long drainedMs = stored == ids.size() ? (System.nanoTime() - t0) / 1_000_000 : -1;
                phases.add(new Phase(fault, docs, accepted, retries, readyMs, drainedMs, stored));
                System.out.printf("[faults] %s: back after %d ms, %d of %d stored, all after %s%n", fault, readyMs, stored,
                        ids.size(), drainedMs < 0 ? "NOT within " + drainTimeout.toSeconds() + " s" : drainedMs + " ms");
                for (String s : LocalPipeline.SERVICES) {
                    String down = services.alive(s) ? services.livenessDown(s) : "process gone";
                    if (down != null) {
                        problems.add(s + " liveness DOWN after the " + fault + " phase (" + down + ")");
                    }
                    if (!services.alive(s)) {
                        problems.add(s + " was found dead after the " + fault + " phase; relaunched");
                        services.launch(s);
                        services.awaitReady(s, Duration.ofSeconds(180));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return report(phases, allIds);
    }

    /** Posts until ingest answers 202/200 (a client retries on a failed or unanswered request). */
    private void send(Samples.Doc d, Set<String> accepted, AtomicInteger retries) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer a = http.post(d.fileName(), HttpRequest.BodyPublishers.ofByteArray(d.bytes()), "text/plain; charset=UTF-8");
            if (a.status() == 202 || a.status() == 200) {
                if (!d.id().equals(a.field("documentId"))) {
                    synchronized (problems) {
                        problems.add(d.fileName() + ": ingest answered documentId " + a.field("documentId") + ", expected " + d.id());
                    }
                }
                accepted.add(d.id());
                return;
            }
            retries.incrementAndGet();
            Proc.sleep(1000);
        }
        synchronized (problems) {
            problems.add(d.fileName() + ": never accepted by ingest in 10 min");
        }
    }

    private void inject(String fault) {
        if (fault.equals("broker")) {
            pipeline.kafka().close();
            pipeline.kafka().start();
            return;
        }
        services.kill9(fault);
        services.launch(fault);
        services.awaitReady(fault, Duration.ofSeconds(240));
    }

    private int storedAmong(Set<String> ids) {
        String out = pipeline.postgres().psql("nianbao", "SELECT document_id FROM reports");
        int n = 0;
        for (String line : out.split("\n")) {
            if (ids.contains(line.trim())) {
                n++;
            }
        }
        return n;
    }

    private String report(List<Phase> phases, Set<String> allIds) {
        // the database: one documents row and one reports row per id (primary keys), so count them to be sure
        Map<String, Integer> rows = new HashMap<>();
        for (String line : pipeline.postgres().psql("nianbao", "SELECT document_id, count(*) FROM reports GROUP BY document_id").split("\n")) {
            String[] p = line.split("\\|");
            if (p.length == 2) {
                rows.put(p[0], Integer.parseInt(p[1].trim()));
            }
        }
        // the outbox must be relayed before the topic is compared with it
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String unsent = "?";
        while (System.nanoTime() < deadline) {
            unsent = pipeline.postgres().psql("nianbao", "SELECT count(*) FROM outbox WHERE sent_at IS NULL").trim();
            if (unsent.equals("0")) {
                break;
            }
            Proc.sleep(1000);
        }
        Map<String, String> outbox = new HashMap<>(); // id -> document_id|ce_type
        for (String line : pipeline.postgres().psql("nianbao", "SELECT id, document_id, ce_type FROM outbox").split("\n")) {
            String[] p = line.split("\\|");
            if (p.length == 3) {
                outbox.put(p[0], p[1] + "|" + p[2]);
            }
        }
        KafkaView kv = new KafkaView(pipeline.kafka().bootstrapServers());
        Map<String, Integer> ceIds = new HashMap<>();
        Map<String, Set<String>> storedNewByDoc = new HashMap<>();
        int[] events = {0};
        kv.readAll(List.of("reports.changes"), true, r -> {
            events[0]++;
            String ce = r.headers().get("ce_id");
            ceIds.merge(String.valueOf(ce), 1, Integer::sum);
            if ("io.nianbao.report.stored.v1".equals(r.headers().get("ce_type"))) {
                String revision = "?";
                try {
                    JsonNode j = Http.JSON.readTree(r.value());
                    revision = j.path("revision").asText(j.path("data").path("revision").asText("?"));
                } catch (Exception e) {
                    // not JSON: counted below as an event whose revision is unknown
                }
                if (!"replaced".equals(revision)) {
                    storedNewByDoc.computeIfAbsent(r.key(), k -> new HashSet<>()).add(ce);
                }
            }
        });
        Map<String, Integer> rawCopies = new HashMap<>();
        kv.readAll(List.of("reports.raw"), false, r -> rawCopies.merge(r.key(), 1, Integer::sum));
        int deadLetters = 0;
        List<String> dl = new ArrayList<>();
        for (String t : KafkaView.DLQS) {
            int[] c = {0};
            try {
                kv.readAll(List.of(t), false, r -> {
                    if (allIds.contains(r.key())) {
                        c[0]++;
                    }
                });
            } catch (Exception e) {
                // topic never created: no dead letter
            }
            deadLetters += c[0];
            dl.add(t + " " + c[0]);
        }
        // consumer lag back to zero
        Map<String, Map<org.apache.kafka.common.TopicPartition, Long>> lag = kv.lag();
        long lagDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (lag.values().stream().anyMatch(m -> !m.isEmpty()) && System.nanoTime() < lagDeadline) {
            Proc.sleep(2000);
            lag = kv.lag();
        }
        List<String> behind = kv.notConsumedToEnd(List.of("reports.raw", "reports.parsed", "reports.validated"));

        StringBuilder t = new StringBuilder();
        t.append(String.format("%-24s %6s %8s %7s %5s %11s %9s %12s %14s%n", "fault", "sent", "accepted", "stored", "lost",
                "duplicated", "retries", "ready after", "all stored"));
        int sumSent = 0, sumStored = 0, sumLost = 0, sumDup = 0;
        for (Phase p : phases) {
            int lost = 0, dup = 0;
            for (Samples.Doc d : p.docs()) {
                boolean stored = rows.getOrDefault(d.id(), 0) == 1;
                if (!stored) {
                    lost++;
                }
                if (rows.getOrDefault(d.id(), 0) > 1 || storedNewByDoc.getOrDefault(d.id(), Set.of()).size() > 1) {
                    dup++;
                }
            }
            int stored = (int) p.docs().stream().filter(d -> rows.containsKey(d.id())).count();
            sumSent += p.docs().size();
            sumStored += stored;
            sumLost += lost;
            sumDup += dup;
            t.append(String.format("%-24s %6d %8d %7d %5d %11d %9d %10.1f s %12s%n", "kill -9 " .concat(p.fault()).replace("kill -9 broker", "broker restart"),
                    p.docs().size(), p.accepted().size(), stored, lost, dup, p.retries().get(), p.readyMs() / 1000.0,
                    p.drainedMs() < 0 ? "NOT DRAINED" : String.format("%.1f s", p.drainedMs() / 1000.0)));
        }
        t.append(String.format("%-24s %6d %8s %7d %5d %11d%n", "total", sumSent, "", sumStored, sumLost, sumDup));
        long missingEvents = outbox.keySet().stream().filter(id -> !ceIds.containsKey(id)).count();
        long foreign = ceIds.keySet().stream().filter(id -> !outbox.containsKey(id)).count();
        long repeatedRecords = ceIds.values().stream().mapToLong(c -> c - 1).sum();
        long noStoredEvent = allIds.stream().filter(rows::containsKey).filter(id -> !storedNewByDoc.containsKey(id)).count();
        long rawRepeats = allIds.stream().mapToLong(id -> Math.max(0, rawCopies.getOrDefault(id, 0) - 1)).sum();
        t.append(String.format("change events on reports.changes: %d records, %d distinct ce_id; outbox rows %d (unsent %s); "
                        + "outbox ids missing on the topic %d, ce_ids not in the outbox %d, repeated records (same ce_id) %d%n",
                events[0], ceIds.size(), outbox.size(), unsent, missingEvents, foreign, repeatedRecords));
        t.append(String.format("stored documents without a STORED(new) event: %d; with more than one distinct STORED(new) ce_id: %d%n",
                noStoredEvent, storedNewByDoc.entrySet().stream().filter(e -> allIds.contains(e.getKey()) && e.getValue().size() > 1).count()));
        t.append(String.format("reports.raw: %d extra copies of sent documents (absorbed downstream by documentId); dead letters of sent documents: %s%n",
                rawRepeats, String.join(", ", dl)));
        Map<String, Map<org.apache.kafka.common.TopicPartition, Long>> lagNow = lag;
        t.append("consumer lag: ").append(lagNow.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().values().stream().mapToLong(Long::longValue).sum())
                .sorted().reduce((a, b) -> a + ", " + b).orElse("(no groups)")).append('\n');
        t.append("partitions not consumed to their end: ").append(behind.isEmpty() ? "none" : String.join("; ", behind)).append('\n');
        if (sumLost > 0) {
            problems.add(sumLost + " documents lost");
        }
        if (sumDup > 0) {
            problems.add(sumDup + " documents duplicated");
        }
        if (missingEvents > 0 || foreign > 0) {
            problems.add("change events: " + missingEvents + " outbox ids missing on the topic, " + foreign + " unknown ce_ids");
        }
        if (noStoredEvent > 0) {
            problems.add(noStoredEvent + " stored documents without a STORED event");
        }
        if (deadLetters > 0) {
            problems.add(deadLetters + " good documents dead-lettered");
        }
        if (lagNow.values().stream().anyMatch(m -> !m.isEmpty())) {
            problems.add("consumer lag not zero: " + lagNow);
        }
        if (!behind.isEmpty()) {
            problems.add("partitions not consumed to their end: " + behind);
        }
        return t.toString();
    }
}
