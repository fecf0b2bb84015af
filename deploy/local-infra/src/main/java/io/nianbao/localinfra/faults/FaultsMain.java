package io.nianbao.localinfra.faults;

import io.nianbao.localinfra.LocalPipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input table and the fault suite over one pipeline started like the run command's
 * (deploy/local/faults.sh is the documented entry point).
 * <pre>FaultsMain --root DIR --state DIR --corpus DIR [--samples DIR] [--hostile | --faults] [--quick] [--docs N]</pre>
 */
public final class FaultsMain {
    private FaultsMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(arg(args, "--root", ".")).toAbsolutePath().normalize();
        Path state = Path.of(arg(args, "--state", root.resolve("deploy/local/state/faults").toString()));
        Path corpus = Path.of(arg(args, "--corpus", root.resolve("deploy/local/state/hostile").toString()));
        Path sampleDir = Path.of(arg(args, "--samples", root.resolve("data/samples").toString()));
        boolean onlyHostile = has(args, "--hostile");
        boolean onlyFaults = has(args, "--faults");
        boolean quick = has(args, "--quick");
        int docs = Integer.parseInt(arg(args, "--docs", quick ? "250" : "2000"));
        Duration drain = Duration.ofMinutes(quick ? 4 : 8);
        String runId = Long.toString(System.currentTimeMillis(), 36);

        // one pipeline per part (a hostile input that wedges a stage must not spoil the fault counts), each in its
        // own state folder; the current one is what the shutdown hook stops
        LocalPipeline[] current = new LocalPipeline[1];
        Services[] currentServices = new Services[1];
        Thread hook = new Thread(() -> stop(current, currentServices));
        Runtime.getRuntime().addShutdownHook(hook);
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int exit = 0;
        try {
            report.append("run ").append(runId).append(" started ").append(Instant.now()).append(", load ").append(load()).append('\n');
            Samples samples = new Samples(sampleDir, runId);
            if (!onlyFaults) {
                LocalPipeline pipeline = start(root, state.resolve("hostile"), current, currentServices);
                int[] fresh = {0};
                long t0 = System.nanoTime();
                HostileTable h = new HostileTable(pipeline, () -> currentServices[0], samples, () -> {
                    stop(current, currentServices);
                    return start(root, state.resolve("hostile-" + (++fresh[0])), current, currentServices);
                });
                String table = h.run(corpus);
                report.append("\n== hostile inputs (").append(Instant.now()).append(", load ").append(load()).append(", ")
                        .append((System.nanoTime() - t0) / 1_000_000_000).append(" s)\n").append(table);
                problems.addAll(h.problems());
                stop(current, currentServices);
            }
            if (!onlyHostile) {
                LocalPipeline pipeline = start(root, state.resolve("suite"), current, currentServices);
                Services services = currentServices[0];
                long t0 = System.nanoTime();
                FaultSuite f = new FaultSuite(pipeline, services, samples, docs, drain);
                String table = f.run();
                report.append("\n== faults (").append(Instant.now()).append(", load ").append(load()).append(", ")
                        .append((System.nanoTime() - t0) / 1_000_000_000).append(" s)\n").append(table);
                problems.addAll(f.problems());
            }
        } catch (Exception e) {
            problems.add("aborted: " + e);
            e.printStackTrace();
            exit = 2;
        } finally {
            report.append("\nproblems: ").append(problems.isEmpty() ? "none" : "").append('\n');
            problems.forEach(p -> report.append("  - ").append(p).append('\n'));
            report.append("finished ").append(Instant.now()).append(", load ").append(load()).append('\n');
            System.out.println();
            System.out.print(report);
            Files.createDirectories(state);
            Files.writeString(state.resolve("report.txt"), report.toString(), StandardCharsets.UTF_8);
            stop(current, currentServices);
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        System.exit(exit != 0 ? exit : problems.isEmpty() ? 0 : 1);
    }

    private static LocalPipeline start(Path root, Path state, LocalPipeline[] current, Services[] services) {
        LocalPipeline p = new LocalPipeline(root, state, 0, 0, 0);
        synchronized (current) {
            current[0] = p;
            services[0] = new Services(p, root);
        }
        p.start();
        return p;
    }

    private static void stop(LocalPipeline[] current, Services[] services) {
        synchronized (current) {
            if (services[0] != null) {
                services[0].close();
                services[0] = null;
            }
            if (current[0] != null) {
                current[0].close();
                current[0] = null;
            }
        }
    }

    static String load() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return p[0] + " " + p[1] + " " + p[2] + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (Exception e) {
            return "?";
        }
    }

    private static boolean has(String[] args, String name) {
        for (String a : args) {
            if (a.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
