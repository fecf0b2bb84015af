package io.nianbao.validate.domain;

import java.util.List;
import java.util.Map;

/** Chinese labels of the table keys (REPORT_FORMAT.md), for messages, and the phrases that locate rows in the text. */
public final class Labels {
    private Labels() {
    }

    public static final List<String> APPLICANT_COLUMNS_ZH = List.of(
            "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    private static final Map<String, String> APP_ROWS_ZH = Map.ofEntries(
            Map.entry("newReceived", "一、本年新收申请"),
            Map.entry("carriedOver", "二、上年结转申请"),
            Map.entry("granted", "（一）予以公开"),
            Map.entry("partiallyGranted", "（二）部分公开"),
            Map.entry("deniedStateSecret", "（三）1.属于国家秘密"),
            Map.entry("deniedProhibitedByLaw", "（三）2.其他法律行政法规禁止公开"),
            Map.entry("deniedSafetyStability", "（三）3.危及“三安全一稳定”"),
            Map.entry("deniedThirdPartyRights", "（三）4.保护第三方合法权益"),
            Map.entry("deniedInternalAffairs", "（三）5.属于三类内部事务信息"),
            Map.entry("deniedProcessInfo", "（三）6.属于四类过程性信息"),
            Map.entry("deniedEnforcementFiles", "（三）7.属于行政执法案卷"),
            Map.entry("deniedQueryMatters", "（三）8.属于行政查询事项"),
            Map.entry("unavailableNotHeld", "（四）1.本机关不掌握相关政府信息"),
            Map.entry("unavailableNeedsCreation", "（四）2.没有现成信息需要另行制作"),
            Map.entry("unavailableUnclear", "（四）3.补正后申请内容仍不明确"),
            Map.entry("notProcessedComplaint", "（五）1.信访举报投诉类申请"),
            Map.entry("notProcessedRepeated", "（五）2.重复申请"),
            Map.entry("notProcessedPublication", "（五）3.要求提供公开出版物"),
            Map.entry("notProcessedExcessive", "（五）4.无正当理由大量反复申请"),
            Map.entry("notProcessedConfirmation", "（五）5.要求行政机关确认或重新出具已获取信息"),
            Map.entry("otherNoCorrection", "（六）1.逾期不补正"),
            Map.entry("otherUnpaidFee", "（六）2.逾期未缴纳费用"),
            Map.entry("otherOther", "（六）3.其他"),
            Map.entry("otherHandling", "（六）其他处理"),
            Map.entry("total", "（七）总计"),
            Map.entry("carriedForward", "四、结转下年度继续办理"));

    /** Phrases that find a section-三 row in the text (first match wins). */
    private static final Map<String, List<String>> APP_ROW_NEEDLES = Map.ofEntries(
            Map.entry("newReceived", List.of("本年新收")),
            Map.entry("carriedOver", List.of("上年结转")),
            Map.entry("granted", List.of("予以公开")),
            Map.entry("partiallyGranted", List.of("部分公开")),
            Map.entry("deniedStateSecret", List.of("国家秘密")),
            Map.entry("deniedProhibitedByLaw", List.of("禁止公开")),
            Map.entry("deniedSafetyStability", List.of("三安全一稳定")),
            Map.entry("deniedThirdPartyRights", List.of("第三方合法权益")),
            Map.entry("deniedInternalAffairs", List.of("内部事务")),
            Map.entry("deniedProcessInfo", List.of("过程性信息")),
            Map.entry("deniedEnforcementFiles", List.of("行政执法案卷")),
            Map.entry("deniedQueryMatters", List.of("行政查询事项")),
            Map.entry("unavailableNotHeld", List.of("不掌握")),
            Map.entry("unavailableNeedsCreation", List.of("另行制作")),
            Map.entry("unavailableUnclear", List.of("仍不明确")),
            Map.entry("notProcessedComplaint", List.of("信访举报")),
            Map.entry("notProcessedRepeated", List.of("重复申请")),
            Map.entry("notProcessedPublication", List.of("公开出版物")),
            Map.entry("notProcessedExcessive", List.of("大量反复")),
            Map.entry("notProcessedConfirmation", List.of("重新出具")),
            Map.entry("otherNoCorrection", List.of("逾期不补正")),
            Map.entry("otherUnpaidFee", List.of("缴纳费用")),
            Map.entry("otherOther", List.of("缴纳费用")),
            Map.entry("otherHandling", List.of("其他处理")),
            Map.entry("total", List.of("(七)总计", "七)总计", "(七)")),
            Map.entry("carriedForward", List.of("结转下年度")));

    private static final Map<String, String> REVIEW_GROUPS_ZH = Map.of(
            "review", "行政复议",
            "litigationDirect", "行政诉讼(未经复议直接起诉)",
            "litigationAfterReview", "行政诉讼(复议后起诉)");

    private static final Map<String, String> REVIEW_COLUMNS_ZH = Map.of(
            "upheld", "结果维持", "corrected", "结果纠正", "other", "其他结果", "pending", "尚未审结", "total", "总计");

    private static final Map<String, String> ACTIVE_ROWS_ZH = Map.of(
            "regulations", "规章", "normativeDocuments", "规范性文件", "licensing", "行政许可",
            "otherServices", "其他对外管理服务事项", "punishment", "行政处罚", "coercion", "行政强制",
            "fees", "行政事业性收费", "procurement", "政府集中采购");

    private static final Map<String, String> ACTIVE_COLUMNS_ZH = Map.ofEntries(
            Map.entry("made", "本年制发件数"), Map.entry("repealed", "本年废止件数"), Map.entry("inForce", "现行有效件数"),
            Map.entry("decisions", "处理决定数量"), Map.entry("amount", "本年收费金额"),
            Map.entry("newlyMade", "本年新制作数量"), Map.entry("newlyPublished", "本年新公开数量"),
            Map.entry("totalPublished", "对外公开总数量"), Map.entry("previousCount", "上一年项目数量"),
            Map.entry("change", "本年增/减"), Map.entry("projects", "采购项目数量"), Map.entry("totalAmount", "采购总金额"));

    public static String appRow(String key) {
        return APP_ROWS_ZH.getOrDefault(key, key);
    }

    public static List<String> appRowNeedles(String key) {
        return APP_ROW_NEEDLES.getOrDefault(key, List.of());
    }

    public static String appColumn(int index) {
        return index < APPLICANT_COLUMNS_ZH.size() ? APPLICANT_COLUMNS_ZH.get(index) : String.valueOf(index);
    }

    public static String reviewGroup(String key) {
        return REVIEW_GROUPS_ZH.getOrDefault(key, key);
    }

    public static String reviewColumn(String key) {
        return REVIEW_COLUMNS_ZH.getOrDefault(key, key);
    }

    public static String activeRow(String key) {
        return ACTIVE_ROWS_ZH.getOrDefault(key, key);
    }

    public static String activeColumn(String key) {
        return ACTIVE_COLUMNS_ZH.getOrDefault(key, key);
    }
}
