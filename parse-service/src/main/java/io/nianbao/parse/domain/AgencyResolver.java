package io.nianbao.parse.domain;

import io.nianbao.parse.domain.Divisions.Division;
import io.nianbao.parse.domain.Divisions.Level;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves an agency name as written (琅琊区人社局) to its canonical name (滁州市琅琊区人力资源和社会保障局),
 * region code (341102) and kind (government / department). Immutable, thread-safe.
 */
public final class AgencyResolver {

    public record Resolution(String canonical, String regionCode, String kind, String problem) {
    }

    private final Divisions divisions;
    /** Abbreviation -> full department name, longest first. */
    private final Map<String, String> abbreviations;
    /** Special zone name -> region code, longest first. */
    private final Map<String, String> zones;

    public AgencyResolver(Divisions divisions, Map<String, String> abbreviations) {
        this(divisions, abbreviations, Map.of());
    }

    public AgencyResolver(Divisions divisions, Map<String, String> abbreviations, Map<String, String> zones) {
        this.divisions = divisions;
        var z = new ArrayList<>(zones.entrySet());
        z.sort((a, b) -> b.getKey().length() - a.getKey().length());
        var zm = new LinkedHashMap<String, String>();
        z.forEach(e -> zm.put(e.getKey(), e.getValue()));
        this.zones = zm;
        var sorted = new ArrayList<>(abbreviations.entrySet());
        sorted.sort((a, b) -> b.getKey().length() - a.getKey().length());
        var m = new LinkedHashMap<String, String>();
        sorted.forEach(e -> m.put(e.getKey(), e.getValue()));
        this.abbreviations = m;
    }

    public static AgencyResolver load(Divisions divisions) {
        return new AgencyResolver(divisions, table("/divisions/agency-abbreviations.tsv"), table("/divisions/zones.tsv"));
    }

    /** A two-column tab-separated table (further columns are notes); # starts a comment line. */
    private static Map<String, String> table(String resource) {
        Map<String, String> abbr = new LinkedHashMap<>();
        try (InputStream in = AgencyResolver.class.getResourceAsStream(resource)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] p = line.split("\t");
                    if (p.length >= 2) {
                        abbr.put(p[0].trim(), p[1].trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return abbr;
    }

    /** The department part with abbreviations expanded (人社局 -> 人力资源和社会保障局). */
    public String canonicalDepartment(String dept) {
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

    public Resolution resolve(String agency, String fullText) {
        if (agency == null || agency.isBlank()) {
            return new Resolution(null, null, null, "no agency name found");
        }
        String a = agency.replaceAll("\\s+", "");
        for (var z : zones.entrySet()) {
            if (a.startsWith(z.getKey())) {
                String dept = canonicalDepartment(a.substring(z.getKey().length()));
                return new Resolution(z.getKey() + dept, z.getValue(), kind(dept), null);
            }
        }
        Division province = null;
        Division city = null;
        List<Division> counties = List.of();
        int pos = 0;
        while (pos < a.length()) {
            Match m = longestAt(a, pos, province, city);
            if (m == null) {
                break;
            }
            Division first = m.candidates.get(0);
            if (first.level() == Level.PROVINCE) {
                province = first;
            } else if (first.level() == Level.CITY) {
                city = first;
                province = divisions.provinceOf(first);
            } else {
                counties = m.candidates;
                pos += m.length;
                break;
            }
            pos += m.length;
        }
        String dept = a.substring(pos);
        String problem = null;
        Division county = null;
        if (counties.size() == 1) {
            county = counties.get(0);
        } else if (counties.size() > 1) {
            List<Division> narrowed = narrowByText(counties, fullText);
            if (narrowed.size() == 1) {
                county = narrowed.get(0);
            } else {
                problem = "county name " + counties.get(0).name() + " exists in " + counties.size()
                        + " places and neither the agency name nor the text names its city or province";
            }
        }
        if (county != null) {
            Division c = divisions.cityOf(county);
            city = c;
            province = divisions.provinceOf(county);
        }
        String deptCanonical = canonicalDepartment(dept);
        String kind = kind(deptCanonical);
        if (problem != null) {
            return new Resolution(null, null, kind, problem);
        }
        Division region = county != null ? county : city != null ? city : province;
        if (region == null) {
            return new Resolution(null, null, kind, "no administrative division recognised in " + agency);
        }
        StringBuilder canonical = new StringBuilder();
        if (county != null) {
            if (city != null) {
                canonical.append(city.name());
            } else if (province != null && isMunicipality(province)) {
                canonical.append(province.name());
            }
            canonical.append(county.name());
        } else if (city != null) {
            canonical.append(city.name());
        } else {
            canonical.append(province.name());
        }
        canonical.append(deptCanonical == null ? "" : deptCanonical);
        return new Resolution(canonical.toString(), region.code(), kind, null);
    }

    private static boolean isMunicipality(Division p) {
        return p.code().startsWith("11") || p.code().startsWith("12") || p.code().startsWith("31")
                || p.code().startsWith("50");
    }

    static String kind(String deptCanonical) {
        if (deptCanonical == null || deptCanonical.isEmpty()) {
            return null;
        }
        if (deptCanonical.equals("人民政府") || deptCanonical.endsWith("人民政府")) {
            return "government";
        }
        return "department";
    }

    private List<Division> narrowByText(List<Division> counties, String text) {
        if (text == null) {
            return counties;
        }
        List<Division> byCity = new ArrayList<>();
        List<Division> byProvince = new ArrayList<>();
        for (Division c : counties) {
            Division city = divisions.cityOf(c);
            Division prov = divisions.provinceOf(c);
            if (city != null && (text.contains(city.name() + c.name()) || text.contains(city.name()))) {
                byCity.add(c);
            } else if (prov != null && text.contains(prov.name())) {
                byProvince.add(c);
            }
        }
        if (!byCity.isEmpty()) {
            return byCity;
        }
        return byProvince.isEmpty() ? counties : byProvince;
    }

    private record Match(int length, List<Division> candidates) {
    }

    private Match longestAt(String a, int pos, Division province, Division city) {
        int max = Math.min(divisions.maxNameLength(), a.length() - pos);
        for (int len = max; len >= 2; len--) {
            String w = a.substring(pos, pos + len);
            List<Division> c = consistent(divisions.named(w), province, city);
            if (!c.isEmpty()) {
                return new Match(len, c);
            }
        }
        if (pos == 0 || (province != null && city == null)) {
            for (int len = Math.min(8, a.length() - pos); len >= 2; len--) {
                String w = a.substring(pos, pos + len);
                List<Division> c = consistent(divisions.shortNamed(w), province, city);
                if (!c.isEmpty()) {
                    // a short name must not swallow the start of a department word (e.g. 安徽 + 省)
                    return new Match(len, c);
                }
            }
        }
        return null;
    }

    private List<Division> consistent(List<Division> found, Division province, Division city) {
        List<Division> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Division d : found) {
            if (province != null && !d.provinceCode().equals(province.code())) {
                continue;
            }
            if (province != null && d.level() == Level.PROVINCE) {
                continue;
            }
            if (city != null && (d.level() != Level.COUNTY || !d.cityCode().equals(city.code()))) {
                continue;
            }
            if (seen.add(d.code())) {
                out.add(d);
            }
        }
        // prefer the higher level when a name is both (e.g. a city and a county of the same name)
        if (out.size() > 1) {
            Level top = out.stream().map(Division::level).min(Enum::compareTo).orElseThrow();
            if (top != Level.COUNTY) {
                out.removeIf(d -> d.level() != top);
            }
        }
        return out;
    }
}
