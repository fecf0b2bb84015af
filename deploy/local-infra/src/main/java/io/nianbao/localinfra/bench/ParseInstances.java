package io.nianbao.localinfra.bench;

import io.nianbao.localinfra.LocalPipeline;
import io.nianbao.localinfra.Proc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Extra parse-service processes in the same consumer group as the pipeline's own ({@code parse-service}),
 * started like LocalPipeline starts its services (same JVM options, the packaged jar, the broker's address).
 */
final class ParseInstances implements AutoCloseable {
    private final Path root;
    private final Path logs;
    private final String bootstrap;
    private final String apiKey;
    private final List<Process> processes = new ArrayList<>();

    ParseInstances(Path root, Path logs, String bootstrap, String apiKey) {
        this.root = root;
        this.logs = logs;
        this.bootstrap = bootstrap;
        this.apiKey = apiKey;
    }

    /** Starts one more instance and waits until it is ready; returns its URL. */
    String startOne(Http http) {
        int port = Proc.freePort();
        int n = processes.size() + 2;
        Path log = logs.resolve("parse-service-" + n + ".log");
        List<String> cmd = LocalPipeline.serviceJvm("parse-service");
        cmd.addAll(List.of("-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + bootstrap,
                "-Dquarkus.log.console.color=false",
                "-jar", root.resolve("parse-service/target/quarkus-app/quarkus-run.jar").toString()));
        Process p = Proc.start(cmd, LocalPipeline.serviceEnv(apiKey), log, root.toFile());
        processes.add(p);
        String url = "http://127.0.0.1:" + port;
        Proc.waitFor("parse-service #" + n + " at " + url, Duration.ofSeconds(180),
                () -> http.status(url + "/q/health/ready") == 200, p, log);
        return url;
    }

    int count() {
        return processes.size();
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            if (processes.get(i).isAlive()) {
                Proc.stop(processes.get(i).toHandle(), Duration.ofSeconds(20));
            }
        }
        processes.clear();
    }
}
