package io.nianbao.localinfra;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The main job: starts the whole pipeline on this machine, feeds the documents of the data folders
 * (default: data/samples, the five sample reports, and data/series, a synthetic year series of one agency), waits until all are
 * stored and prints a summary read from store-service's API. Then it keeps the pipeline running until
 * Ctrl-C or {@code deploy/local/stop.sh} (unless {@code --exit}).
 *
 * <pre>
 * PipelineMain [--root DIR] [--state DIR] [--data DIR]... [--base-port 8081] [--kafka-port 9092]
 *              [--pg-port 5433] [--exit]
 * </pre>
 * Environment: NIANBAO_BASE_PORT, NIANBAO_KAFKA_PORT, NIANBAO_PG_PORT override the port defaults;
 * NIANBAO_SECURITY_API_KEYS chooses the API key(s) for writes (otherwise a random key is generated at each start,
 * given to ingest-service and store-service, used to post the documents and printed in the summary).
 */
public final class PipelineMain {
    private PipelineMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(arg(args, "--root", "."));
        Path state = Path.of(arg(args, "--state", root.resolve("deploy/local/state").toString()));
        List<Path> dataDirs = new ArrayList<>();
        for (String d : args(args, "--data")) {
            dataDirs.add(Path.of(d));
        }
        if (dataDirs.isEmpty()) {
            dataDirs.add(root.resolve("data/samples"));
            if (Files.isDirectory(root.resolve("data/series"))) {
                dataDirs.add(root.resolve("data/series"));
            }
        }
        int basePort = Integer.parseInt(arg(args, "--base-port", env("NIANBAO_BASE_PORT", "8081")));
        int kafkaPort = Integer.parseInt(arg(args, "--kafka-port", env("NIANBAO_KAFKA_PORT", "9092")));
        int pgPort = Integer.parseInt(arg(args, "--pg-port", env("NIANBAO_PG_PORT", "5433")));
        boolean exit = List.of(args).contains("--exit");

        Files.createDirectories(state);
        Files.writeString(state.resolve("runner.pid"), String.valueOf(ProcessHandle.current().pid()));
        LocalPipeline pipeline = new LocalPipeline(root, state, basePort, kafkaPort, pgPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalPipeline.log("stopping the services, Kafka and PostgreSQL ...");
            pipeline.close();
            try {
                Files.deleteIfExists(state.resolve("runner.pid"));
            } catch (IOException ignored) {
                // best effort
            }
            LocalPipeline.log("stopped.");
            stopped.countDown();
        }, "nianbao-stop"));

        pipeline.start();
        List<Path> files = new ArrayList<>();
        for (Path dir : dataDirs) {
            try (Stream<Path> s = Files.list(dir)) {
                files.addAll(s.filter(Files::isRegularFile).filter(PipelineMain::isDocument).sorted().toList());
            }
        }
        LocalPipeline.log("feeding " + files.size() + " documents from " + dataDirs);
        List<String> ids = new ArrayList<>();
        for (Path f : files) {
            JsonNode answer = pipeline.ingest(f);
            String id = answer.path("documentId").asText();
            ids.add(id);
            LocalPipeline.log(String.format("  %-28s -> %s%s", f.getFileName(), id.substring(0, 12),
                    answer.path("duplicate").asBoolean() ? " (duplicate)" : ""));
        }
        long t0 = System.nanoTime();
        Map<String, JsonNode> stored = pipeline.awaitStored(ids, Duration.ofSeconds(240));
        LocalPipeline.log(String.format("all %d stored after %.1f s", stored.size(), (System.nanoTime() - t0) / 1e9));
        System.out.println();
        System.out.println(Summary.render(pipeline, ids));
        System.out.println(Summary.answers(pipeline));
        System.out.println(Summary.access(pipeline));
        System.out.println("Where to look next:");
        System.out.println("  web pages   " + pipeline.url("store-service") + "/  (reports, findings with evidence, agency history, statistics)");
        System.out.println("  compare     " + pipeline.url("store-service") + "/compare.html?agency=...  (two years of one agency side by side: tables and text)");
        System.out.println("  progress    " + pipeline.url("store-service") + "/progress.html  (a running batch: documents received and stored per minute, totals)");
        System.out.println("  reports     " + pipeline.url("store-service") + "/api/reports");
        System.out.println("  one report  " + pipeline.url("store-service") + "/api/reports/" + ids.get(0));
        System.out.println("  API docs    " + pipeline.url("store-service") + "/q/swagger-ui  (each service has one)");
        System.out.println("  rules       " + pipeline.url("validate-service") + "/api/rules");
        System.out.println("  check a file now: curl -s -H '" + LocalPipeline.API_KEY_HEADER + ": " + pipeline.apiKey()
                + "' --data-binary @FILE '" + pipeline.url("ingest-service") + "/api/documents?fileName=FILE&wait=30'");
        System.out.println("  logs        " + state.resolve("logs"));
        if (exit) {
            System.exit(0);
        }
        System.out.println();
        LocalPipeline.log("running; Ctrl-C or deploy/local/stop.sh stops everything.");
        stopped.await();
    }

    /** Data folders hold documents and their descriptions: README.md and JSON files are not fed. */
    static boolean isDocument(Path p) {
        String n = p.getFileName().toString();
        return !n.equals("README.md") && !n.endsWith(".json") && !n.startsWith(".");
    }

    static List<String> args(String[] args, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                out.add(args[i + 1]);
            }
        }
        return out;
    }

    static String arg(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
