package io.nianbao.parse.domain;

import io.nianbao.template.Departments;
import io.nianbao.template.Divisions;
import io.nianbao.template.Divisions.Division;
import io.nianbao.template.Divisions.Level;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves an agency name as written (琅琊区人社局) to its canonical name (滁州市琅琊区人力资源和社会保障局),
 * region code (341102) and kind (government / department). Immutable, thread-safe.
 */
public final class AgencyResolver {

    public record Resolution(String canonical, String regionCode, String kind, String problem) {
    }

    private final Divisions divisions;
    private final Departments departments;

    /** The template model's division table (newest codes, former codes, special zones) and department names. */
    public AgencyResolver(Divisions divisions, Departments departments) {
        this.divisions = divisions;
        this.departments = departments;
    }

    public static AgencyResolver standard() {
        return new AgencyResolver(Divisions.get(), Departments.get());
    }

    /** The department part with abbreviations expanded (人社局 -> 人力资源和社会保障局). */
    public String canonicalDepartment(String dept) {
        return departments.canonical(dept);
    }

    public Resolution resolve(String agency, String fullText) {
        if (agency == null || agency.isBlank()) {
            return new Resolution(null, null, null, "no agency name found");
        }
        String a = agency.replaceAll("\\s+", "");
        var zone = divisions.zoneStarting(a);
        if (zone.isPresent()) {
            String dept = canonicalDepartment(a.substring(zone.get().name().length()));
            return new Resolution(zone.get().name() + dept, zone.get().code(), kind(dept), null);
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
        // a former code (沙县 350427) is reported under the code it became (沙县区 350405), so that one agency's
        // reports stay one history across a recoding
        return new Resolution(canonical.toString(), region.newestCode(), kind, null);
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
            if (d.isArea()) {
                continue; // statistical areas (开发区 codes 71–79) are not GB/T 2260 divisions
            }
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
