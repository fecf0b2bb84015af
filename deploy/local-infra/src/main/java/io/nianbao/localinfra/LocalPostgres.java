package io.nianbao.localinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the machine's binaries (Debian package {@code postgresql}), data in a
 * folder of ours, listening on 127.0.0.1 only, trust authentication, fsync off. initdb refuses to run
 * as root, so as root every server command runs through {@code runuser -u postgres --}.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String DATABASE = "nianbao";
    public static final String USER = "postgres";

    private final Path workDir;
    private final int port;
    private final Path bin;
    private boolean started;

    public LocalPostgres(Path workDir, int port) {
        this.workDir = workDir.toAbsolutePath();
        this.port = port == 0 ? Proc.freePort() : port;
        this.bin = findBin();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The data directory (the postmaster's -D). */
    public Path dataDir() {
        return workDir.resolve("pgdata");
    }

    public Path log() {
        return workDir.resolve("postgres.log");
    }

    public static Path findBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                var best = s.filter(p -> Files.isExecutable(p.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(p -> parseIntOr(p.getFileName().toString())));
                if (best.isPresent()) {
                    return best.get().resolve("bin");
                }
            } catch (IOException ignored) {
                // fall through to PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "pg_ctl");
            if (!dir.isEmpty() && Files.isExecutable(p) && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and PATH): "
                + "install them with 'apt-get install -y postgresql' (deploy/local/install-prereqs.sh does)");
    }

    private static int parseIntOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<String> asOwner(String... cmd) {
        List<String> out = new ArrayList<>();
        if (Proc.isRoot()) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(cmd));
        return out;
    }

    public LocalPostgres start() {
        try {
            Path data = workDir.resolve("pgdata");
            Path sock = workDir.resolve("sock");
            Files.createDirectories(sock);
            if (Proc.isRoot()) {
                Proc.run(Duration.ofSeconds(30), List.of("chown", "-R", "postgres", workDir.toString()));
            }
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Proc.run(Duration.ofSeconds(120), asOwner(bin.resolve("initdb").toString(), "-D", data.toString(),
                        "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale"));
            }
            String opts = "-p " + port + " -k " + sock + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            Proc.run(Duration.ofSeconds(120), asOwner(bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                    "-o", opts, "-l", log().toString(), "-w", "-t", "90", "start"));
            started = true;
            String exists = psql("postgres", "SELECT 1 FROM pg_database WHERE datname='" + DATABASE + "'");
            if (!exists.trim().equals("1")) {
                psql("postgres", "CREATE DATABASE " + DATABASE);
            }
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare PostgreSQL in " + workDir + ": " + e.getMessage(), e);
        }
    }

    /** Runs SQL with the server's own psql and returns its unaligned output. */
    public String psql(String db, String sql) {
        Path psql = Files.isExecutable(bin.resolve("psql")) ? bin.resolve("psql") : Path.of("psql");
        return Proc.run(Duration.ofSeconds(60), List.of(psql.toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", USER, "-d", db, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql));
    }

    public void stop() {
        if (started) {
            Proc.run(Duration.ofSeconds(60), asOwner(bin.resolve("pg_ctl").toString(), "-D",
                    workDir.resolve("pgdata").toString(), "-m", "fast", "-w", "stop"));
            started = false;
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
