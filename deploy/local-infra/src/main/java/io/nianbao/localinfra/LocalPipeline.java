package io.nianbao.localinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline on this machine: a real Kafka broker, a real PostgreSQL and the four packaged services
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}) as separate processes. Used by the run command
 * ({@link PipelineMain}) and by the system test.
 */
public final class LocalPipeline implements AutoCloseable {
    public static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "store-service");
    /** The services' API keys for writes (ingest's POSTs, store's admin endpoints), comma-separated. */
    public static final String API_KEYS_ENV = "NIANBAO_SECURITY_API_KEYS";
    /** The request header the key is sent in (or {@code Authorization: Bearer <key>}). */
    public static final String API_KEY_HEADER = "X-API-Key";

    private final Path root;
    private final Path state;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private LocalKafka kafka;
    private LocalPostgres postgres;
    private final int kafkaPort;
    private final int pgPort;
    private final String apiKeys;
    private final String apiKey;
    private final boolean apiKeyGenerated;

    /**
     * @param root      the project root (holds the service folders)
     * @param state     where data and logs go
     * @param basePort  ingest's port; parse, validate, store follow (+1, +2, +3); 0 = free ports
     * @param kafkaPort 0 = a free port
     * @param pgPort    0 = a free port
     */
    public LocalPipeline(Path root, Path state, int basePort, int kafkaPort, int pgPort) {
        this.root = root.toAbsolutePath().normalize();
        this.state = state.toAbsolutePath().normalize();
        for (int i = 0; i < SERVICES.size(); i++) {
            ports.put(SERVICES.get(i), basePort == 0 ? Proc.freePort() : basePort + i);
        }
        this.kafkaPort = kafkaPort;
        this.pgPort = pgPort;
        String configured = System.getenv(API_KEYS_ENV);
        if (configured != null && !configured.isBlank()) {
            this.apiKeys = configured;
            this.apiKey = configured.split(",")[0].trim();
            this.apiKeyGenerated = false;
        } else {
            this.apiKey = randomKey();
            this.apiKeys = apiKey;
            this.apiKeyGenerated = true;
        }
    }

    /** A fresh random key: 24 random bytes as hex. */
    static String randomKey() {
        byte[] b = new byte[24];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    /** The key this pipeline's services accept for writes (generated at start unless NIANBAO_SECURITY_API_KEYS is set). */
    public String apiKey() {
        return apiKey;
    }

    /** Whether the key was generated here (false: taken from NIANBAO_SECURITY_API_KEYS). */
    public boolean apiKeyGenerated() {
        return apiKeyGenerated;
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public Path logOf(String service) {
        return state.resolve("logs").resolve(service + ".log");
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalPipeline start() {
        for (String s : SERVICES) {
            Path jar = jarOf(s);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " missing: build first (./mvnw -B package -DskipTests)");
            }
            if (Proc.portOpen(ports.get(s))) {
                throw new IllegalStateException("port " + ports.get(s) + " for " + s + " is taken: is a pipeline already running? "
                        + "(deploy/local/stop.sh stops it, or choose other ports)");
            }
        }
        long t0 = System.nanoTime();
        kafka = new LocalKafka(state.resolve("kafka"), kafkaPort).start();
        log("Kafka broker    " + kafka.bootstrapServers() + " (" + secondsSince(t0) + " s)");
        long t1 = System.nanoTime();
        postgres = new LocalPostgres(state.resolve("postgres"), pgPort).start();
        log("PostgreSQL      " + postgres.jdbcUrl() + " (" + secondsSince(t1) + " s)");
        // store first: its Flyway migration runs before events arrive; all four start in parallel anyway
        for (String s : List.of("store-service", "validate-service", "parse-service", "ingest-service")) {
            processes.put(s, Proc.start(command(s), serviceEnv(apiKeys), logOf(s), root.toFile()));
        }
        for (String s : SERVICES) {
            String health = url(s) + "/q/health/ready";
            Proc.waitFor(s + " at " + url(s), Duration.ofSeconds(180), () -> status(health) == 200, processes.get(s), logOf(s));
            log(String.format("%-15s %s (ready after %s s)", s, url(s), secondsSince(t0)));
        }
        return this;
    }

    /**
     * The JVM of every service started here (also the extra parse-service instances of the bench and the
     * replacements of the fault suite): a heap of at most 384 MB with the serial collector, starting at 32 MB, with a
     * young generation of 16 MB and 20-40% of the old generation kept free ({@code -Xmn16m -XX:MinHeapFreeRatio=20
     * -XX:MaxHeapFreeRatio=40}), so that the heap follows the live set instead of the largest burst (the defaults
     * keep 40-70% free and a young generation of a third of the heap). Bench runs of 2026-12-02, peak RSS of
     * parse-service: defaults 289 MB, young 24 MB 259 MB, young 16 MB 247 MB, CPU per report within the runs' noise;
     * free ratios of 10/25 with no fixed young generation made it so small that full collections of 100-600 ms set p99
     * at 20 docs/s to 1.3 s. JIT compilation by C1 only
     * ({@code -XX:TieredStopAtLevel=1}). Five JVMs share this machine's cores: with tiered C2 compilation the
     * compiler threads took about half of all the services' CPU time over a 300-report bench run
     * (deploy/local/bench.sh, per-thread CPU of /proc/&lt;pid&gt;/task), and C1 alone stored the same 300 reports
     * at 15.7 instead of 8.3 docs/s with 121 instead of 162 ms of CPU per report, p99 at 20 docs/s 0.34 s instead of 20 s.
     * Then the options of NIANBAO_SERVICE_JVM_OPTS ("%s" = the service's name), e.g. a flight recording per service:
     * NIANBAO_SERVICE_JVM_OPTS="-XX:StartFlightRecording=filename=/tmp/%s.jfr,settings=profile,dumponexit=true",
     * or -XX:TieredStopAtLevel=4 to measure with C2 again.
     */
    public static List<String> serviceJvm(String service) {
        List<String> cmd = new ArrayList<>(List.of(Proc.javaBin(), "-Xms32m", "-Xmx384m", "-Xmn16m", "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:TieredStopAtLevel=1"));
        String extra = System.getenv("NIANBAO_SERVICE_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            for (String opt : extra.trim().split("\\s+")) {
                cmd.add(opt.replace("%s", service));
            }
        }
        return cmd;
    }

    /**
     * The environment of every service started here, on top of this process's: the API keys, and
     * {@code MALLOC_ARENA_MAX=2} (unless set already): glibc gives each thread that allocates natively (zlib for
     * DOCX and PDF streams, the JIT, Netty) an arena of its own, up to eight per core, and their unused pages stay
     * resident; two arenas cut the services' resident memory by 20-40 MB each in the bench (deploy/local/bench.sh).
     */
    public static Map<String, String> serviceEnv(String apiKeys) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put(API_KEYS_ENV, apiKeys);
        String arenas = System.getenv("MALLOC_ARENA_MAX");
        env.put("MALLOC_ARENA_MAX", arenas != null && !arenas.isBlank() ? arenas : "2");
        return env;
    }

    private List<String> command(String service) {
        List<String> cmd = serviceJvm(service);
        cmd.addAll(List.of(
                "-Dquarkus.http.port=" + ports.get(service),
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.log.console.color=false"));
        switch (service) {
            case "store-service" -> {
                cmd.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl());
                cmd.add("-Dquarkus.datasource.username=" + LocalPostgres.USER);
            }
            case "ingest-service" -> {
                cmd.add("-Dnianbao.ingest.store-url=" + url("store-service"));
                cmd.add("-Dnianbao.ingest.inbox.dir=" + state.resolve("inbox"));
            }
            default -> {
            }
        }
        cmd.add("-jar");
        cmd.add(jarOf(service).toString());
        return cmd;
    }

    private Path jarOf(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Posts one file to ingest; returns ingest's JSON answer (documentId, duplicate, ...). */
    public JsonNode ingest(Path file) {
        try {
            String uri = url("ingest-service") + "/api/documents?fileName="
                    + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", contentTypeOf(file))
                    .header(API_KEY_HEADER, apiKey)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException("ingest refused " + file + ": " + r.statusCode() + " " + r.body());
            }
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot post " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String contentTypeOf(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        if (n.endsWith(".txt")) {
            return "text/plain; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    /** Waits until store serves every id; returns the stored reports by id. */
    public Map<String, JsonNode> awaitStored(List<String> ids, Duration timeout) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < ids.size() && System.nanoTime() < deadline) {
            for (String id : ids) {
                if (!out.containsKey(id)) {
                    JsonNode r = get("store-service", "/api/reports/" + id);
                    if (r != null) {
                        out.put(id, r);
                    }
                }
            }
            if (out.size() < ids.size()) {
                Proc.sleep(500);
            }
            for (var e : processes.entrySet()) {
                if (!e.getValue().isAlive()) {
                    throw new IllegalStateException(e.getKey() + " died; log " + logOf(e.getKey()) + ":\n" + Proc.tail(logOf(e.getKey()), 40));
                }
            }
        }
        if (out.size() < ids.size()) {
            throw new IllegalStateException("only " + out.size() + " of " + ids.size() + " documents stored after "
                    + timeout.toSeconds() + " s; see the logs in " + state.resolve("logs"));
        }
        return out;
    }

    /** GET of a JSON resource of a service; null on 404. */
    public JsonNode get(String service, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(service) + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                return null;
            }
            if (r.statusCode() >= 300) {
                throw new IllegalStateException("GET " + path + " -> " + r.statusCode() + " " + r.body());
            }
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String uri) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String secondsSince(long t0) {
        return String.format("%.1f", (System.nanoTime() - t0) / 1e9);
    }

    static void log(String s) {
        System.out.println("[nianbao] " + s);
    }

    @Override
    public void close() {
        List<String> order = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(order);
        for (String s : order) {
            Process p = processes.get(s);
            if (p.isAlive()) {
                Proc.stop(p.toHandle(), Duration.ofSeconds(20));
            }
        }
        processes.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
