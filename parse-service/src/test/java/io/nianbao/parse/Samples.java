package io.nianbao.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.contract.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five real samples (shared/samples, with truth/), found from the module directory. */
public final class Samples {
    public static final List<Path> CANDIDATES = List.of(
            Path.of("../data/samples"), Path.of("../../shared/samples"), Path.of("/work/shared/samples"));

    private Samples() {
    }

    public static Path dir() {
        String prop = System.getProperty("nianbao.samples");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p : CANDIDATES) {
            if (Files.isDirectory(p.resolve("truth"))) {
                return p;
            }
        }
        throw new IllegalStateException("samples not found in " + CANDIDATES + " (set -Dnianbao.samples=DIR)");
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode truth(Path sample) {
        String name = sample.getFileName().toString().replaceAll("\\.txt$", ".json");
        try {
            return Json.mapper().readTree(dir().resolve("truth").resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
