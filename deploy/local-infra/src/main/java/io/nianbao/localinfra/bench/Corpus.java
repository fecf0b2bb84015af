package io.nianbao.localinfra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a benchmark corpus: distinct reports of test-support's generator (many agencies, some as year
 * series of one agency), rendered in a mix of layouts as real intake arrives (HTML, DOCX, PDF, TXT), plus a
 * share of near-duplicates (a copy with one sentence changed). Runs in its own JVM with test-support's
 * classpath; test-support is reached by reflection because local-infra cannot depend on it (test-support
 * depends on local-infra).
 * <p>
 * {@code java -cp <local-infra classes>:<test-support classpath> io.nianbao.localinfra.bench.Corpus OUT_BASE SEED NEAR_DUP_SHARE NAME=COUNT...}
 * writes, per set, the files and {@code OUT_BASE/NAME/index.tsv} (file, format, layout, near-duplicate-of); no
 * document (by SHA-256) occurs twice across the sets.
 */
public final class Corpus {
    /** Layout names of test-support's Layout enum, weighted: about 25% HTML, 20% DOCX, 20% PDF, 35% TXT. */
    static final String[] MIX = {
            "HTML_TABLE", "HTML_TABLE", "HTML_GBK", "HTML_WORD_EXPORT", "HTML_WORD_EXPORT",
            "DOCX_TABLE", "DOCX_TABLE", "DOCX_TABLE", "DOCX_TABLE",
            "PDF", "PDF", "PDF", "PDF",
            "TXT_LABELLED_CELL_PER_LINE", "TXT_TABBED", "TXT_UNLABELLED_GRID", "CRAWLED_ONE_LINE",
            "PDF_TEXT_DETACHED", "MARKDOWN_PIPES", "TXT_FLATTENED"};

    private Corpus() {
    }

    /** The format class a layout is counted under in the figures. */
    static String formatOf(String layout) {
        if (layout.startsWith("HTML")) {
            return "html";
        }
        if (layout.startsWith("DOCX")) {
            return "docx";
        }
        return layout.equals("PDF") ? "pdf" : "txt";
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        long seed0 = Long.parseLong(args[1]);
        double nearDupShare = Double.parseDouble(args[2]);
        Set<String> seen = new HashSet<>();
        for (int i = 3; i < args.length; i++) {
            String[] nc = args[i].split("=");
            writeSet(base.resolve(nc[0]), seed0 + 1000L * i, Integer.parseInt(nc[1]), nearDupShare, seen);
        }
    }

    static void writeSet(Path out, long seed, int count, double nearDupShare, Set<String> seen) throws Exception {
        Files.createDirectories(out);
        String prefix = out.getFileName().toString() + "-";
        ClassLoader cl = Corpus.class.getClassLoader();
        Class<?> genClass = cl.loadClass("io.nianbao.testsupport.corpus.ReportGenerator");
        Class<?> rendererClass = cl.loadClass("io.nianbao.testsupport.corpus.Renderer");
        Class<?> reportClass = cl.loadClass("io.nianbao.testsupport.corpus.GeneratedReport");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends Enum> layoutClass = (Class<? extends Enum>) cl.loadClass("io.nianbao.testsupport.corpus.Layout");
        Class<?> renderedClass = cl.loadClass("io.nianbao.testsupport.corpus.RenderedDocument");
        Object gen = genClass.getConstructor(long.class).newInstance(seed);
        Object renderer = rendererClass.getConstructor(long.class).newInstance(seed);
        Method generate = genClass.getMethod("generate");
        Method series = genClass.getMethod("generateSeries", int.class, int.class);
        Method render = rendererClass.getMethod("render", reportClass, layoutClass);
        Method bytesOf = renderedClass.getMethod("bytes");

        Random r = new Random(seed);
        int nearDups = (int) Math.round(count * nearDupShare);
        int distinct = count - nearDups;
        List<String> index = new ArrayList<>();
        List<String[]> utf8Docs = new ArrayList<>(); // file, layout: candidates for near-duplicates
        List<Object> pending = new ArrayList<>();
        int written = 0;
        int attempts = 0;
        while (written < distinct && attempts++ < distinct * 3) {
            if (pending.isEmpty()) {
                // about 30% of reports come as a three-year series of one agency (history rules), the rest alone
                if (r.nextDouble() < 0.1) {
                    int from = 2019 + r.nextInt(3);
                    pending.addAll((List<?>) series.invoke(gen, from, from + 2));
                } else {
                    pending.add(generate.invoke(gen));
                }
            }
            Object report = pending.remove(0);
            String layout = MIX[r.nextInt(MIX.length)];
            @SuppressWarnings("unchecked")
            Object doc = render.invoke(renderer, report, Enum.valueOf(layoutClass, layout));
            byte[] bytes = (byte[]) bytesOf.invoke(doc);
            if (!seen.add(sha256(bytes))) {
                continue;
            }
            String ext = switch (formatOf(layout)) {
                case "html" -> "html";
                case "docx" -> "docx";
                case "pdf" -> "pdf";
                default -> layout.equals("MARKDOWN_PIPES") ? "md" : "txt";
            };
            String file = prefix + String.format("d%05d.%s", written, ext);
            Files.write(out.resolve(file), bytes);
            index.add(file + "\t" + formatOf(layout) + "\t" + layout + "\t-");
            if (!layout.equals("HTML_GBK") && (ext.equals("txt") || ext.equals("html") || ext.equals("md"))) {
                utf8Docs.add(new String[]{file, layout});
            }
            written++;
        }
        int dups = 0;
        for (int i = 0; i < nearDups * 3 && dups < nearDups && !utf8Docs.isEmpty(); i++) {
            String[] src = utf8Docs.get(r.nextInt(utf8Docs.size()));
            String text = Files.readString(out.resolve(src[0]), StandardCharsets.UTF_8);
            String changed = changeOneSentence(text, r);
            if (changed == null) {
                continue;
            }
            byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
            if (!seen.add(sha256(bytes))) {
                continue;
            }
            String ext = src[0].substring(src[0].lastIndexOf('.') + 1);
            String file = prefix + String.format("n%05d.%s", dups, ext);
            Files.write(out.resolve(file), bytes);
            index.add(file + "\t" + formatOf(src[1]) + "\t" + src[1] + "\t" + src[0]);
            dups++;
        }
        Files.write(out.resolve("index.tsv"), index, StandardCharsets.UTF_8);
        System.out.println("corpus " + out + ": " + written + " distinct + " + dups + " near-duplicates");
    }

    /** The text with one sentence (between two 。) replaced by a changed one; null when there is none to change. */
    static String changeOneSentence(String text, Random r) {
        List<Integer> stops = new ArrayList<>();
        for (int i = text.indexOf('。'); i >= 0; i = text.indexOf('。', i + 1)) {
            stops.add(i);
        }
        if (stops.size() < 3) {
            return null;
        }
        int k = 1 + r.nextInt(stops.size() - 2);
        int from = stops.get(k - 1) + 1;
        int to = stops.get(k);
        if (to - from < 4 || text.substring(from, to).contains("<")) {
            return null;
        }
        return text.substring(0, from) + "本机关已于当年第" + (1 + r.nextInt(4)) + "季度对上述情况作出说明并予以更正" + text.substring(to);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String[]> readIndex(Path dir) {
        try {
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
