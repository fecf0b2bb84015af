package io.nianbao.localinfra.faults;

import io.nianbao.localinfra.LocalPipeline;
import io.nianbao.localinfra.LocalPostgres;
import io.nianbao.localinfra.Proc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service processes of a running {@link LocalPipeline}: finds each by its jar on the command line, kills it
 * with {@code kill -9} and launches a replacement with the command and environment LocalPipeline uses (kept in
 * step with {@code LocalPipeline.command}). Replacements are this class's to stop ({@link #close()}).
 */
final class Services implements AutoCloseable {
    private final LocalPipeline pipeline;
    private final Path root;
    private final List<Process> replacements = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();

    Services(LocalPipeline pipeline, Path root) {
        this.pipeline = pipeline;
        this.root = root.toAbsolutePath().normalize();
    }

    Path jarOf(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The live process of a service (a descendant of this JVM running its jar). */
    Optional<ProcessHandle> find(String service) {
        String jar = jarOf(service).toString();
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(h -> h.info().arguments().map(a -> List.of(a).contains(jar)).orElse(false))
                .findFirst();
    }

    boolean alive(String service) {
        return find(service).isPresent();
    }

    /** kill -9 the service's process; returns its pid. */
    long kill9(String service) {
        ProcessHandle h = find(service).orElseThrow(() -> new IllegalStateException(service + " is not running"));
        Proc.run(Duration.ofSeconds(10), List.of("kill", "-9", String.valueOf(h.pid())));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (h.isAlive() && System.nanoTime() < deadline) {
            Proc.sleep(50);
        }
        return h.pid();
    }

    /** Launches a replacement of the service with LocalPipeline's command and environment. */
    void launch(String service) {
        String keys = System.getenv(LocalPipeline.API_KEYS_ENV);
        Map<String, String> env = LocalPipeline.serviceEnv(keys != null && !keys.isBlank() ? keys : pipeline.apiKey());
        replacements.add(Proc.start(command(service), env, pipeline.logOf(service), root.toFile()));
    }

    private List<String> command(String service) {
        List<String> cmd = LocalPipeline.serviceJvm(service);
        cmd.addAll(List.of(
                "-Dquarkus.http.port=" + URI.create(pipeline.url(service)).getPort(),
                "-Dkafka.bootstrap.servers=" + pipeline.kafka().bootstrapServers(),
                "-Dquarkus.log.console.color=false"));
        switch (service) {
            case "store-service" -> {
                cmd.add("-Dquarkus.datasource.jdbc.url=" + pipeline.postgres().jdbcUrl());
                cmd.add("-Dquarkus.datasource.username=" + LocalPostgres.USER);
            }
            case "ingest-service" -> {
                cmd.add("-Dnianbao.ingest.store-url=" + pipeline.url("store-service"));
                cmd.add("-Dnianbao.ingest.inbox.dir=" + pipeline.logOf(service).getParent().getParent().resolve("inbox"));
            }
            default -> {
            }
        }
        cmd.add("-jar");
        cmd.add(jarOf(service).toString());
        return cmd;
    }

    /** Waits until the service answers 200 on /q/health/ready. */
    void awaitReady(String service, Duration timeout) {
        String uri = pipeline.url(service) + "/q/health/ready";
        Proc.waitFor(service, timeout, () -> status(uri) == 200, null, pipeline.logOf(service));
    }

    /** null when /q/health/live answers 200; otherwise what it says is down. */
    String livenessDown(String service) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.url(service) + "/q/health/live"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return null;
            }
            StringBuilder sb = new StringBuilder("HTTP " + r.statusCode());
            var m = java.util.regex.Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"\\[KO\\]([^\"]*)\"").matcher(r.body());
            while (m.find()) {
                sb.append("; ").append(m.group(1)).append(": KO").append(m.group(2));
            }
            return sb.toString();
        } catch (Exception e) {
            return "no answer: " + e.getClass().getSimpleName();
        }
    }

    int status(String uri) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() {
        for (Process p : replacements) {
            if (p.isAlive()) {
                Proc.stop(p.toHandle(), Duration.ofSeconds(20));
            }
        }
        replacements.clear();
    }
}
