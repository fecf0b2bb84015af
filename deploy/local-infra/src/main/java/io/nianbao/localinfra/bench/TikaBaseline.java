package io.nianbao.localinfra.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain Apache Tika text extraction of a corpus in one JVM, on parse-service's own classpath
 * ({@code parse-service/target/quarkus-app/lib/main/*}), the same Tika version parse-service runs: the ceiling
 * parse-service is compared with. Tika is reached by reflection so that local-infra need not depend on it.
 * One warm-up pass over the corpus, then a timed pass, one thread; prints {@code TIKA <format> <docs> <docs/s>}
 * lines and {@code TIKA all ...}.
 * <p>
 * {@code java -cp <local-infra classes>:<parse-service lib/main/*> io.nianbao.localinfra.bench.TikaBaseline CORPUS_DIR}
 */
public final class TikaBaseline {
    private TikaBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<String[]> index = Corpus.readIndex(dir);
        byte[][] docs = new byte[index.size()][];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = Files.readAllBytes(dir.resolve(index.get(i)[0]));
        }
        Class<?> tikaClass = Class.forName("org.apache.tika.Tika");
        Class<?> metadataClass = Class.forName("org.apache.tika.metadata.Metadata");
        Object tika = tikaClass.getConstructor().newInstance();
        tikaClass.getMethod("setMaxStringLength", int.class).invoke(tika, -1);
        Method parse = tikaClass.getMethod("parseToString", InputStream.class, metadataClass);
        Method set = metadataClass.getMethod("set", String.class, String.class);
        for (int i = 0; i < docs.length; i++) { // warm-up
            extract(parse, set, metadataClass, tika, docs[i], index.get(i)[0]);
        }
        Map<String, long[]> byFormat = new TreeMap<>(); // docs, nanos, chars
        long total = 0;
        for (int i = 0; i < docs.length; i++) {
            long t0 = System.nanoTime();
            int chars = extract(parse, set, metadataClass, tika, docs[i], index.get(i)[0]);
            long dt = System.nanoTime() - t0;
            total += dt;
            long[] f = byFormat.computeIfAbsent(index.get(i)[1], k -> new long[3]);
            f[0]++;
            f[1] += dt;
            f[2] += chars;
        }
        for (var e : byFormat.entrySet()) {
            System.out.printf("TIKA %s %d %.1f%n", e.getKey(), e.getValue()[0], e.getValue()[0] / (e.getValue()[1] / 1e9));
        }
        System.out.printf("TIKA all %d %.1f%n", docs.length, docs.length / (total / 1e9));
    }

    private static int extract(Method parse, Method set, Class<?> metadataClass, Object tika, byte[] doc, String name) {
        try {
            Object md = metadataClass.getConstructor().newInstance();
            set.invoke(md, "resourceName", name);
            return ((String) parse.invoke(tika, new ByteArrayInputStream(doc), md)).length();
        } catch (ReflectiveOperationException e) {
            return 0; // a document Tika cannot read counts with its time
        }
    }
}
