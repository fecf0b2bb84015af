package io.nianbao.contract;

import java.util.List;
import java.util.Map;

/** Table keys of the three template generations (../shared/spec/REPORT_FORMAT.md). */
public final class TemplateKeys {
    public static final String T2021 = "2021";
    public static final String T2019 = "2019";
    public static final String T2008 = "2008";
    public static final String UNKNOWN = "unknown";
    public static final List<String> TEMPLATES = List.of(T2021, T2019, T2008, UNKNOWN);

    public static final String TABLE_ACTIVE = "activeDisclosure";
    public static final String TABLE_APPLICATIONS = "applications";
    public static final String TABLE_REVIEW = "reviewLitigation";

    /** Section 二, 2021 template: row -> columns, in order. */
    public static final Map<String, List<String>> ACTIVE_2021 = ordered(
            "regulations", List.of("made", "repealed", "inForce"),
            "normativeDocuments", List.of("made", "repealed", "inForce"),
            "licensing", List.of("decisions"),
            "punishment", List.of("decisions"),
            "coercion", List.of("decisions"),
            "fees", List.of("amount"));

    /** Section 二, 2019 template: row -> columns, in order. */
    public static final Map<String, List<String>> ACTIVE_2019 = ordered(
            "regulations", List.of("newlyMade", "newlyPublished", "totalPublished"),
            "normativeDocuments", List.of("newlyMade", "newlyPublished", "totalPublished"),
            "licensing", List.of("previousCount", "change", "decisions"),
            "otherServices", List.of("previousCount", "change", "decisions"),
            "punishment", List.of("previousCount", "change", "decisions"),
            "coercion", List.of("previousCount", "change", "decisions"),
            "fees", List.of("previousCount", "change"),
            "procurement", List.of("projects", "totalAmount"));

    /** Cells that may hold decimals; every other cell is a count. */
    public static final List<String> DECIMAL_CELLS = List.of("fees.amount", "procurement.totalAmount");

    /** Section 三 columns, in order. */
    public static final List<String> APPLICANT_COLUMNS = List.of(
            "naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrg",
            "legalServiceOrg", "otherOrg", "total");

    private static final List<String> OUTCOMES_HEAD = List.of(
            "granted", "partiallyGranted",
            "deniedStateSecret", "deniedProhibitedByLaw", "deniedSafetyStability", "deniedThirdPartyRights",
            "deniedInternalAffairs", "deniedProcessInfo", "deniedEnforcementFiles", "deniedQueryMatters",
            "unavailableNotHeld", "unavailableNeedsCreation", "unavailableUnclear",
            "notProcessedComplaint", "notProcessedRepeated", "notProcessedPublication",
            "notProcessedExcessive", "notProcessedConfirmation");

    /** Section 三 outcome rows (those summed into total), 2021 template. */
    public static final List<String> OUTCOMES_2021 = concat(OUTCOMES_HEAD,
            List.of("otherNoCorrection", "otherUnpaidFee", "otherOther"));
    /** Section 三 outcome rows, 2019 template. */
    public static final List<String> OUTCOMES_2019 = concat(OUTCOMES_HEAD, List.of("otherHandling"));

    /** Section 三 rows in order, 2021 template. */
    public static final List<String> APPLICATION_ROWS_2021 = concat(List.of("newReceived", "carriedOver"),
            concat(OUTCOMES_2021, List.of("total", "carriedForward")));
    /** Section 三 rows in order, 2019 template. */
    public static final List<String> APPLICATION_ROWS_2019 = concat(List.of("newReceived", "carriedOver"),
            concat(OUTCOMES_2019, List.of("total", "carriedForward")));

    /** Section 四 groups and their columns, in order. */
    public static final List<String> REVIEW_GROUPS = List.of("review", "litigationDirect", "litigationAfterReview");
    public static final List<String> REVIEW_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    public static Map<String, List<String>> activeRows(String template) {
        return T2019.equals(template) ? ACTIVE_2019 : ACTIVE_2021;
    }

    public static List<String> applicationRows(String template) {
        return T2019.equals(template) ? APPLICATION_ROWS_2019 : APPLICATION_ROWS_2021;
    }

    public static List<String> outcomeRows(String template) {
        return T2019.equals(template) ? OUTCOMES_2019 : OUTCOMES_2021;
    }

    public static boolean isDecimalCell(String row, String column) {
        return DECIMAL_CELLS.contains(row + "." + column);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var out = new java.util.ArrayList<String>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static Map<String, List<String>> ordered(Object... kv) {
        var m = new java.util.LinkedHashMap<String, List<String>>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked") List<String> v = (List<String>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private TemplateKeys() {
    }
}
