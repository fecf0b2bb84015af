package io.nianbao.parse.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GB/T 2260 division table (resource divisions/gbt2260.csv): provinces, cities, counties. Immutable. */
public final class Divisions {

    public enum Level { PROVINCE, CITY, COUNTY }

    public record Division(String code, String name, Level level) {
        public String provinceCode() {
            return code.substring(0, 2) + "0000";
        }

        public String cityCode() {
            return code.substring(0, 4) + "00";
        }
    }

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    /** Short names of provinces and cities (安徽, 滁州) -> divisions. */
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    private final int maxNameLength;

    public Divisions(List<String[]> rows) {
        int max = 0;
        for (String[] r : rows) {
            String code = r[0];
            String name = r[1];
            Level level = code.endsWith("0000") ? Level.PROVINCE : code.endsWith("00") ? Level.CITY : Level.COUNTY;
            Division d = new Division(code, name, level);
            byCode.put(code, d);
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
            max = Math.max(max, name.length());
            if (level != Level.COUNTY) {
                String shortName = shortName(name);
                if (shortName != null && shortName.length() >= 2 && !shortName.equals(name)) {
                    byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
                }
            }
        }
        maxNameLength = max;
    }

    public static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream("/divisions/gbt2260.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource /divisions/gbt2260.csv missing");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", 2);
                if (parts.length == 2 && parts[0].matches("\\d{6}")) {
                    rows.add(new String[]{parts[0].trim(), parts[1].trim()});
                }
            }
            return new Divisions(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shortName(String name) {
        for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市", "地区", "盟")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        int i = name.indexOf("自治州");
        if (i > 0) { // 延边朝鲜族自治州 -> 延边
            String head = name.substring(0, i);
            int zu = head.indexOf("族");
            return zu > 2 ? head.substring(0, 2) : head;
        }
        return null;
    }

    public Division byCode(String code) {
        return byCode.get(code);
    }

    public List<Division> named(String name) {
        return byName.getOrDefault(name, Collections.emptyList());
    }

    public List<Division> shortNamed(String name) {
        return byShortName.getOrDefault(name, Collections.emptyList());
    }

    public int maxNameLength() {
        return maxNameLength;
    }

    public int size() {
        return byCode.size();
    }

    /** The city of a county (null for municipalities' districts and province-administered counties). */
    public Division cityOf(Division d) {
        if (d.level() != Level.COUNTY) {
            return d.level() == Level.CITY ? d : null;
        }
        return byCode.get(d.cityCode());
    }

    public Division provinceOf(Division d) {
        return byCode.get(d.provinceCode());
    }
}
