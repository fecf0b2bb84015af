package io.nianbao.localinfra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.localinfra.LocalPipeline;
import io.nianbao.localinfra.Proc;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Posts every file of the hostile corpus to ingest and records where it stopped (refusal, dead letter, stored),
 * whether a service died or ran out of memory, and how long a good document sent right after took to be stored.
 */
final class HostileTable {
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(90);
    private static final Duration GOOD_WAIT = Duration.ofSeconds(120);

    /** Starts a fresh pipeline in place of a wedged one and returns it (its Services from {@link #services}). */
    interface Restart {
        LocalPipeline fresh();
    }

    private LocalPipeline pipeline;
    private Services services;
    private Http http;
    private KafkaView kafka;
    private final Restart restart;
    private final java.util.function.Supplier<Services> servicesOf;
    private final Samples samples;
    private final List<String> problems = new ArrayList<>();
    private boolean wedged;

    HostileTable(LocalPipeline pipeline, java.util.function.Supplier<Services> servicesOf, Samples samples, Restart restart) {
        this.servicesOf = servicesOf;
        this.restart = restart;
        this.samples = samples;
        use(pipeline);
    }

    private void use(LocalPipeline p) {
        this.pipeline = p;
        this.services = servicesOf.get();
        this.http = new Http(p);
        this.kafka = new KafkaView(p.kafka().bootstrapServers());
        kafka.ensureTopics(KafkaView.DLQS);
    }

    List<String> problems() {
        return problems;
    }

    String run(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Long> base = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            base.add(goodDoc("baseline", i));
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format("good document alone (baseline, 3 runs): %s ms%n", base));
        t.append(String.format("%-22s %10s  %-44s %-70s %s%n", "input", "bytes", "where it stopped", "answer", "good doc after"));
        int n = 0;
        for (Path f : files) {
            Map<String, Long> logOffsets = new HashMap<>();
            for (String s : LocalPipeline.SERVICES) {
                logOffsets.put(s, size(pipeline.logOf(s)));
            }
            String[] outcome = outcome(f);
            wedged = false;
            String health = health(logOffsets);
            String goodAfter;
            if (wedged) {
                goodAfter = "not sent: a stage is down";
            } else {
                long good = goodDoc("after-" + f.getFileName(), n++);
                goodAfter = good < 0 ? "NOT STORED in " + GOOD_WAIT.toSeconds() + " s" : good + " ms";
                if (good < 0) {
                    problems.add(f.getFileName() + ": the good document after it was not stored in " + GOOD_WAIT.toSeconds() + " s");
                    wedged = true;
                }
            }
            String row = String.format("%-22s %10d  %-44s %-70s %s%s", f.getFileName(), Files.size(f), outcome[0],
                    clip(outcome[1], 70), goodAfter, health.isEmpty() ? "" : "  " + health);
            System.out.println("[hostile] " + row);
            t.append(row).append('\n');
            if (wedged) {
                System.out.println("[hostile] the pipeline is wedged: starting a fresh one for the next input");
                t.append("  (pipeline wedged: a fresh one was started for the next input)\n");
                use(restart.fresh());
            }
        }
        return t.toString();
    }

    /** {where it stopped, answer}. */
    private String[] outcome(Path f) {
        Http.Answer a = http.postFile(f);
        if (a.status() < 0) {
            problems.add(f.getFileName() + ": no HTTP answer (" + a.error() + ")");
            return new String[] {"ingest: no answer", a.error()};
        }
        if (a.status() >= 300) {
            String ct = a.json() == null ? "(body not JSON: " + clip(String.valueOf(a.body()), 30) + ")" : a.field("type");
            if (a.json() == null) {
                problems.add(f.getFileName() + ": refusal " + a.status() + " without problem JSON");
            }
            return new String[] {"ingest refused " + a.status(), ct + (a.field("title") == null ? "" : " — " + a.field("title"))};
        }
        String id = a.field("documentId");
        if (id == null) {
            return new String[] {"ingest " + a.status() + " without documentId", clip(a.body(), 60)};
        }
        long deadline = System.nanoTime() + OUTCOME_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (http.storeStatus(id) == 200) {
                JsonNode r = pipeline.get("store-service", "/api/reports/" + id);
                String status = r == null ? "?" : r.path("status").asText(r.path("summary").path("status").asText("?"));
                JsonNode rep = r == null ? null : r.path("report");
                return new String[] {"accepted " + a.status() + ", stored", "status " + status
                        + (rep == null ? "" : ", agency " + rep.path("agency").asText("-") + ", year " + rep.path("reportYear").asText("-"))};
            }
            String[] dl = deadLetter(id);
            if (dl != null) {
                return dl;
            }
            for (String s : List.of("parse-service", "validate-service", "store-service")) {
                String down = services.alive(s) ? services.livenessDown(s) : "process gone";
                if (down != null && http.storeStatus(id) != 200 && deadLetter(id) == null) {
                    problems.add(f.getFileName() + ": accepted as " + id + ", then " + s + " went down: " + down);
                    return new String[] {"accepted " + a.status() + ", " + s + " DOWN", down};
                }
            }
            Proc.sleep(1000);
        }
        problems.add(f.getFileName() + ": accepted as " + id + " but neither stored nor dead-lettered in " + OUTCOME_WAIT.toSeconds() + " s");
        return new String[] {"accepted " + a.status() + ", NO OUTCOME", "neither stored nor dead-lettered in " + OUTCOME_WAIT.toSeconds() + " s"};
    }

    private String[] deadLetter(String id) {
        String[][] found = new String[1][];
        kafka.readAll(KafkaView.DLQS, false, r -> {
            if (id.equals(r.key()) && found[0] == null) {
                String reason = r.headers().getOrDefault("nb-failure-reason", r.headers().get("dead-letter-reason"));
                found[0] = new String[] {"accepted, dead letter " + r.topic(), String.valueOf(reason)};
            }
        });
        return found[0];
    }

    /** Every service still alive and no OutOfMemoryError in its log since the offsets; relaunches a dead one. */
    private String health(Map<String, Long> logOffsets) {
        List<String> bad = new ArrayList<>();
        for (String s : LocalPipeline.SERVICES) {
            String added = readFrom(pipeline.logOf(s), logOffsets.get(s));
            if (added.contains("OutOfMemoryError")) {
                bad.add(s + " OOM");
            }
            if (!services.alive(s)) {
                bad.add(s + " DIED (relaunched)");
                services.launch(s);
                services.awaitReady(s, Duration.ofSeconds(180));
            } else {
                String down = services.livenessDown(s);
                if (down != null) {
                    bad.add(s + " liveness DOWN");
                    wedged = true;
                }
            }
        }
        if (!bad.isEmpty()) {
            problems.addAll(bad);
        }
        return bad.isEmpty() ? "" : "!! " + String.join(", ", bad);
    }

    /** Milliseconds from the POST of a fresh good document until store serves it; -1 if not within GOOD_WAIT. */
    private long goodDoc(String tag, int n) {
        Samples.Doc d = samples.make(tag, n);
        long t0 = System.nanoTime();
        Http.Answer a = http.post(d.fileName(), HttpRequest.BodyPublishers.ofByteArray(d.bytes()), "text/plain; charset=UTF-8");
        if (a.status() != 202 && a.status() != 200) {
            problems.add("good document " + d.fileName() + " refused: " + a.status() + " " + a.body() + " " + a.error());
            return -1;
        }
        long deadline = t0 + GOOD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (http.storeStatus(d.id()) == 200) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Proc.sleep(100);
        }
        return -1;
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readFrom(Path p, long offset) {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            long len = f.length();
            if (len <= offset) {
                return "";
            }
            f.seek(offset);
            byte[] b = new byte[(int) Math.min(len - offset, 64L * 1024 * 1024)];
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static String clip(String s, int n) {
        if (s == null) {
            return "-";
        }
        s = s.replace('\n', ' ').replace('\r', ' ');
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
