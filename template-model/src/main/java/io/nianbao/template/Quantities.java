package io.nianbao.template;

import io.nianbao.contract.FigureKeys;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The quantities a report's text states, each one normalised key with its synonyms, what it counts, and the
 * table cell it may be compared with (null where the tables hold no such cell). A text-vs-table check compares
 * a stated figure only with the cell of the same key: "received" is not "handled", and "received including
 * carried-over" is neither.
 */
public final class Quantities {

    /**
     * @param key        normalised key ({@link FigureKeys} where the parser emits it)
     * @param label      the quantity in Chinese, for messages
     * @param synonyms   phrases that name this quantity in a sentence
     * @param exclusions phrases that, near the figure, mean it counts something else
     * @param cell       the table cell it equals ("applications.newReceived.total"), or null
     * @param counts     what it counts, in English
     */
    public record Quantity(String key, String label, Pattern synonyms, Pattern exclusions, String cell, String counts) {
        public boolean names(String phrase) {
            return phrase != null && synonyms.matcher(phrase).find()
                    && (exclusions == null || !exclusions.matcher(phrase).find());
        }
    }

    public static final Quantity APPLICATIONS_RECEIVED = new Quantity(FigureKeys.APPLICATIONS_RECEIVED,
            "本年新收政府信息公开申请", Pattern.compile("(?:新收|收到|接收|受理|接到|共收|共受理)[^。；，,]{0,12}申请|申请[^。；]{0,6}(?:新收|收到)"),
            Pattern.compile("含上年|包括上年|结转|累计|历年|办结|答复|办理完毕|复议|诉讼|信访|投诉|建议|提案|咨询|网络问政"),
            "applications.newReceived.total", "applications received in the year, not counting those carried over");
    public static final Quantity APPLICATIONS_HANDLED = new Quantity("applicationsHandled",
            "办理（答复）政府信息公开申请", Pattern.compile("(?:办结|答复|办理完毕|已办理|处理)[^。；，,]{0,8}申请|申请[^。；]{0,8}(?:办结|答复)"),
            Pattern.compile("复议|诉讼"), "applications.total.total",
            "applications answered in the year (including those carried over from the year before)");
    public static final Quantity APPLICATIONS_CARRIED_FORWARD = new Quantity("applicationsCarriedForward",
            "结转下年度办理", Pattern.compile("结转下一?年度?|顺延到下年度|转入下年度"), null,
            "applications.carriedForward.total", "applications still open at year end");
    public static final Quantity APPLICATIONS_CARRIED_OVER = new Quantity("applicationsCarriedOver",
            "上年结转", Pattern.compile("上年(?:度)?结转"), null,
            "applications.carriedOver.total", "applications carried over from the previous year");
    public static final Quantity ACTIVE_DISCLOSED = new Quantity(FigureKeys.ACTIVE_DISCLOSED_COUNT,
            "主动公开政府信息", Pattern.compile("主动公开[^。；，,]{0,10}(?:政府)?信息"), Pattern.compile("依申请"),
            null, "items actively disclosed in the year");
    public static final Quantity REVIEW_COUNT = new Quantity(FigureKeys.REVIEW_COUNT,
            "政府信息公开行政复议", Pattern.compile("行政复议"), null,
            "reviewLitigation.review.total", "administrative reviews about information disclosure");
    public static final Quantity LITIGATION_COUNT = new Quantity(FigureKeys.LITIGATION_COUNT,
            "政府信息公开行政诉讼", Pattern.compile("行政诉讼"), null,
            "reviewLitigation.litigationDirect.total+reviewLitigation.litigationAfterReview.total",
            "lawsuits about information disclosure (direct and after review)");
    public static final Quantity FEE_COLLECTED = new Quantity(FigureKeys.FEE_COLLECTED,
            "信息处理费", Pattern.compile("信息处理费|处理费"), null, null, "information processing fees collected (元)");

    /** Narrative quantities without a table cell, stated in many reports, that one report may state twice. */
    private static final List<Quantity> NARRATIVE = List.of(
            narrative("policyInterpretations", "政策解读", "政策解读|解读(?:文件|稿件|材料)?"),
            narrative("publicConcernsAnswered", "回应关切", "回应(?:社会|公众)?(?:关切|热点)"),
            narrative("pressConferences", "新闻发布会", "新闻发布会|发布会"),
            narrative("onlineInterviews", "在线访谈", "在线访谈|访谈"),
            narrative("messagesAnswered", "留言办理", "(?:网民|群众)?留言"),
            narrative("normativeDocumentsPublished", "规范性文件", "规范性文件"),
            narrative("trainingSessions", "培训", "培训"),
            narrative("newMediaPosts", "政务新媒体发布", "(?:微信|微博|公众号|新媒体|抖音)"));

    private static Quantity narrative(String key, String label, String synonyms) {
        return new Quantity(key, label, Pattern.compile(synonyms), null, null, label);
    }

    /** Every quantity of the vocabulary, the table-backed ones first. */
    public static final List<Quantity> ALL = concat(List.of(APPLICATIONS_RECEIVED, APPLICATIONS_HANDLED,
            APPLICATIONS_CARRIED_FORWARD, APPLICATIONS_CARRIED_OVER, ACTIVE_DISCLOSED, REVIEW_COUNT, LITIGATION_COUNT,
            FEE_COLLECTED), NARRATIVE);

    private Quantities() {
    }

    /**
     * The one normalised key of a phrase (the words before a figure), or null when the vocabulary has none or
     * the phrase names two quantities (then it is not one quantity).
     */
    public static String keyOf(String phrase) {
        Quantity found = null;
        for (Quantity q : ALL) {
            if (q.names(phrase)) {
                if (found != null && found.cell() != null && q.cell() == null) {
                    continue; // a table-backed quantity wins over a narrative word in the same phrase
                }
                if (found != null) {
                    return null;
                }
                found = q;
            }
        }
        return found == null ? null : found.key();
    }

    public static Quantity byKey(String key) {
        return ALL.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    private static List<Quantity> concat(List<Quantity> a, List<Quantity> b) {
        var out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
