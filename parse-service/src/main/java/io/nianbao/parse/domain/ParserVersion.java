package io.nianbao.parse.domain;

import io.nianbao.contract.ComponentVersion;
import io.nianbao.template.Rows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The parser's version: {@code parse-<release>+<hash>}, where the hash is taken over the compiled code and the
 * resources that decide a reading (this package, the extraction package, the template model, the division
 * tables). A build whose parser differs has another version, so that store replaces a document's record when
 * the parser changed, and keeps it when only something else did. {@link #RELEASE} is raised by hand when a
 * change is meant to alter readings.
 */
public final class ParserVersion {
    public static final int RELEASE = 2;
    private static final List<String> PREFIXES = List.of("io/nianbao/parse/domain/", "io/nianbao/parse/extract/",
            "io/nianbao/template/");

    private static final String VERSION = compute();

    private ParserVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String compute() {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        collect(ParserVersion.class, entries);
        collect(Rows.class, entries);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : entries.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(e.getValue());
            }
            String hash = entries.isEmpty() ? "0000000000" : HexFormat.of().formatHex(md.digest()).substring(0, 12);
            return ComponentVersion.of(ComponentVersion.PARSER, RELEASE, hash).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries under {@link #PREFIXES} of the jar or class folder that holds {@code anchor}. */
    private static void collect(Class<?> anchor, TreeMap<String, byte[]> out) {
        try {
            var source = anchor.getProtectionDomain().getCodeSource();
            if (source == null) {
                return;
            }
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    List<Path> list = new ArrayList<>(files.filter(Files::isRegularFile).toList());
                    for (Path f : list) {
                        String name = p.relativize(f).toString().replace('\\', '/');
                        if (PREFIXES.stream().anyMatch(name::startsWith)) {
                            out.put(name, Files.readAllBytes(f));
                        }
                    }
                }
            } else if (Files.isRegularFile(p)) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && PREFIXES.stream().anyMatch(e.getName()::startsWith)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // an unreadable code source leaves the hash to the rest; the release still orders
        }
    }
}
