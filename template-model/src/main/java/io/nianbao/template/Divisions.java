package io.nianbao.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions (GB/T 2260: provinces, prefecture-level cities, county-level divisions) in one
 * table: the newest codes, the statistical areas (开发区, 管理区 …) the newest statistical codes add, and the older
 * codes that old reports still use, each with the newest code it became (三元区 350403 → 350404, 沙县 350427 →
 * 沙县区 350405). Also the special zones that publish reports under a name that is no division's (平潭综合实验区 →
 * 350128). Resources {@code io/nianbao/template/divisions/} (generated; their README says from what and how).
 * Immutable and thread-safe; {@link #get()} loads it once per JVM.
 */
public final class Divisions {

    public enum Level { PROVINCE, CITY, COUNTY }

    /** DIVISION: a current GB/T 2260 division; AREA: a current statistical area (开发区 …); FORMER: an older code. */
    public enum Kind { DIVISION, AREA, FORMER }

    /**
     * One code. {@code newestCode} is the code itself for a current one, the current code it became for a former
     * one.
     */
    public record Division(String code, String name, Level level, Kind kind, String newestCode) {
        public String provinceCode() {
            return code.substring(0, 2) + "0000";
        }

        public String cityCode() {
            return code.substring(0, 4) + "00";
        }

        public boolean isCurrent() {
            return kind != Kind.FORMER;
        }

        public boolean isArea() {
            return kind == Kind.AREA;
        }
    }

    /** A special zone: its name, the code of the division whose territory it administers, a note. */
    public record Zone(String name, String code, String note) {
    }

    /** A place name found in a text, with the divisions it may be (city or county level). */
    public record Mention(String name, int start, int end, List<Division> candidates) {
    }

    private static final String RESOURCE = "/io/nianbao/template/divisions/";
    /** Generic words that are also the names of some districts: never taken as a place name in a text. */
    private static final Set<String> GENERIC = Set.of("新城区", "老城区", "市中区", "城中区", "城东区", "城西区",
            "城南区", "城北区", "城关区", "高新区", "开发区", "示范区", "中心区", "市辖区");
    private static final int MIN_MENTION = 3;
    private static final List<String> SHORT_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
            "特别行政区", "省", "市", "地区", "盟");

    private static volatile Divisions instance;

    private final Map<String, Division> byCode = new HashMap<>();
    /** Name → the current divisions of that name, or where none, the former ones. */
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    /** Zones, longest name first. */
    private final List<Zone> zones;
    /** Names a text may mention (divisions and zones) → their city- or county-level candidates. */
    private final Map<String, List<Division>> mentionable = new HashMap<>();
    private final int maxNameLength;

    /** The table, loaded once. */
    public static Divisions get() {
        Divisions d = instance;
        if (d == null) {
            synchronized (Divisions.class) {
                d = instance;
                if (d == null) {
                    d = read(RESOURCE + "divisions.tsv", RESOURCE + "zones.tsv");
                    instance = d;
                }
            }
        }
        return d;
    }

    static Divisions read(String divisionsResource, String zonesResource) {
        return new Divisions(lines(divisionsResource), lines(zonesResource));
    }

    private static List<String[]> lines(String resource) {
        try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String[]> out = new ArrayList<>(4096);
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Divisions(List<String[]> rows, List<String[]> zoneRows) {
        Map<String, List<Division>> current = new HashMap<>();
        Map<String, List<Division>> former = new HashMap<>();
        for (String[] r : rows) {
            String code = r[0];
            Level level = code.endsWith("0000") ? Level.PROVINCE : code.endsWith("00") ? Level.CITY : Level.COUNTY;
            Kind kind = Kind.valueOf(r[2].toUpperCase(java.util.Locale.ROOT));
            Division d = new Division(code, r[1], level, kind, r[3]);
            byCode.put(code, d);
            (d.isCurrent() ? current : former).computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        }
        former.forEach((name, ds) -> {
            if (!current.containsKey(name)) {
                byName.put(name, ds);
            }
        });
        byName.putAll(current);
        Comparator<Division> byCodeOrder = Comparator.comparing(Division::code);
        byName.replaceAll((k, v) -> {
            v.sort(byCodeOrder);
            return List.copyOf(v);
        });
        for (Division d : byCode.values()) {
            if (!d.isCurrent()) {
                continue;
            }
            if (d.level() != Level.COUNTY) {
                String s = shortName(d.name());
                if (s != null && s.length() >= 2 && !s.equals(d.name())) {
                    byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
                }
            }
            Division parent = parentOf(d);
            if (parent != null) {
                children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(d);
            }
        }
        byShortName.replaceAll((k, v) -> {
            v.sort(byCodeOrder);
            return List.copyOf(v);
        });
        children.replaceAll((k, v) -> {
            v.sort(byCodeOrder);
            return List.copyOf(v);
        });
        List<Zone> zs = new ArrayList<>();
        for (String[] z : zoneRows) {
            if (z.length >= 2) {
                zs.add(new Zone(z[0].trim(), z[1].trim(), z.length > 2 ? z[2].trim() : ""));
            }
        }
        zs.sort(Comparator.comparingInt((Zone z) -> -z.name().length()).thenComparing(Zone::name));
        zones = List.copyOf(zs);
        int max = 0;
        for (var e : byName.entrySet()) {
            max = Math.max(max, e.getKey().length());
            List<Division> lower = e.getValue().stream().filter(d -> d.level() != Level.PROVINCE).toList();
            if (!lower.isEmpty()) {
                mentionable.put(e.getKey(), lower);
            }
        }
        for (Zone z : zones) {
            max = Math.max(max, z.name().length());
            Division d = byCode.get(z.code());
            if (d != null && d.level() != Level.PROVINCE) {
                mentionable.putIfAbsent(z.name(), List.of(d));
            }
        }
        maxNameLength = max;
    }

    /** The short name of a province or city (安徽省 → 安徽, 延边朝鲜族自治州 → 延边); null when it has none. */
    static String shortName(String name) {
        for (String suffix : SHORT_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        int i = name.indexOf("自治州");
        if (i > 0) {
            String head = name.substring(0, i);
            int zu = head.indexOf("族");
            return zu > 2 ? head.substring(0, 2) : head;
        }
        return null;
    }

    /** The division of a code, current or former; a 2- or 4-digit code stands for its province or city. */
    public Optional<Division> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        int n = c.length();
        if ((n != 2 && n != 4 && n != 6) || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get((c + "0000").substring(0, 6)));
    }

    /** The current division a code stands for today: itself, or the one a former code became. */
    public Optional<Division> newest(String code) {
        return byCode(code).map(d -> d.isCurrent() ? d : byCode.get(d.newestCode()));
    }

    /**
     * The divisions of this exact name: the current ones (divisions and statistical areas), or, where no current
     * division has the name, the former ones (沙县, 江干区).
     */
    public List<Division> named(String name) {
        return name == null ? List.of() : byName.getOrDefault(name, List.of());
    }

    /** Current provinces and cities by short name (安徽, 滁州, 延边). */
    public List<Division> shortNamed(String name) {
        return name == null ? List.of() : byShortName.getOrDefault(name, List.of());
    }

    /** The province of a division (itself for a province). */
    public Division provinceOf(Division d) {
        return byCode.get(d.provinceCode());
    }

    /**
     * The city of a county (itself for a city; null for a province, for a municipality's district and for a county
     * its province administers directly).
     */
    public Division cityOf(Division d) {
        if (d.level() != Level.COUNTY) {
            return d.level() == Level.CITY ? d : null;
        }
        return byCode.get(d.cityCode());
    }

    /** The division directly above: a county's city (or province where it has none), a city's province. */
    public Division parentOf(Division d) {
        return switch (d.level()) {
            case PROVINCE -> null;
            case CITY -> byCode.get(d.provinceCode());
            case COUNTY -> {
                Division city = byCode.get(d.cityCode());
                yield city != null ? city : byCode.get(d.provinceCode());
            }
        };
    }

    /**
     * The current divisions directly below a code, by code: a province's cities and the county-level divisions it
     * has without a city (a municipality's districts, 仙桃市); a city's counties and statistical areas. Empty for a
     * county, a former or an unknown code.
     */
    public List<Division> children(String code) {
        return byCode(code).filter(Division::isCurrent).map(d -> children.getOrDefault(d.code(), List.of()))
                .orElse(List.of());
    }

    /**
     * The full name of a code, province first, parts separated by a space: "福建省 福州市 平潭县", "北京市 朝阳区",
     * "湖北省 仙桃市", "福建省"; a former code under its old name ("福建省 三明市 沙县"). Null for an unknown code.
     */
    public String fullName(String code) {
        Division d = byCode(code).orElse(null);
        if (d == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(3);
        if (d.level() != Level.PROVINCE) {
            Division p = provinceOf(d);
            if (p != null) {
                parts.add(p.name());
            }
        }
        if (d.level() == Level.COUNTY) {
            Division c = cityOf(d);
            if (c != null) {
                parts.add(c.name());
            }
        }
        parts.add(d.name());
        return String.join(" ", parts);
    }

    /** The special zones, longest name first. */
    public List<Zone> zones() {
        return zones;
    }

    /** The zone of this exact name. */
    public Optional<Zone> zone(String name) {
        return zones.stream().filter(z -> z.name().equals(name)).findFirst();
    }

    /** The zone whose name an agency name starts with (平潭综合实验区经济发展局 → 平潭综合实验区), the longest. */
    public Optional<Zone> zoneStarting(String agencyName) {
        if (agencyName == null) {
            return Optional.empty();
        }
        return zones.stream().filter(z -> agencyName.startsWith(z.name())).findFirst();
    }

    /** The longest name of a division or zone. */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** How many codes, current and former. */
    public int size() {
        return byCode.size();
    }

    /** Whether {@code other} is {@code own}, one of its ancestors or one of its descendants (old or new codes). */
    public static boolean related(Division own, Division other) {
        if (own.code().equals(other.code()) || own.newestCode().equals(other.newestCode())) {
            return true;
        }
        return isAncestor(other, own) || isAncestor(own, other);
    }

    /** Whether {@code a} contains {@code b} (by the codes' prefixes, old or new). */
    public static boolean isAncestor(Division a, Division b) {
        if (a.level().compareTo(b.level()) >= 0) {
            return false;
        }
        int n = a.level() == Level.PROVINCE ? 2 : 4;
        for (String ac : List.of(a.code(), a.newestCode())) {
            String prefix = ac.substring(0, n);
            if (b.code().startsWith(prefix) || b.newestCode().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Place names of city or county level in a text (provinces are not reported): at each position that ends a
     * name (…区 县 市 旗 州 盟) the longest division or zone name ending there, leaving out generic words (新城区,
     * 开发区 …), names of fewer than three characters, 区域 / 市场, and names inside a cited document title 《…》.
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
            for (int len = Math.min(maxNameLength, i + 1 - lastEnd); len >= MIN_MENTION; len--) {
                String name = text.substring(i + 1 - len, i + 1);
                boolean known = byName.containsKey(name) || mentionable.containsKey(name);
                if (!known || GENERIC.contains(name)) {
                    continue;
                }
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if ((c == '区' && next == '域') || (c == '市' && next == '场')) {
                    break;
                }
                List<Division> lower = mentionable.get(name);
                if (lower != null && titleDepth == 0) {
                    out.add(new Mention(name, i + 1 - len, i + 1, lower));
                }
                lastEnd = i + 1;
                break;
            }
        }
        return out;
    }

    /** Every current division, by code (for listings). */
    public List<Division> current() {
        List<Division> out = new ArrayList<>(byCode.size());
        for (Division d : byCode.values()) {
            if (d.isCurrent()) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparing(Division::code));
        return Collections.unmodifiableList(out);
    }

    /** Every former code with the division it became, by code. */
    public Map<Division, Division> formerCodes() {
        Map<Division, Division> out = new LinkedHashMap<>();
        byCode.values().stream().filter(d -> !d.isCurrent()).sorted(Comparator.comparing(Division::code))
                .forEach(d -> out.put(d, byCode.get(d.newestCode())));
        return Collections.unmodifiableMap(out);
    }
}
