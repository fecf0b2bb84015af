package io.nianbao.localinfra.bench;

import io.nianbao.localinfra.LocalPipeline;
import io.nianbao.localinfra.Proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark behind {@code deploy/local/bench.sh}: generates a corpus, measures plain Tika, parse-service
 * alone, the pipeline end to end with 1..k parse-service instances, latency at fixed offered rates, peak RSS and
 * consumer lag, and prints the figures with the machine's cores and load. Stops by itself (a global deadline)
 * and stops every process it started, also on failure or Ctrl-C.
 */
public final class BenchMain {
    private BenchMain() {
    }

    static final class Options {
        Path root = Path.of(".");
        /** Where the packaged services are ({@code <apps>/<service>/target/quarkus-app}); default: root. */
        Path apps;
        Path state;
        int reports = 1000;
        int sample = 300;
        int latencySeconds = 30;
        List<Double> rates = List.of(20.0, 50.0);
        int maxInstances = 3;
        int clients = 4;
        long e2eTimeout = 300;
        long maxMinutes = 30;
        String corpusCp;
        String tikaCp;
        long seed = 20261201L;
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--root" -> o.root = Path.of(args[++i]);
                case "--state" -> o.state = Path.of(args[++i]);
                case "--apps" -> o.apps = Path.of(args[++i]);
                case "--reports" -> o.reports = Integer.parseInt(args[++i]);
                case "--sample" -> o.sample = Integer.parseInt(args[++i]);
                case "--latency-seconds" -> o.latencySeconds = Integer.parseInt(args[++i]);
                case "--rates" -> {
                    List<Double> r = new ArrayList<>();
                    for (String s : args[++i].split(",")) {
                        r.add(Double.parseDouble(s));
                    }
                    o.rates = r;
                }
                case "--instances" -> o.maxInstances = Integer.parseInt(args[++i]);
                case "--clients" -> o.clients = Integer.parseInt(args[++i]);
                case "--e2e-timeout" -> o.e2eTimeout = Long.parseLong(args[++i]);
                case "--max-minutes" -> o.maxMinutes = Long.parseLong(args[++i]);
                case "--corpus-cp" -> o.corpusCp = args[++i];
                case "--tika-cp" -> o.tikaCp = args[++i];
                case "--seed" -> o.seed = Long.parseLong(args[++i]);
                case "--quick" -> {
                    o.reports = 200;
                    o.sample = 100;
                    o.latencySeconds = 10;
                    o.e2eTimeout = 180;
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (o.apps == null) {
            o.apps = o.root;
        }
        if (o.state == null) {
            o.state = o.root.resolve("deploy/local/state/bench");
        }
        return o;
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Path root = o.apps.toAbsolutePath().normalize();
        Path state = o.state.toAbsolutePath().normalize();
        List<AutoCloseable> toClose = new ArrayList<>();
        Thread cleanup = new Thread(() -> closeAll(toClose), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Duration.ofMinutes(o.maxMinutes).toMillis());
                System.out.println("[bench] global deadline of " + o.maxMinutes + " min reached: stopping");
                System.exit(2); // the shutdown hook stops the processes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int exit = 0;
        try {
            run(o, root, state, toClose);
        } catch (Exception e) {
            System.out.println("[bench] FAILED: " + e.getMessage());
            exit = 1;
        } finally {
            closeAll(toClose);
        }
        System.exit(exit);
    }

    private static synchronized void closeAll(List<AutoCloseable> toClose) {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                System.out.println("[bench] while stopping: " + e.getMessage());
            }
        }
        toClose.clear();
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, load " + load();
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static void say(String s) {
        System.out.println("[bench] " + s);
    }

    private static void run(Options o, Path root, Path state, List<AutoCloseable> toClose) throws Exception {
        long tStart = System.nanoTime();
        say("start " + Instant.now() + " on " + machine() + "; " + o.reports + " reports per end-to-end run, "
                + "rates " + o.rates + " docs/s for " + o.latencySeconds + " s, 1.." + o.maxInstances + " parse-service instances");
        deleteTree(state);
        Files.createDirectories(state);
        Path corpus = state.resolve("corpus");
        Map<String, Integer> sets = new LinkedHashMap<>();
        for (int k = 1; k <= o.maxInstances; k++) {
            sets.put("e2e-" + k, o.reports);
        }
        for (double r : o.rates) {
            sets.put("rate-" + (int) r, (int) Math.round(r * o.latencySeconds));
        }
        List<String> gen = new ArrayList<>(List.of(Proc.javaBin(), "-Xmx1g", "-cp", o.corpusCp,
                "io.nianbao.localinfra.bench.Corpus", corpus.toString(), Long.toString(o.seed), "0.05"));
        sets.forEach((n, c) -> gen.add(n + "=" + c));
        long tg = System.nanoTime();
        for (String line : Proc.run(Duration.ofMinutes(10), gen).split("\n")) {
            if (line.startsWith("corpus ")) {
                say(line);
            }
        }
        say(String.format("corpus generated in %.0f s", secs(tg)));
        Map<String, List<Doc>> docs = new LinkedHashMap<>();
        sets.keySet().forEach(n -> docs.put(n, Doc.load(corpus.resolve(n))));
        Map<String, Integer> mix = new TreeMap<>();
        docs.get("e2e-1").forEach(d -> mix.merge(d.format(), 1, Integer::sum));
        long nearDups = Corpus.readIndex(corpus.resolve("e2e-1")).stream().filter(r -> !r[3].equals("-")).count();
        say("mix of each end-to-end set: " + mix + ", of which " + nearDups + " near-duplicates");

        // the sample for Tika and parse-service alone: the first documents of the first end-to-end set
        Path sampleDir = state.resolve("sample");
        writeSample(corpus.resolve("e2e-1"), sampleDir, o.sample);
        List<Doc> sample = Doc.load(sampleDir);

        // 1. plain Tika
        say("1/8 plain Tika over " + sample.size() + " documents (one JVM, one thread, warm-up pass first) ...");
        Map<String, Double> tika = new TreeMap<>();
        String tikaLoad = load();
        for (String line : Proc.run(Duration.ofMinutes(10), List.of(Proc.javaBin(), "-Xmx1g", "-cp", o.tikaCp,
                "io.nianbao.localinfra.bench.TikaBaseline", sampleDir.toString())).split("\n")) {
            if (line.startsWith("TIKA ")) {
                String[] f = line.trim().split(" ");
                tika.put(f[1], Double.parseDouble(f[3]));
            }
        }

        // the pipeline
        say("starting the pipeline (Kafka, PostgreSQL, four services) ...");
        LocalPipeline pipeline = new LocalPipeline(root, state.resolve("pipeline"), 0, 0, 0);
        toClose.add(pipeline);
        pipeline.start();
        Http http = new Http(pipeline.apiKey());
        Samplers samplers = new Samplers(pipeline.kafka().bootstrapServers(), 3, pipeline.postgres().dataDir().toString());
        toClose.add(samplers);
        ParseInstances extra = new ParseInstances(root, state.resolve("pipeline/logs"), pipeline.kafka().bootstrapServers(), pipeline.apiKey());
        toClose.add(extra);
        DeadLetters deadLetters = new DeadLetters(pipeline.kafka().bootstrapServers());
        toClose.add(deadLetters);
        StoredWatch watch = new StoredWatch(pipeline.kafka().bootstrapServers());
        toClose.add(watch);
        Runs runs = new Runs(http, pipeline.url("ingest-service"), pipeline.url("store-service"), deadLetters, watch);

        // 2. parse-service alone
        samplers.phase("parse-alone");
        say("2/8 parse-service alone: POST /api/parse, the same " + sample.size() + " documents, one client ...");
        String parseLoad = load();
        Runs.Throughput parseAlone = runs.parseAlone(pipeline.url("parse-service"), sample);

        // 3 and 7. end to end with 1..k parse-service instances
        Map<Integer, Runs.Throughput> e2e = new LinkedHashMap<>();
        Map<Integer, String> e2eLoad = new LinkedHashMap<>();
        Map<Integer, List<Runs.Latency>> latencies = new LinkedHashMap<>();
        for (int k = 1; k <= o.maxInstances; k++) {
            if (k > 1) {
                say("starting parse-service instance #" + k + " ...");
                extra.startOne(http);
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (samplers.members("parse-service") < k && System.nanoTime() < until) {
                    Proc.sleep(500);
                }
                int members = samplers.members("parse-service");
                say("consumer group parse-service: " + members + " members" + (members < k
                        ? " (fewer than the " + k + " instances started: an instance whose channel failed has left the group; see its log)" : ""));
            }
            samplers.phase("e2e-" + k + "x");
            say((k == 1 ? "3/8" : "7/8") + " end to end, " + k + " parse-service instance(s): " + o.reports
                    + " reports posted by " + o.clients + " clients ...");
            e2eLoad.put(k, load());
            Runs.Throughput t = runs.endToEnd(docs.get("e2e-" + k), o.clients, o.e2eTimeout);
            samplers.phase("served-" + k + "x");
            t = runs.checkServed(t);
            e2e.put(k, t);
            e2eLoad.put(k, e2eLoad.get(k) + " -> " + load());
            say(String.format("   %d stored in %.1f s: %.1f docs/s %s", t.docs(), t.seconds(), t.docsPerSecond(), t.note()));
        }
        // 4. latency at fixed offered rates, back to one parse-service instance; last, so that a backlog an
        // offered rate leaves behind cannot slow the throughput runs
        if (extra.count() > 0) {
            say("stopping the extra parse-service instances ...");
            extra.close();
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // one member left, and the group done rebalancing: the latency runs measure the pipeline, not the
            // partitions' move back to the remaining instance
            while ((samplers.members("parse-service") > 1 || !samplers.stable("parse-service")) && System.nanoTime() < until) {
                Proc.sleep(500);
            }
        }
        List<Runs.Latency> ls = new ArrayList<>();
        for (double r : o.rates) {
            samplers.phase("rate-" + (int) r);
            say("4/8 latency at " + (int) r + " docs/s offered for " + o.latencySeconds + " s, one parse-service instance ...");
            Runs.Latency l = runs.atRate(docs.get("rate-" + (int) r), r, 180);
            ls.add(l);
            say(String.format("   p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (load %s) %s", l.p50(), l.p95(), l.p99(), load(), l.note()));
        }
        latencies.put(1, ls);
        samplers.phase("end");
        Proc.sleep(1500);
        samplers.close();
        toClose.remove(samplers);
        print(o, sample.size(), tika, tikaLoad, parseAlone, parseLoad, e2e, e2eLoad, latencies.get(1), samplers, secs(tStart));
    }

    private static void print(Options o, int sampleSize, Map<String, Double> tika, String tikaLoad, Runs.Throughput parseAlone,
                              String parseLoad, Map<Integer, Runs.Throughput> e2e, Map<Integer, String> e2eLoad,
                              List<Runs.Latency> lat, Samplers samplers, double totalSeconds) {
        StringBuilder b = new StringBuilder();
        b.append("\n==================== nianbao bench ").append(Instant.now()).append(" ====================\n");
        b.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (availableProcessors), ")
                .append(String.format("%.0f GB RAM", memGb())).append("; load average now ").append(load())
                .append(" (other builds share the machine)\n");
        b.append("\n1+2. extraction on the same ").append(sampleSize).append(" documents, one thread (docs/s)\n");
        b.append(String.format("  %-6s %10s %16s %8s%n", "format", "plain Tika", "parse-service", "ratio"));
        for (String f : new java.util.TreeSet<>(tika.keySet())) {
            if (f.equals("all")) {
                continue;
            }
            double[] p = parseAlone.perFormat().get(f);
            double ps = p == null ? Double.NaN : p[0] / p[1];
            b.append(String.format("  %-6s %10.1f %16.1f %7.2fx%n", f, tika.get(f), ps, ps / tika.get(f)));
        }
        b.append(String.format("  all    %10.1f %16.1f   (parse-service: POST /api/parse, HTTP included; %d failed)%n",
                tika.getOrDefault("all", Double.NaN), parseAlone.docsPerSecond(), parseAlone.failed()));
        b.append("  load during Tika: ").append(tikaLoad).append("; during parse-service: ").append(parseLoad).append('\n');

        b.append("\n3+7. end to end (first accepted -> last stored = its STORED change event received from reports.changes; each then served by GET /api/reports/{id}), ")
                .append(o.reports).append(" distinct reports per run incl. ~5% near-duplicates, ").append(o.clients).append(" posting clients\n");
        b.append(String.format("  %-10s %7s %9s %9s %12s  %s%n", "parse inst", "stored", "seconds", "docs/s", "vs parse", "load (before -> after)"));
        Runs.Throughput one = e2e.get(1);
        for (var e : e2e.entrySet()) {
            Runs.Throughput t = e.getValue();
            b.append(String.format("  %-10d %7d %9.1f %9.1f %11.2fx  %s %s%n", e.getKey(), t.docs(), t.seconds(), t.docsPerSecond(),
                    t.docsPerSecond() / parseAlone.docsPerSecond(), e2eLoad.get(e.getKey()), t.note()));
        }
        b.append("  (run k starts with the reports of runs 1..k-1 and the latency runs already stored)\n");
        b.append("  scaling on ").append(Runtime.getRuntime().availableProcessors()).append(" cores: ").append(flattening(e2e)).append('\n');

        b.append("\n4. latency ingest accepted -> stored (STORED change event received; each then served by GET), one parse-service instance\n");
        b.append(String.format("  %-8s %7s %8s %7s %8s %8s %8s %8s %9s%n", "offered", "posted", "accepted", "stored", "p50 ms", "p95 ms", "p99 ms", "max ms", "poll ms"));
        for (Runs.Latency l : lat) {
            b.append(String.format("  %-8s %7d %8d %7d %8.0f %8.0f %8.0f %8.0f %9.0f  %s%n", (int) l.rate() + "/s", l.offered(), l.accepted(),
                    l.stored(), l.p50(), l.p95(), l.p99(), l.max(), l.sweepMs(), l.note()));
        }

        b.append("\n5. resident memory (MB): peak VmRSS sampled each second per phase; VmHWM = the process's own peak\n");
        Map<String, Map<String, Long>> rss = samplers.rssByPhase();
        Map<String, Long> hwm = samplers.hwm();
        List<String> roles = new ArrayList<>(hwm.keySet());
        java.util.Collections.sort(roles);
        b.append(String.format("  %-14s", "phase"));
        roles.forEach(r -> b.append(String.format(" %16s", r)));
        b.append('\n');
        rss.forEach((phase, m) -> {
            b.append(String.format("  %-14s", phase));
            roles.forEach(r -> b.append(String.format(" %16s", m.containsKey(r) ? Long.toString(m.get(r) / 1024) : "-")));
            b.append('\n');
        });
        b.append(String.format("  %-14s", "VmHWM"));
        roles.forEach(r -> b.append(String.format(" %16d", hwm.get(r) / 1024)));
        List<String> jvm = io.nianbao.localinfra.LocalPipeline.serviceJvm("<service>");
        b.append("\n  (services run with ").append(String.join(" ", jvm.subList(1, jvm.size())))
                .append(" and MALLOC_ARENA_MAX=").append(io.nianbao.localinfra.LocalPipeline.serviceEnv("").get("MALLOC_ARENA_MAX"))
                .append(" as LocalPipeline starts them; the broker with -Xmx512m)\n");

        b.append("\n5b. CPU seconds used per phase (utime+stime; postgresql = postmaster and backends; bench = the posting clients),\n"
                + "    and in the end-to-end phases per stored document (ms): where the machine's cycles go\n");
        Map<String, Map<String, Double>> cpu = samplers.cpuByPhase();
        java.util.TreeSet<String> cpuRoles = new java.util.TreeSet<>();
        cpu.values().forEach(m -> cpuRoles.addAll(m.keySet()));
        b.append(String.format("  %-14s", "phase"));
        cpuRoles.forEach(r -> b.append(String.format(" %16s", r)));
        b.append(String.format(" %9s%n", "all"));
        cpu.forEach((phase, m) -> {
            b.append(String.format("  %-14s", phase));
            cpuRoles.forEach(r -> b.append(String.format(" %16s", m.containsKey(r) ? String.format("%.1f", m.get(r)) : "-")));
            b.append(String.format(" %9.1f%n", m.values().stream().mapToDouble(Double::doubleValue).sum()));
            if (phase.startsWith("e2e-")) {
                Runs.Throughput t = e2e.get(Integer.parseInt(phase.substring(4, phase.length() - 1)));
                if (t != null && t.docs() > 0) {
                    b.append(String.format("  %-14s", "  ms/doc"));
                    cpuRoles.forEach(r -> b.append(String.format(" %16s", m.containsKey(r) ? String.format("%.1f", 1000 * m.get(r) / t.docs()) : "-")));
                    b.append(String.format(" %9.1f%n", 1000 * m.values().stream().mapToDouble(Double::doubleValue).sum() / t.docs()));
                }
            }
        });

        b.append("\n6. consumer lag per stage (end offset - committed offset; sampled every 3 s; -1 = group or topic not there yet;\n"
                + "   offsets are committed a few seconds after processing, so a small lag can remain after the last record is stored)\n");
        b.append(String.format("  %7s %-12s %12s %12s %12s%n", "t s", "phase", "reports.raw", "rep.parsed", "rep.validated"));
        String lastPrinted = null;
        for (Samplers.Lag l : samplers.lags()) {
            String row = l.lag()[0] + "/" + l.lag()[1] + "/" + l.lag()[2];
            boolean idle = l.lag()[0] <= 0 && l.lag()[1] <= 0 && l.lag()[2] <= 0;
            if (idle && row.equals(lastPrinted)) {
                continue; // idle stretches once
            }
            lastPrinted = row;
            b.append(String.format("  %7.0f %-12s %12d %12d %12d%n", l.t(), l.phase(), l.lag()[0], l.lag()[1], l.lag()[2]));
        }

        b.append("\n8. projection: re-checking one million reports on this machine\n");
        double best = e2e.values().stream().mapToDouble(Runs.Throughput::docsPerSecond).max().orElse(0);
        int bestK = e2e.entrySet().stream().max((x, y) -> Double.compare(x.getValue().docsPerSecond(), y.getValue().docsPerSecond()))
                .map(Map.Entry::getKey).orElse(1);
        b.append(String.format("  at %.1f docs/s (1 parse-service instance): %.1f hours%n", one.docsPerSecond(), 1e6 / one.docsPerSecond() / 3600));
        b.append(String.format("  at %.1f docs/s (best, %d instance(s)):       %.1f hours%n", best, bestK, 1e6 / best / 3600));
        b.append(String.format("  (parse-service alone would take %.1f hours; plain Tika %.1f hours)%n",
                1e6 / parseAlone.docsPerSecond() / 3600, 1e6 / tika.getOrDefault("all", Double.NaN) / 3600));
        b.append(String.format("%nbench took %.0f s; load average at the end %s%n", totalSeconds, load()));
        System.out.print(b);
    }

    static String flattening(Map<Integer, Runs.Throughput> e2e) {
        StringBuilder s = new StringBuilder();
        Integer flatAt = null;
        for (int k = 2; e2e.containsKey(k); k++) {
            double gain = e2e.get(k).docsPerSecond() / e2e.get(k - 1).docsPerSecond();
            s.append(String.format("%d->%d instances %.2fx; ", k - 1, k, gain));
            if (flatAt == null && gain < 1.10) {
                flatAt = k;
            }
        }
        if (flatAt != null) {
            s.append("no gain of 10% or more from ").append(flatAt).append(" instances on: the curve is flat there");
        } else if (e2e.size() > 1) {
            s.append("still gaining at ").append(e2e.size()).append(" instances");
        }
        return s.toString();
    }

    static double memGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return Double.NaN;
    }

    private static void writeSample(Path from, Path to, int n) throws IOException {
        Files.createDirectories(to);
        List<String> lines = new ArrayList<>();
        for (String[] row : Corpus.readIndex(from)) {
            if (lines.size() >= n) {
                break;
            }
            Files.copy(from.resolve(row[0]), to.resolve(row[0]));
            lines.add(String.join("\t", row));
        }
        Files.write(to.resolve("index.tsv"), lines, StandardCharsets.UTF_8);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
