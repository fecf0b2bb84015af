package io.nianbao.template;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What kind of body publishes a report, decided from its name, because the deadline depends on it
 * (条例 第五十条: a department's report by 31 January; the government's own report, which its general office
 * publishes as the competent authority, by 31 March; every report of a year up to 2018 by 31 March).
 */
public enum AgencyKind {
    /** A people's government or a body that governs a zone as one: 人民政府, 管委会, 综合实验区, 新区, 开发区. */
    GOVERNMENT("government"),
    /** The general office of such a government (办公室, 办公厅): it publishes the government's report. */
    GOVERNMENT_OFFICE("government-office"),
    /** A department or other agency of a government. */
    DEPARTMENT("department");

    private static final String GOVERNING = "(?:人民政府|政府|管理委员会|管委会|综合实验区|实验区|新区|开发区|高新区|自贸区|示范区|合作区|工业园区|园区)";
    private static final Pattern GOVERNMENT_NAME = Pattern.compile(".*" + GOVERNING + "$");
    private static final Pattern OFFICE_NAME = Pattern.compile(".*" + GOVERNING + "(?:办公室|办公厅|政务公开办公室|政务服务办公室)$");
    /** A department's marks at the end of a name. */
    private static final Pattern DEPARTMENT_NAME = Pattern.compile(
            ".*(?:局|委员会|委|厅|办|署|中心|所|院|站|队|会|处|司|部|室|馆|社|公司|集团|分局|支队|大队|监狱)$");

    private final String key;

    AgencyKind(String key) {
        this.key = key;
    }

    /** The value of {@code ReportRecord.Report#agencyKind}. */
    public String key() {
        return key;
    }

    public static AgencyKind ofKey(String key) {
        for (AgencyKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The kind named by an agency's name as written or canonical; null when the name says nothing. */
    public static AgencyKind of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.replaceAll("\\s+", "");
        if (OFFICE_NAME.matcher(n).matches()) {
            return GOVERNMENT_OFFICE;
        }
        if (GOVERNMENT_NAME.matcher(n).matches()) {
            return GOVERNMENT;
        }
        return DEPARTMENT_NAME.matcher(n).matches() ? DEPARTMENT : null;
    }

    /** The last day on which a report of {@code year} by this kind of body is on time. */
    public LocalDate deadline(int year) {
        boolean january = year >= 2019 && this == DEPARTMENT;
        return january ? LocalDate.of(year + 1, 1, 31) : LocalDate.of(year + 1, 3, 31);
    }
}
