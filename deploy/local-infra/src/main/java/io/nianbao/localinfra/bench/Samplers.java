package io.nianbao.localinfra.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Background samplers: resident memory of the processes this JVM started (services and broker, from
 * /proc/&lt;pid&gt;/status) every second, and consumer lag per stage every few seconds (Kafka AdminClient:
 * committed offsets of each group against the end offsets of the topic it consumes), and the CPU time each of
 * them used per phase (utime + stime of /proc/&lt;pid&gt;/stat; PostgreSQL = its postmaster and all its backends;
 * "bench" = this JVM: the posting clients and the samplers).
 */
final class Samplers implements AutoCloseable {
    /** Stage: consumer group and the topic it reads. */
    static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("parse-service", "reports.raw");
        STAGES.put("validate-service", "reports.parsed");
        STAGES.put("store-service", "reports.validated");
    }

    /** One lag sample: seconds since the bench start, phase, lag per stage (-1 unknown). */
    record Lag(double t, String phase, long[] lag) {
    }

    private final long t0 = System.nanoTime();
    private final Admin admin;
    private final List<Lag> lags = new ArrayList<>();
    /** phase -> role -> max VmRSS kB seen. */
    private final Map<String, Map<String, Long>> rssByPhase = new LinkedHashMap<>();
    /** role -> last VmHWM kB seen (peak over the process's life). */
    private final Map<String, Long> hwm = new LinkedHashMap<>();
    /** phase -> role -> CPU seconds used in the phase. */
    private final Map<String, Map<String, Double>> cpuByPhase = new LinkedHashMap<>();
    /** pid -> CPU seconds at the start of the current phase (absent: the process started during the phase). */
    private Map<Long, Double> cpuAtStart = new HashMap<>();
    /** pid -> last CPU seconds seen, and its role (a process that ends keeps its last reading). */
    private final Map<Long, Double> cpuLast = new HashMap<>();
    private final Map<Long, String> cpuRole = new HashMap<>();
    private final String postgresDataDir;
    private volatile String phase = "start";
    private volatile boolean running = true;
    private final Thread rssThread;
    private final Thread lagThread;
    private final int lagEverySeconds;

    Samplers(String bootstrap, int lagEverySeconds, String postgresDataDir) {
        this.postgresDataDir = postgresDataDir;
        sampleCpu();
        synchronized (this) {
            cpuAtStart = new HashMap<>(cpuLast);
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        this.admin = Admin.create(p);
        this.lagEverySeconds = lagEverySeconds;
        rssThread = new Thread(this::rssLoop, "bench-rss");
        lagThread = new Thread(this::lagLoop, "bench-lag");
        rssThread.setDaemon(true);
        lagThread.setDaemon(true);
        rssThread.start();
        lagThread.start();
    }

    /** Ends the current phase (its CPU time per role is recorded) and starts the next. */
    void phase(String name) {
        sampleCpu();
        synchronized (this) {
            Map<String, Double> used = cpuByPhase.computeIfAbsent(phase, k -> new LinkedHashMap<>());
            cpuLast.forEach((pid, cpu) -> used.merge(cpuRole.get(pid), cpu - cpuAtStart.getOrDefault(pid, 0.0), Double::sum));
            cpuAtStart = new HashMap<>(cpuLast);
            cpuLast.keySet().removeIf(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
            phase = name;
        }
    }

    synchronized Map<String, Map<String, Double>> cpuByPhase() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        cpuByPhase.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
        return out;
    }

    /** Reads the CPU time of the services, the broker, PostgreSQL and this JVM. */
    private void sampleCpu() {
        Map<Long, String> roles = new HashMap<>();
        roles.put(ProcessHandle.current().pid(), "bench");
        Map<String, Integer> seen = new HashMap<>();
        ProcessHandle.current().descendants().forEach(h -> {
            String role = roleOf(h);
            if (role != null) {
                int n = seen.merge(role, 1, Integer::sum);
                roles.put(h.pid(), n == 1 ? role : role + "#" + n);
            }
        });
        postmaster().ifPresent(pm -> {
            roles.put(pm.pid(), "postgresql");
            pm.descendants().forEach(h -> roles.put(h.pid(), "postgresql"));
        });
        roles.forEach((pid, role) -> {
            double cpu = cpuSeconds(pid);
            if (cpu >= 0) {
                synchronized (this) {
                    cpuLast.put(pid, cpu);
                    cpuRole.putIfAbsent(pid, role);
                }
            }
        });
    }

    /** The PostgreSQL server of this run (pg_ctl detaches it): the postmaster whose command line names its data dir. */
    private java.util.Optional<ProcessHandle> postmaster() {
        if (postgresDataDir == null) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.allProcesses().filter(h -> {
            String cmd = cmdline(h.pid());
            return cmd.contains("postgres") && cmd.contains(postgresDataDir);
        }).findFirst();
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (Exception e) {
            return "";
        }
    }

    /** utime + stime in seconds (clock ticks of 1/100 s, as on Linux x86 and arm), or -1 when the process is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (Exception e) {
            return -1;
        }
    }

    Admin admin() {
        return admin;
    }

    synchronized List<Lag> lags() {
        return new ArrayList<>(lags);
    }

    synchronized Map<String, Map<String, Long>> rssByPhase() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        rssByPhase.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
        return out;
    }

    synchronized Map<String, Long> hwm() {
        return new LinkedHashMap<>(hwm);
    }

    private void rssLoop() {
        while (running) {
            Map<String, Integer> seen = new HashMap<>();
            ProcessHandle.current().descendants().forEach(h -> {
                String role = roleOf(h);
                if (role == null) {
                    return;
                }
                int n = seen.merge(role, 1, Integer::sum);
                String name = n == 1 ? role : role + "#" + n;
                long[] m = status(h.pid());
                if (m == null) {
                    return;
                }
                synchronized (this) {
                    rssByPhase.computeIfAbsent(phase, k -> new LinkedHashMap<>()).merge(name, m[0], Math::max);
                    hwm.merge(name, m[1], Math::max);
                }
            });
            sampleCpu();
            sleep(1000);
        }
    }

    /** The role of a process by its command line; null for processes that are neither a service nor the broker. */
    static String roleOf(ProcessHandle h) {
        String cmd;
        try {
            // the full command line (ProcessHandle.Info may shorten it)
            cmd = new String(Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (Exception e) {
            cmd = h.info().commandLine().orElse("");
        }
        if (cmd.contains(" kafka.Kafka ")) {
            return "kafka-broker";
        }
        for (String s : List.of("ingest-service", "parse-service", "validate-service", "store-service")) {
            if (cmd.contains(s + "/target/quarkus-app/quarkus-run.jar")) {
                return s;
            }
        }
        return null;
    }

    /** VmRSS and VmHWM in kB, or null when the process is gone. */
    static long[] status(long pid) {
        try {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return rss < 0 ? null : new long[]{rss, peak};
        } catch (Exception e) {
            return null;
        }
    }

    private void lagLoop() {
        while (running) {
            long[] lag = sampleLag();
            synchronized (this) {
                lags.add(new Lag((System.nanoTime() - t0) / 1e9, phase, lag));
            }
            for (int i = 0; i < lagEverySeconds * 10 && running; i++) {
                sleep(100);
            }
        }
    }

    /** Lag per stage now: sum over partitions of end offset minus committed offset (-1 when unknown). */
    long[] sampleLag() {
        long[] out = new long[STAGES.size()];
        int i = 0;
        for (var stage : STAGES.entrySet()) {
            out[i++] = lagOf(stage.getKey(), stage.getValue());
        }
        return out;
    }

    private long lagOf(String group, String topic) {
        try {
            var desc = admin.describeTopics(List.of(topic)).allTopicNames().get(8, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            desc.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(8, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(8, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            return -1; // topic not created yet, or the broker busy
        }
    }

    /** Members of a consumer group now (-1 when unknown). */
    /** Whether the group has finished rebalancing (state Stable): its members consume again. */
    boolean stable(String group) {
        try {
            return admin.describeConsumerGroups(List.of(group)).all().get(8, TimeUnit.SECONDS).get(group).state()
                    == org.apache.kafka.common.ConsumerGroupState.STABLE;
        } catch (Exception e) {
            return false;
        }
    }

    int members(String group) {
        try {
            return admin.describeConsumerGroups(List.of(group)).all().get(8, TimeUnit.SECONDS).get(group).members().size();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            rssThread.join(3000);
            lagThread.join(10000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
