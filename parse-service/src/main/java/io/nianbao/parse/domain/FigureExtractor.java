package io.nianbao.parse.domain;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord.StatedFigure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stated figures of the narrative, by a small grammar: a number (Arabic or Chinese) with a classifier
 * (件/条/次/个/篇…) near keywords, negations (未收到…申请 -> 0), totals with breakdowns. Stateless.
 */
public final class FigureExtractor {

    /** A number: Arabic (not starting inside a longer digit run, at most 9 digits) or Chinese. */
    static final String NUM = "((?<![\\d.])\\d{1,9}(?:\\.\\d{1,6})?(?![\\d.])|[零〇两一二三四五六七八九十百千万]{1,7})";
    static final String CLS = "(件|条|次|个|篇|宗|起|份|项|场|期|人次)";
    private static final String GAP = "\\s*(?:余|多)?\\s*";
    private static final Pattern NUM_CLS = Pattern.compile(NUM + GAP + CLS);

    private static final Pattern APP_NONE = Pattern.compile(
            "(?:未|没有|无|均未|尚未|并未)(?:[^。;,\\d]{0,12}?)(?:收到|接到|受理|接收|收悉)[^。;]{0,30}?申请");
    private static final Pattern APP_AFTER = Pattern.compile(
            "(?:收到|接到|受理|接收|新收)[^。;\\n\\d]{0,25}?申请[^。;,\\n\\d]{0,8}?(?:共|合计|共计|为|数量为|数为)?"
                    + NUM + GAP + "(件|个|宗|份|条|起|次)");
    private static final Pattern APP_BEFORE = Pattern.compile(
            "(?:收到|接到|受理|接收|新收)(?:了|各类|群众|公民)?" + NUM + GAP + "(件|个|宗|份|条|起|次)[^。;,\\n\\d]{0,15}?申请");
    private static final Pattern APP_EXCLUDE = Pattern.compile("复议|诉讼|历年|建议|提案|信访|投诉");

    private static final Pattern ACTIVE = Pattern.compile(
            "(?:主动公开|公开|发布)(?:了)?(?:各类|政府|相关)?(?:政府)?(?:信息|文件)(?:总数|总量|数量|数)?(?:共|共计|合计)?(?:为|:)?(?:约)?"
                    + NUM + GAP + "(条|件|篇|个)");
    private static final Pattern NEGATION = Pattern.compile("未|没有|无|零");
    private static final Pattern FEE_NONE = Pattern.compile(
            "(?:未|没有|无|不|均未|未曾)(?:[^。;,]{0,10}?)(?:收取|产生|收)[^。;,]{0,20}?(?:处理费|费用)");
    /** The statutory label of row otherUnpaidFee, from the template model. */
    private static final Pattern UNPAID_FEE_ROW = io.nianbao.template.Rows.application("otherUnpaidFee").anchor();
    private static final Pattern FEE_NONE2 = Pattern.compile("(?:处理费|收费)[^。;,]{0,6}?(?:为零|为0|(?<![\\d.])0元|零元)");
    private static final Pattern FEE_AMOUNT = Pattern.compile(
            "(?:收取|共收|收费)[^。;,\\d]{0,15}?(?:处理费|费用)[^。;,\\d]{0,6}?(\\d+(?:\\.\\d+)?)\\s*(万元|元)");
    /** Counts over several years (历年累计, 2008-2016, 成立以来), not the report year's. */
    private static final Pattern CUMULATIVE = Pattern.compile("历年|以来|至今|年来|\\d{4}\\s*[-—~至]\\s*\\d{4}");
    private static final Pattern TOTAL_MARK = Pattern.compile("共|共计|合计|总计|总数|全年|累计");

    /** First characters of the patterns' matches (see {@link LeadFind}); keep them in step with the patterns. */
    private static final String DIGITS = "0123456789";
    private static final String NUMBER_LEADS = DIGITS + "零〇两一二三四五六七八九十百千万";
    /** First characters of {@link #CLS}: a number is a counted quantity only with one of them after it. */
    private static final String CLASSIFIER_LEADS = "件条次个篇宗起份项场期人";
    private static final String NEGATION_LEADS = "未没无均尚并不";
    private static final String RECEIVE_LEADS = "收接受新";
    private static final Pattern ARABIC = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(未|没有)$");
    private static final Pattern PART_OF_BREAKDOWN = Pattern.compile("季度|其中|月份|\\d+月");
    private static final Pattern YEAR_TOTAL = Pattern.compile("\\d{4}年|全年|本年|年度|共|主动公开");
    /** A whole Arabic number, or a Chinese one with a digit word (not 百/千/万 alone). */
    private static final Pattern COUNTABLE = Pattern.compile("^\\d+$|[一二三四五六七八九十]");
    private static final Pattern AMONG_AFTER = Pattern.compile("[,。:]?其中");
    private static final Pattern TOTAL_LABEL_PREFIX = Pattern.compile("^(其中|全年|共|本年度?|\\d{4}年(度)?)+");
    private static final Pattern PART_LABEL_PREFIX = Pattern.compile("^(其中(包括)?|包括)[:]?");

    private FigureExtractor() {
    }

    /**
     * @param skip positions to ignore (inside tables)
     */
    public static List<StatedFigure> extract(String text, IntPredicate skip) {
        ProseView view = ProseView.of(text, skip);
        if (view == null) {
            return extractIn(text, skip);
        }
        // the grammar runs over the text with the line breaks of wrapped prose taken out; every figure's span is
        // then put back on the text as it is (its quote may hold the line break)
        List<StatedFigure> found = extractIn(view.text(), pos -> skip.test(view.original(pos)));
        for (StatedFigure f : found) {
            view.restore(f, text);
        }
        return found;
    }

    /**
     * The text with the line breaks inside wrapped prose removed: a PDF's text layer, or text converted from it,
     * breaks a paragraph wherever its line was full, at any width, also inside a phrase (收到政府信息公开\n申请46件)
     * or a number (行政执法信息4\n00条), where the grammar, which never reads across a line, would miss or misread
     * the figure. A break is taken out only between two lines of prose: the first at least {@link #WRAP_MIN}
     * characters long with a Han character, ending in neither a clause end nor a space, not a table line, a skipped
     * position or a numbered heading (shorter than {@link #HEADING_MAX}); the next starting with a Han character or
     * a digit and not with an item's numbering. {@link TextNormalizer#unwrap} rejoins the text itself, for every
     * later step, but only where all lines were wrapped at one width; this view is for the figure grammar alone.
     */
    record ProseView(String text, int[] origin) {
        static final int WRAP_MIN = 12;
        static final int HEADING_MAX = 24;
        /** The same line starts and clause ends as {@link TextNormalizer#unwrap}'s fixed-width rejoining. */
        private static final Pattern ITEM_START = TextNormalizer.ITEM_START;
        private static final String CLAUSE_END = TextNormalizer.CLAUSE_END;

        static ProseView of(String text, IntPredicate skip) {
            StringBuilder b = null;
            int[] origin = null;
            int n = 0;
            int lineStart = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' && joins(text, lineStart, i, skip)) {
                    if (b == null) {
                        b = new StringBuilder(text.length());
                        origin = new int[text.length() + 1];
                        b.append(text, 0, i);
                        for (int k = 0; k < i; k++) {
                            origin[k] = k;
                        }
                        n = i;
                    }
                    lineStart = i + 1;
                    continue;
                }
                if (c == '\n') {
                    lineStart = i + 1;
                }
                if (b != null) {
                    b.append(c);
                    origin[n++] = i;
                }
            }
            if (b == null) {
                return null;
            }
            origin[n] = text.length();
            return new ProseView(b.toString(), origin);
        }

        private static boolean joins(String text, int lineStart, int nl, IntPredicate skip) {
            int len = nl - lineStart;
            if (len < WRAP_MIN || nl + 1 >= text.length()) {
                return false;
            }
            char last = text.charAt(nl - 1);
            char next = text.charAt(nl + 1);
            if (CLAUSE_END.indexOf(last) >= 0 || Character.isWhitespace(last)) {
                return false;
            }
            if (!(TextNormalizer.han(next) || (next >= '0' && next <= '9'))) {
                return false;
            }
            boolean hasHan = false;
            for (int k = lineStart; k < nl; k++) {
                char c = text.charAt(k);
                if (c == '\t' || c == '|') {
                    return false;
                }
                hasHan |= TextNormalizer.han(c);
            }
            if (!hasHan || skip.test(lineStart) || skip.test(nl + 1)) {
                return false;
            }
            // a numbered line this short is a heading, not the first line of a wrapped paragraph
            if (len < HEADING_MAX && ITEM_START.matcher(text.substring(lineStart, nl)).find()) {
                return false;
            }
            int nextEnd = text.indexOf('\n', nl + 1);
            String nextLine = text.substring(nl + 1, nextEnd < 0 ? text.length() : nextEnd);
            return nextLine.indexOf('\t') < 0 && nextLine.indexOf('|') < 0 && !ITEM_START.matcher(nextLine).find();
        }

        int original(int pos) {
            return origin[Math.max(0, Math.min(pos, origin.length - 1))];
        }

        /** A span [start, end) of the view on the original text: end maps after the last character. */
        void restore(StatedFigure f, String original) {
            int start = original(f.start);
            int end = f.end > f.start ? original(f.end - 1) + 1 : start;
            f.start = start;
            f.end = end;
            f.quote = original.substring(start, end);
            if (f.parts != null) {
                for (StatedFigure p : f.parts) {
                    restore(p, original);
                }
            }
        }
    }

    private static List<StatedFigure> extractIn(String text, IntPredicate skip) {
        List<StatedFigure> out = new ArrayList<>();
        applications(text, skip, out);
        active(text, skip, out);
        reviewLitigation(text, skip, out, "复议", FigureKeys.REVIEW_COUNT);
        reviewLitigation(text, skip, out, "诉讼", FigureKeys.LITIGATION_COUNT);
        fee(text, skip, out);
        breakdowns(text, skip, out);
        quantities(text, skip, out);
        out.sort(Comparator.comparingInt((StatedFigure f) -> f.start).thenComparing(f -> f.key));
        return out;
    }

    static BigDecimal number(String s) {
        if (ARABIC.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        Long v = ChineseNumbers.parse(s);
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static StatedFigure figure(String key, String label, BigDecimal value, String unit, String text,
                                       int start, int end) {
        StatedFigure f = new StatedFigure();
        f.key = key;
        f.label = label;
        f.value = value;
        f.unit = unit;
        f.start = start;
        f.end = end;
        f.quote = text.substring(start, end);
        return f;
    }

    private static void applications(String text, IntPredicate skip, List<StatedFigure> out) {
        LeadFind n = new LeadFind(APP_NONE, NEGATION_LEADS, text);
        while (n.find()) {
            if (!skip.test(n.start()) && !APP_EXCLUDE.matcher(n.group()).find()) {
                out.add(figure(FigureKeys.APPLICATIONS_RECEIVED, "政府信息公开申请", BigDecimal.ZERO, "件", text,
                        n.start(), n.end()));
            }
        }
        for (Pattern p : List.of(APP_AFTER, APP_BEFORE)) {
            LeadFind m = new LeadFind(p, RECEIVE_LEADS, text);
            while (m.find()) {
                BigDecimal v = number(m.group(1));
                if (v == null || skip.test(m.start()) || APP_EXCLUDE.matcher(m.group()).find()) {
                    continue;
                }
                String head = sentenceBefore(text, m.start());
                String clause = head.substring(head.lastIndexOf(',') + 1);
                if (CUMULATIVE.matcher(clause).find()) {
                    continue;
                }
                int before = Math.max(0, m.start() - 4);
                if (NEGATED_BEFORE.matcher(text.substring(before, m.start())).find()) {
                    continue;
                }
                out.add(figure(FigureKeys.APPLICATIONS_RECEIVED, "政府信息公开申请", v, m.group(2), text,
                        m.start(), m.end()));
            }
        }
    }

    private static void active(String text, IntPredicate skip, List<StatedFigure> out) {
        LeadFind m = new LeadFind(ACTIVE, "主公发", text);
        while (m.find()) {
            BigDecimal v = number(m.group(1));
            if (v == null || skip.test(m.start())) {
                continue;
            }
            String sentenceHead = sentenceBefore(text, m.start());
            if (CUMULATIVE.matcher(sentenceHead).find()) {
                continue;
            }
            String clause = sentenceHead.substring(Math.max(sentenceHead.lastIndexOf(','), sentenceHead.lastIndexOf(':')) + 1);
            if (PART_OF_BREAKDOWN.matcher(clause).find()) {
                continue; // a part of a breakdown, not the year's total
            }
            String sentence = sentenceHead + m.group();
            if (!YEAR_TOTAL.matcher(sentence).find()) {
                continue; // a count of one channel or column, not the year's total
            }
            out.add(figure(FigureKeys.ACTIVE_DISCLOSED_COUNT, "主动公开政府信息", v, m.group(2), text,
                    m.start(), m.end()));
        }
    }

    /** The text of the current sentence before pos (back to 。;! or a blank line). */
    static String sentenceBefore(String text, int pos) {
        return sentenceBefore(text, pos, false);
    }

    /** The current line's part of the sentence before pos. */
    static String lineClauseBefore(String text, int pos) {
        return sentenceBefore(text, pos, true);
    }

    static String sentenceBefore(String text, int pos, boolean stopAtNewline) {
        int i = pos - 1;
        while (i >= 0 && "。;!?".indexOf(text.charAt(i)) < 0 && !(stopAtNewline && text.charAt(i) == '\n')
                && !(text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n' && endsClause(text, i - 1))) {
            i--;
        }
        return text.substring(i + 1, pos);
    }

    private static boolean endsClause(String text, int newlineAt) {
        int j = newlineAt;
        while (j >= 0 && (text.charAt(j) == '\n' || text.charAt(j) == ' ')) {
            j--;
        }
        return j < 0 || "。;!?:)|".indexOf(text.charAt(j)) >= 0 || Character.isDigit(text.charAt(j))
                || pos(text, j);
    }

    /** A line that looks like a table cell or heading (short, no sentence punctuation) ends a clause. */
    private static boolean pos(String text, int j) {
        int ls = text.lastIndexOf('\n', j) + 1;
        String line = text.substring(ls, j + 1);
        return line.length() <= 12 && !line.contains(",");
    }

    private static void reviewLitigation(String text, IntPredicate skip, List<StatedFigure> out, String keyword,
                                         String key) {
        int idx = text.indexOf(keyword);
        while (idx >= 0) {
            int next = text.indexOf(keyword, idx + 1);
            if (!skip.test(idx)) {
                // a number stated right after the keyword, in the same clause
                int clauseEnd = idx + keyword.length();
                while (clauseEnd < text.length() && clauseEnd - idx < 16 && ",。;\n".indexOf(text.charAt(clauseEnd)) < 0) {
                    clauseEnd++;
                }
                Matcher m = NUM_CLS.matcher(text.substring(idx, clauseEnd));
                boolean found = false;
                while (m.find()) {
                    String cls = m.group(2);
                    if (!"件起宗个次".contains(cls)) {
                        continue;
                    }
                    BigDecimal v = number(m.group(1));
                    if (v != null) {
                        int s = Math.max(0, idx - 2);
                        out.add(figure(key, "行政" + keyword, v, cls, text, s, idx + m.end()));
                        found = true;
                    }
                    break;
                }
                if (!found) {
                    String head = sentenceBefore(text, idx);
                    int comma = Math.max(head.lastIndexOf(','), head.lastIndexOf(','));
                    String clause = head.substring(comma + 1);
                    if (clause.length() > 40) {
                        clause = clause.substring(clause.length() - 40);
                    }
                    Matcher neg = NEGATION.matcher(clause);
                    if (neg.find() && !clause.contains("无正当理由")) {
                        int s = idx - (clause.length() - neg.start());
                        out.add(figure(key, "行政" + keyword, BigDecimal.ZERO, "件", text, s, idx + keyword.length()));
                    }
                }
            }
            idx = next;
        }
    }

    private static void fee(String text, IntPredicate skip, List<StatedFigure> out) {
        for (Pattern p : List.of(FEE_NONE, FEE_NONE2)) {
            LeadFind m = new LeadFind(p, p == FEE_NONE ? NEGATION_LEADS : "处收", text);
            while (m.find()) {
                if (UNPAID_FEE_ROW.matcher(m.group()).find()) {
                    continue; // section 三's row label (逾期未按收费通知要求缴纳费用) inside a one-line page, not a statement
                }
                if (!skip.test(m.start()) && (m.group().contains("处理费") || m.group().contains("信息")
                        || sentenceBefore(text, m.start()).contains("公开"))) {
                    out.add(figure(FigureKeys.FEE_COLLECTED, "信息处理费", BigDecimal.ZERO, "元", text, m.start(), m.end()));
                }
            }
        }
        LeadFind a = new LeadFind(FEE_AMOUNT, "收共", text);
        while (a.find()) {
            if (skip.test(a.start())) {
                continue;
            }
            BigDecimal v = new BigDecimal(a.group(1));
            if ("万元".equals(a.group(2))) {
                v = v.multiply(BigDecimal.valueOf(10000)).stripTrailingZeros();
                if (v.scale() < 0) {
                    v = v.setScale(0);
                }
            }
            out.add(figure(FigureKeys.FEE_COLLECTED, "信息处理费", v, "元", text, a.start(), a.end()));
        }
    }

    /** 共N条，其中A条…B条…; N条。其中…; 第一季度…第四季度… */
    private static void breakdowns(String text, IntPredicate skip, List<StatedFigure> out) {
        LeadFind m = new LeadFind(NUM_CLS, NUMBER_LEADS, CLASSIFIER_LEADS, 32, text);
        int coveredUntil = -1;
        while (m.find()) {
            if (m.start() < coveredUntil) {
                continue; // a part of the breakdown just read
            }
            if (skip.test(m.start()) || number(m.group(1)) == null || !COUNTABLE.matcher(m.group(1)).find()) {
                continue;
            }
            String cls = m.group(2);
            String head = lineClauseBefore(text, m.start());
            int clauseStart = Math.max(Math.max(head.lastIndexOf(','), head.lastIndexOf('、')), head.lastIndexOf(':'));
            String clause = head.substring(clauseStart + 1);
            int sentenceEnd = sentenceEnd(text, m.end());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
            boolean marked = TOTAL_MARK.matcher(clause).find() && !CUMULATIVE.matcher(clause).find();
            boolean followedByAmong = AMONG_AFTER.matcher(after).lookingAt();
            if (!marked && !followedByAmong) {
                continue;
            }
            if (clause.contains("其中")) {
                continue; // a part, not a total
            }
            BigDecimal total = number(m.group(1));
            String label = TOTAL_LABEL_PREFIX.matcher(clause).replaceFirst("");
            // parts in the rest of the sentence
            StatedFigure first = breakdown(text, m, total, label, cls, m.end(), sentenceEnd);
            if (first != null) {
                out.add(first);
                coveredUntil = sentenceEnd;
            }
            // a following sentence that starts with 其中
            int next = sentenceEnd + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (sentenceEnd < text.length() && text.startsWith("其中", next)) {
                StatedFigure second = breakdown(text, m, total, label, cls, next, sentenceEnd(text, next));
                if (second != null) {
                    out.add(second);
                    coveredUntil = second.end;
                }
            }
        }
    }

    private static int sentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '。' && !(text.charAt(i) == '\n'
                && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
            i++;
        }
        return i;
    }

    private static StatedFigure breakdown(String text, LeadFind total, BigDecimal value, String label, String cls,
                                          int from, int to) {
        List<StatedFigure> parts = new ArrayList<>();
        Matcher p = NUM_CLS.matcher(text);
        p.region(from, to);
        int labelStart = from;
        while (p.find()) {
            BigDecimal v = number(p.group(1));
            if (v == null || !cls.equals(p.group(2))) {
                labelStart = p.end();
                continue;
            }
            int ls = p.start();
            while (ls > labelStart && ",;、:。".indexOf(text.charAt(ls - 1)) < 0) {
                ls--;
            }
            String partLabel = PART_LABEL_PREFIX.matcher(text.substring(ls, p.start())).replaceFirst("").strip();
            StatedFigure part = figure(FigureKeys.BREAKDOWN, partLabel, v, cls, text, ls, p.end());
            parts.add(part);
            labelStart = p.end();
        }
        if (parts.size() < 2) {
            return null;
        }
        StatedFigure f = figure(FigureKeys.BREAKDOWN, label, value, cls, text, total.start(), to);
        f.parts = parts;
        return f;
    }

    private static final Pattern LABELLED_NUMBER = Pattern.compile(
            "(?<![\\d.第])(\\d{1,9})(?![\\d.])(?:\\s*(?:余|多))?\\s*(件|条|次|篇|场|期|项|个|人次)?(?=[\\p{IsHan}])");

    /** Labelled numbers (回应关切111, 政策解读14条) for comparing two statements of one quantity. */
    private static void quantities(String text, IntPredicate skip, List<StatedFigure> out) {
        LeadFind m = new LeadFind(LABELLED_NUMBER, DIGITS, text);
        while (m.find()) {
            if (skip.test(m.start()) || m.start() == 0 || !Character.isIdeographic(text.charAt(m.start() - 1))) {
                continue;
            }
            char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
            String cls = m.group(2);
            boolean npc = after == '人' && text.startsWith("人大", m.end()); // 人大代表: a new phrase, not people
            if (cls == null && !npc && "年月日号时分秒周岁万亿元家名位人倍米%".indexOf(after) >= 0) {
                continue;
            }
            if (cls != null && text.startsWith("工作日", m.end()) || cls != null && "个".equals(cls)
                    && text.startsWith("工作", m.end())) {
                continue;
            }
            String head = lineClauseBefore(text, m.start());
            int cs = -1;
            for (char d : ",、:;()\"“”《》".toCharArray()) {
                cs = Math.max(cs, head.lastIndexOf(d));
            }
            String label = head.substring(cs + 1).strip();
            if (label.length() > 20) {
                label = label.substring(label.length() - 20);
            }
            if (label.isEmpty()) {
                continue;
            }
            out.add(figure(FigureKeys.QUANTITY, label, new BigDecimal(m.group(1)), cls, text,
                    m.start() - Math.min(label.length(), m.start()), m.end()));
        }
    }
}
