package io.nianbao.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full names of departments behind the abbreviations reports use (人社局 → 人力资源和社会保障局, 发改委 →
 * 发展和改革委员会, 政府办 → 人民政府办公室), resource {@code io/nianbao/template/departments.tsv}. Applied to the part of
 * an agency name after its region. Immutable; {@link #get()} loads it once.
 */
public final class Departments {
    private static final String RESOURCE = "/io/nianbao/template/departments.tsv";
    private static volatile Departments instance;

    /** Abbreviation → full name, longest abbreviation first. */
    private final Map<String, String> abbreviations;

    private Departments(Map<String, String> table) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(table.entrySet());
        sorted.sort((a, b) -> b.getKey().length() - a.getKey().length());
        Map<String, String> m = new LinkedHashMap<>();
        sorted.forEach(e -> m.put(e.getKey(), e.getValue()));
        abbreviations = Collections.unmodifiableMap(m);
    }

    public static Departments get() {
        Departments d = instance;
        if (d == null) {
            synchronized (Departments.class) {
                d = instance;
                if (d == null) {
                    d = new Departments(read());
                    instance = d;
                }
            }
        }
        return d;
    }

    private static Map<String, String> read() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Departments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                if (p.length >= 2) {
                    out.put(p[0].trim(), p[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Abbreviation → full name, longest abbreviation first. */
    public Map<String, String> abbreviations() {
        return abbreviations;
    }

    /**
     * The department part of an agency name with its abbreviation expanded: the whole part when it is one
     * (政府办 → 人民政府办公室), else an abbreviation of three or more characters it ends with, the head kept (区人社局 →
     * 区人力资源和社会保障局); unchanged otherwise.
     */
    public String canonical(String dept) {
        if (dept == null || dept.isEmpty()) {
            return dept;
        }
        String exact = abbreviations.get(dept);
        if (exact != null) {
            return exact;
        }
        for (var e : abbreviations.entrySet()) {
            String k = e.getKey();
            if (k.length() >= 3 && dept.endsWith(k)) {
                return dept.substring(0, dept.length() - k.length()) + e.getValue();
            }
        }
        return dept;
    }
}
