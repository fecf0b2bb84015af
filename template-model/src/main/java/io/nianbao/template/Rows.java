package io.nianbao.template;

import io.nianbao.contract.TemplateKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every row of the three tables with its statutory label, the numbering printed before it and the patterns
 * that find it in text whose layout was lost. The anchors tolerate what real reports do to labels: a group
 * heading before the first row ({@code （三）不予公开 1.属于国家秘密}), abbreviations, typos
 * ({@code 其他法律行政止公开}), half-width numbering.
 */
public final class Rows {

    /** A row: key, numbering as printed ("一、", "（一）", "1."), statutory label, anchor pattern. */
    public record Row(String key, String numbering, String label, Pattern anchor) {
        /** The numbering in the forms it is printed in: "2." also as "2、" "2．"; "（一）" also as "(一)". */
        public List<String> numberingForms() {
            List<String> out = new ArrayList<>();
            if (numbering == null || numbering.isEmpty()) {
                return out;
            }
            out.add(numbering);
            if (numbering.endsWith(".")) {
                String n = numbering.substring(0, numbering.length() - 1);
                out.add(n + "、");
                out.add(n + "．");
                out.add(n + "，");
            }
            if (numbering.startsWith("（")) {
                out.add("(" + numbering.substring(1, numbering.length() - 1) + ")");
            }
            return out;
        }
    }

    private static final Map<String, Row> APPLICATION = new LinkedHashMap<>();
    private static final Map<String, Row> ACTIVE = new LinkedHashMap<>();

    private static void app(String key, String numbering, String label, String anchor) {
        APPLICATION.put(key, new Row(key, numbering, label, Pattern.compile(anchor)));
    }

    private static void active(String key, String label, String anchor) {
        ACTIVE.put(key, new Row(key, "", label, Pattern.compile(anchor)));
    }

    static {
        app("newReceived", "一、", "本年新收政府信息公开申请数量", "本年新收|新收政府信息公开申请|本年收到");
        app("carriedOver", "二、", "上年结转政府信息公开申请数量", "上年结转|上年度结转");
        app("granted", "（一）", "予以公开", "予以公开");
        app("partiallyGranted", "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）",
                "部分公开(?:[（(]区分处理的，?只计这一情形，?不计其他情形[）)])?");
        app("deniedStateSecret", "1.", "属于国家秘密", "国家秘密");
        app("deniedProhibitedByLaw", "2.", "其他法律行政法规禁止公开", "(?:其他)?法律行政法?规?禁?止公开|行政法规禁止");
        app("deniedSafetyStability", "3.", "危及“三安全一稳定”", "危及[“\"]?三安全一稳定[”\"]?|三安全一稳定");
        app("deniedThirdPartyRights", "4.", "保护第三方合法权益", "保护第三方合法权益|第三方合法权益|第三方");
        app("deniedInternalAffairs", "5.", "属于三类内部事务信息", "三类内部事务信息|内部事务");
        app("deniedProcessInfo", "6.", "属于四类过程性信息", "四类过程性信息|过程性");
        app("deniedEnforcementFiles", "7.", "属于行政执法案卷", "行政执法案卷|执法案卷");
        app("deniedQueryMatters", "8.", "属于行政查询事项", "行政查询事项|查询事项");
        app("unavailableNotHeld", "1.", "本机关不掌握相关政府信息", "不掌握相关政府信息|不掌握");
        app("unavailableNeedsCreation", "2.", "没有现成信息需要另行制作", "没有现成信息需要另行制作|另行制作|没有现成");
        app("unavailableUnclear", "3.", "补正后申请内容仍不明确", "补正后申请内容仍不明确|仍不明确");
        app("notProcessedComplaint", "1.", "信访举报投诉类申请", "信访举报投诉类申请|信访举报|举报投诉|信访");
        app("notProcessedRepeated", "2.", "重复申请", "重复申请");
        app("notProcessedPublication", "3.", "要求提供公开出版物", "要求提供公开出版物|公开出版物|出版物");
        app("notProcessedExcessive", "4.", "无正当理由大量反复申请", "无正当理由大量反复申请|大量反复");
        app("notProcessedConfirmation", "5.", "要求行政机关确认或重新出具已获取信息",
                "要求行政机关确认或重新出具已获取信息|重新出具|确认或");
        app("otherNoCorrection", "1.", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人无正当理由逾期不补正[、，,]?行政机关不再处理其政府信息公开申请|逾期不补正|不补正");
        app("otherUnpaidFee", "2.", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用[、，,]?行政机关不再处理其政府信息公开申请|缴纳费用|收费通知");
        app("otherOther", "3.", "其他", "其他(?!处理)");
        app("otherHandling", "（六）", "其他处理", "其他处理");
        app("total", "（七）", "总计", "总计|合计");
        app("carriedForward", "四、", "结转下年度继续办理", "结转下一?年度继续办理|结转下一?年度|结转下年");

        active("regulations", "规章", "规章");
        active("normativeDocuments", "行政规范性文件", "行政规范性文件|规范性文件");
        active("licensing", "行政许可", "行政许可");
        active("otherServices", "其他对外管理服务事项", "其他对外管理服务事项|对外管理服务");
        active("punishment", "行政处罚", "行政处罚");
        active("coercion", "行政强制", "行政强制");
        active("fees", "行政事业性收费", "行政事业性收费|事业性收费");
        active("procurement", "政府集中采购", "政府集中采购|集中采购|政府采购");
    }

    /** Group headings of section 三, by the first row they head: printed before that row's own label. */
    public static final Map<String, String> APPLICATION_GROUP_HEADINGS = Map.of(
            "granted", "三、本年度办理结果",
            "deniedStateSecret", "（三）不予公开",
            "unavailableNotHeld", "（四）无法提供",
            "notProcessedComplaint", "（五）不予处理",
            "otherNoCorrection", "（六）其他处理");

    /** Section 三 column labels, in the order of {@link TemplateKeys#APPLICANT_COLUMNS}. */
    public static final List<String> APPLICANT_COLUMN_LABELS = List.of(
            "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** Section 四 group and column labels. */
    public static final Map<String, String> REVIEW_GROUP_LABELS = Map.of(
            "review", "行政复议",
            "litigationDirect", "行政诉讼（未经复议直接起诉）",
            "litigationAfterReview", "行政诉讼（复议后起诉）");
    public static final Map<String, String> REVIEW_COLUMN_LABELS = Map.of(
            "upheld", "结果维持", "corrected", "结果纠正", "other", "其他结果", "pending", "尚未审结", "total", "总计");

    /** Section 二 column labels (both generations). */
    public static final Map<String, String> ACTIVE_COLUMN_LABELS = Map.ofEntries(
            Map.entry("made", "本年制发件数"), Map.entry("repealed", "本年废止件数"), Map.entry("inForce", "现行有效件数"),
            Map.entry("decisions", "本年处理决定数量"), Map.entry("amount", "本年收费金额（单位：万元）"),
            Map.entry("newlyMade", "本年新制作数量"), Map.entry("newlyPublished", "本年新公开数量"),
            Map.entry("totalPublished", "对外公开总数量"), Map.entry("previousCount", "上一年项目数量"),
            Map.entry("change", "本年增/减"), Map.entry("projects", "采购项目数量"), Map.entry("totalAmount", "采购总金额"));

    private Rows() {
    }

    public static Row application(String key) {
        return APPLICATION.get(key);
    }

    public static Row active(String key) {
        return ACTIVE.get(key);
    }

    /** Section 三 rows of a template, in printed order. */
    public static List<Row> applicationRows(String template) {
        return TemplateKeys.applicationRows(template).stream().map(APPLICATION::get).toList();
    }

    /**
     * The row lists a section-三 table of this template is printed with, the template's own first. Real 2021
     * reports mix generations: some print （六）其他处理 as the one row of the 2019 layout.
     */
    public static List<List<String>> applicationRowVariants(String template) {
        List<String> own = TemplateKeys.applicationRows(template);
        if (!TemplateKeys.T2021.equals(template)) {
            return List.of(own);
        }
        List<String> mixed = new ArrayList<>();
        for (String k : own) {
            if (k.equals("otherNoCorrection")) {
                mixed.add("otherHandling");
            } else if (!k.equals("otherUnpaidFee") && !k.equals("otherOther")) {
                mixed.add(k);
            }
        }
        return List.of(own, List.copyOf(mixed));
    }

    /** The outcome rows (summed into total) among a row list. */
    public static List<String> outcomesOf(List<String> rowKeys) {
        return rowKeys.stream().filter(k -> !k.equals("newReceived") && !k.equals("carriedOver")
                && !k.equals("total") && !k.equals("carriedForward")).toList();
    }

    /** Section 二 rows of a template, in printed order. */
    public static List<Row> activeRows(String template) {
        return TemplateKeys.activeRows(template).keySet().stream().map(ACTIVE::get).toList();
    }

    /** The label of a section-三 row with its numbering, for messages: "（三）1.属于国家秘密". */
    public static String applicationLabel(String key) {
        Row r = APPLICATION.get(key);
        if (r == null) {
            return key;
        }
        String group = "";
        List<String> rows = TemplateKeys.APPLICATION_ROWS_2021;
        int i = rows.indexOf(key);
        for (int j = i; j >= 0 && r.numbering().endsWith("."); j--) {
            String h = APPLICATION_GROUP_HEADINGS.get(rows.get(j));
            if (h != null) {
                group = h.substring(0, h.indexOf('）') + 1);
                break;
            }
        }
        return group + r.numbering() + r.label();
    }

    public static String activeLabel(String key) {
        Row r = ACTIVE.get(key);
        return r == null ? key : r.label();
    }

    /** Section 二 labels the 2019 template prints otherwise than the 2021 one. */
    private static final Map<String, String> ACTIVE_LABELS_2019 = Map.of("normativeDocuments", "规范性文件");

    /** The label of a section-二 row as the template prints it (2019: "规范性文件", 2021: "行政规范性文件"). */
    public static String activeLabel(String key, String template) {
        if (TemplateKeys.T2019.equals(template) && ACTIVE_LABELS_2019.containsKey(key)) {
            return ACTIVE_LABELS_2019.get(key);
        }
        return activeLabel(key);
    }

    /** The label of a section-四 group ("行政诉讼（复议后起诉）"), the key where none. */
    public static String reviewGroupLabel(String key) {
        return REVIEW_GROUP_LABELS.getOrDefault(key, key);
    }

    /** The label of a section-四 column ("结果维持"), the key where none. */
    public static String reviewColumnLabel(String key) {
        return REVIEW_COLUMN_LABELS.getOrDefault(key, key);
    }

    /** The label of a section-二 column ("本年制发件数"), the key where none. */
    public static String activeColumnLabel(String key) {
        return ACTIVE_COLUMN_LABELS.getOrDefault(key, key);
    }

    /**
     * A section-三 row as it is printed on its own line, numbering and label, in each form of the numbering
     * ("（七）总计", "(七)总计"; "1.属于国家秘密", "1、属于国家秘密" …): where a row stands when the layout was kept.
     */
    public static List<String> printedApplicationLabels(String key) {
        Row r = APPLICATION.get(key);
        if (r == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : r.numberingForms()) {
            out.add(n + r.label());
        }
        if (out.isEmpty()) {
            out.add(r.label());
        }
        return out;
    }

    public static String applicantColumnLabel(int index) {
        return index >= 0 && index < APPLICANT_COLUMN_LABELS.size() ? APPLICANT_COLUMN_LABELS.get(index)
                : String.valueOf(index);
    }
}
