package io.nianbao.parse.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, agency as written, report year, publication date and stated period. Stateless. */
public final class MetadataReader {

    public record Meta(String title, String agency, Integer reportYear, boolean yearFromTitle, String publishedOn,
                       String statedPeriod) {
    }

    private static final Pattern TITLE_LINE = Pattern.compile(
            "(?m)^[ \\t#*|]*(?:(?:标\\s*题|题\\s*名|名\\s*称|文章标题|信息名称|文件名称)\\s*[:：]\\s*)?"
                    + "([^\\n]{4,70}?(?:政府信息公开|政务公开|信息公开)[^\\n]{0,20}?(?:年度报告|年报|工作报告))");
    private static final String CN_YEAR = "[零〇○一二三四五六七八九]{4}";
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4}|" + CN_YEAR + ")\\s*年度?");
    private static final String DATE = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?";
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(发布时间|发布日期|生成日期|公开日期|发文日期|印发日期|成文日期|日期)\\s*[::]?[\\s|]*" + DATE);
    private static final Pattern ANY_DATE = Pattern.compile(DATE);
    private static final String CN_DATE_PART = "[零〇○一二三四五六七八九十]";
    private static final Pattern CN_DATE = Pattern.compile("(" + CN_DATE_PART + "{4})年(" + CN_DATE_PART + "{1,2})月("
            + CN_DATE_PART + "{1,3})日");
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|时限|区间|时间|周期)(?:为|是)?[::]?(?:自|从)?\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)(?:起)?\\s*(?:至|到|-|—|~)\\s*((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
            "^[\\p{IsHan}()]{2,40}?(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管理局|局|厅|委|办|院|署|中心|所|站|队|街道办事处|办事处|公司|集团)$");
    /** A portal's navigation path ("当前位置：首页 > 政务公开 > 政府信息公开年报"): names a column, not the report. */
    private static final Pattern BREADCRUMB = Pattern.compile("当前位置|您的位置|所在位置|首页\\s*[>＞»›/]|\\s[>＞»›]\\s");
    private static final Pattern LABELLED_AGENCY = Pattern.compile("(?:发布机构|来源|所属机构)[::]\\s*([\\p{IsHan}]{2,40})");
    private static final Pattern BODY_YEAR = Pattern.compile("(\\d{4})年(?!\\d{1,2}月)");

    private static final Map<String, Integer> PRIORITY = new HashMap<>();

    static {
        List<String> order = List.of("发布时间", "发布日期", "生成日期", "公开日期", "发文日期", "印发日期", "成文日期", "日期");
        for (int i = 0; i < order.size(); i++) {
            PRIORITY.put(order.get(i), i);
        }
    }

    private MetadataReader() {
    }

    public static Meta read(String text, int firstSectionStart) {
        String head = text.substring(0, Math.max(0, Math.min(text.length(), firstSectionStart < 0 ? 2000 : firstSectionStart)));
        String title = null;
        Matcher t = TITLE_LINE.matcher(text);
        while (t.find()) {
            String cand = t.group(1).replace("*", "").replace("#", "").replace("|", "").strip();
            if (cand.contains("格式") || cand.contains("《") || cand.endsWith(".doc") || BREADCRUMB.matcher(cand).find()) {
                continue;
            }
            title = cand;
            break;
        }
        if (title == null) {
            title = inlineTitle(head.isEmpty() ? text.substring(0, Math.min(text.length(), 2000)) : head);
        }
        Integer year = null;
        boolean fromTitle = false;
        String agency = null;
        if (title != null) {
            Matcher y = YEAR_IN_TITLE.matcher(title);
            if (y.find()) {
                year = parseYear(y.group(1));
                fromTitle = year != null;
                String before = title.substring(0, y.start()).strip();
                before = before.replaceAll("^(关于)?", "").replaceAll("关于$", "");
                if (before.length() >= 2) {
                    agency = before;
                } else {
                    String after = title.substring(y.end());
                    int i = after.indexOf("政府信息公开");
                    if (i < 0) {
                        i = after.indexOf("政务公开");
                    }
                    if (i >= 2) {
                        agency = after.substring(0, i);
                    }
                }
            }
        }
        if (agency == null) {
            agency = agencyFromHeader(head);
        }
        if (year == null) {
            year = bodyYear(text.substring(head.length()));
        }
        return new Meta(title, agency, year, fromTitle, publishedOn(text, head), period(text));
    }

    /** A title inside a line (a crawled page on one line): a whole run between spaces that names a year. */
    private static final Pattern INLINE_TITLE = Pattern.compile(
            "(?:^|(?<=[\\s:]))([^\\s:。，,;；《》]{2,50}?(?:\\d{4}|" + CN_YEAR + ")\\s*年度?[^\\s:。，,;；《》]{0,12}?"
                    + "(?:政府信息公开|政务公开|信息公开)[^\\s:。，,;；《》]{0,20}?(?:年度报告|年报|工作报告))(?=\\s|$|发布|来源)");

    static String inlineTitle(String head) {
        Matcher m = INLINE_TITLE.matcher(head);
        while (m.find()) {
            String cand = m.group(1).strip();
            if (!cand.contains("格式") && !BREADCRUMB.matcher(cand).find()) {
                return cand;
            }
        }
        return null;
    }

    static Integer parseYear(String s) {
        if (s.matches("\\d{4}")) {
            return Integer.parseInt(s);
        }
        Long v = ChineseNumbers.parse(s);
        return v == null ? null : v.intValue();
    }

    /** A header cell that is only an agency name and not the value of a 发布机构/来源 label. */
    static String agencyFromHeader(String head) {
        String fallback = null;
        for (String line : head.split("\n")) {
            String[] cells = line.split("[|\\t]");
            String prev = "";
            for (String c : cells) {
                String cell = c.strip();
                if (cell.isEmpty()) {
                    continue;
                }
                if (AGENCY_SUFFIX.matcher(cell).matches() && !cell.endsWith("网站")) {
                    boolean labelled = prev.endsWith(":") || prev.endsWith("机构") || prev.endsWith("来源");
                    if (!labelled && !cell.endsWith("中心")) {
                        return cell;
                    }
                    if (fallback == null) {
                        fallback = cell;
                    }
                }
                Matcher lm = LABELLED_AGENCY.matcher(cell);
                if (lm.find() && fallback == null && AGENCY_SUFFIX.matcher(lm.group(1)).matches()) {
                    fallback = lm.group(1);
                }
                prev = cell;
            }
        }
        return fallback;
    }

    /** Without a title: the year the body speaks of most often ("2016年"). */
    static Integer bodyYear(String body) {
        Map<Integer, Integer> count = new HashMap<>();
        Matcher m = BODY_YEAR.matcher(body);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 2000 && y <= 2100) {
                count.merge(y, 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max((a, b) -> a.getValue() != b.getValue()
                        ? a.getValue() - b.getValue() : b.getKey() - a.getKey())
                .map(Map.Entry::getKey).orElse(null);
    }

    static String publishedOn(String text, String head) {
        String best = null;
        int bestPriority = Integer.MAX_VALUE;
        LeadFind m = new LeadFind(LABELLED_DATE, "发生公印成日", text);
        while (m.find()) {
            int p = PRIORITY.getOrDefault(m.group(1), 99);
            String iso = iso(m.group(2), m.group(3), m.group(4));
            if (iso != null && p < bestPriority) {
                best = iso;
                bestPriority = p;
            }
        }
        if (best != null) {
            return best;
        }
        // a date alone on one of the last lines of the report
        String[] lines = text.split("\n");
        int seen = 0;
        for (int i = lines.length - 1; i >= 0 && seen < 6; i--) {
            String l = lines[i].replace("|", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (l.length() > 20) {
                continue;
            }
            Matcher d = ANY_DATE.matcher(l);
            if (d.find() && l.contains("年") == l.contains("月")) {
                String iso = iso(d.group(1), d.group(2), d.group(3));
                if (iso != null) {
                    return iso;
                }
            }
            Matcher c = CN_DATE.matcher(l);
            if (c.find()) {
                Long y = ChineseNumbers.parse(c.group(1));
                Long mo = ChineseNumbers.parse(c.group(2));
                Long da = ChineseNumbers.parse(c.group(3));
                if (y != null && mo != null && da != null) {
                    String iso = iso(y.toString(), mo.toString(), da.toString());
                    if (iso != null) {
                        return iso;
                    }
                }
            }
        }
        return null;
    }

    static String iso(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String period(String text) {
        Matcher m = PERIOD.matcher(text);
        return m.find() ? m.group(1) + "至" + m.group(2) : null;
    }
}
