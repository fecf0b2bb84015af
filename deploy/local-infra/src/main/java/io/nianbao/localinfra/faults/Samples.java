package io.nianbao.localinfra.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Good documents: the text samples of data/samples, each made distinct by an appended line. */
final class Samples {
    record Doc(String fileName, byte[] bytes, String id) {
    }

    private final List<Path> samples;
    private final String runId;

    Samples(Path dir, String runId) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            samples = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("no .txt samples in " + dir);
        }
        this.runId = runId;
    }

    Doc make(String tag, int n) {
        Path p = samples.get(Math.floorMod(n, samples.size()));
        try {
            byte[] base = Files.readAllBytes(p);
            byte[] tail = ("\n\n（核对标记 " + runId + " " + tag + " 第" + n + "份）\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[base.length + tail.length];
            System.arraycopy(base, 0, all, 0, base.length);
            System.arraycopy(tail, 0, all, base.length, tail.length);
            String name = p.getFileName().toString().replace(".txt", "") + "-" + tag + "-" + n + ".txt";
            return new Doc(name, all, sha256(all));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
