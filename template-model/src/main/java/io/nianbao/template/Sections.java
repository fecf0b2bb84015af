package io.nianbao.template;

import io.nianbao.contract.ReportRecord.Section;
import io.nianbao.contract.TemplateKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six numbered sections of the 2019 and 2021 templates (and the looser outline of the 2008 era), and how
 * their headings are found in extracted text: at the start of a line, or inside a line where the layout was
 * lost (a crawled page is one long line: {@code …。 二、主动公开政府信息情况 第二十条…}, or
 * {@code …0000000四、政府信息公开行政复议…} glued after a table's digits). The one detector that both the
 * parser (to split the text) and the validator (SECTION_MISSING) use. Stateless.
 */
public final class Sections {

    /** One section of the outline: its number, its statutory title and what a heading of it must contain. */
    public record Spec(int number, String title, Pattern keywords, Pattern titleVariants) {
    }

    /** The outline the 2019 and 2021 templates prescribe (国办公开办函〔2019〕60号, 〔2021〕30号). */
    public static final List<Spec> OUTLINE = List.of(
            new Spec(1, "总体情况", Pattern.compile("总体情况|概述|总体|概况|基本情况"),
                    Pattern.compile("^(?:总体情况|概述|基本情况|工作概况|总体概况)")),
            new Spec(2, "主动公开政府信息情况", Pattern.compile("主动公开"),
                    Pattern.compile("^主动公开政府信息(?:的)?情况")),
            new Spec(3, "收到和处理政府信息公开申请情况", Pattern.compile("申请"),
                    Pattern.compile("^收到和处理政府信息公开申请(?:的)?情况")),
            new Spec(4, "政府信息公开行政复议、行政诉讼情况", Pattern.compile("复议|诉讼"),
                    Pattern.compile("^政府信息公开(?:被申请)?行政复议[、和与及]?(?:提起)?行政诉讼(?:的)?情况")),
            new Spec(5, "存在的主要问题及改进情况", Pattern.compile("问题|改进|整改"),
                    Pattern.compile("^存在(?:的)?(?:主要)?问题(?:及|和|与)?(?:改进|整改)(?:情况|措施)?")),
            new Spec(6, "其他需要报告的事项", Pattern.compile("其他|事项|说明"),
                    Pattern.compile("^其他需要报告的事项")));

    /** Keywords by number for the 2008-era outline (概述, 主动公开, 依申请公开, 收费及减免, 复议诉讼申诉, 问题和改进). */
    private static final List<Pattern> LOOSE_KEYWORDS = List.of(
            Pattern.compile("总体情况|概述|总体|概况|基本情况"),
            Pattern.compile("主动公开"),
            Pattern.compile("申请"),
            Pattern.compile("复议|诉讼|收费|支出"),
            Pattern.compile("问题|改进|复议|诉讼|申诉"),
            Pattern.compile("其他|问题|改进|事项|说明"),
            Pattern.compile(".*"),
            Pattern.compile(".*"));

    private static final String NUMERALS = "一二三四五六七八九十";
    /** A numbered heading at the start of a line (markdown, table pipes and bold marks allowed before it). */
    private static final Pattern LINE_HEADING = Pattern.compile(
            "(?m)^[ \\t#*|]*(?:\\[[^\\]\\n]{0,40}\\][ \\t]*)?([一二三四五六七八九十]{1,2})\\s*[、.,，．]\\s*\\**\\s*([^\\n]{0,60})");
    /** A numbered heading inside a line: after a sentence end, a space, a bracket or a table's digits. */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?<=[。；;！!？?\\s）)\\]】”\"0-9元件条个项])([一二三四五六]{1})\\s?[、．.]\\s?(?=([^\\n]{0,60}))");

    private Sections() {
    }

    /** The next position at or after from holding one of the numerals an inline heading starts with. */
    private static int nextNumeral(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("一二三四五六".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the template prescribes the six-section outline (2019, 2021). */
    public static boolean prescribesOutline(String template) {
        return TemplateKeys.T2021.equals(template) || TemplateKeys.T2019.equals(template);
    }

    public static Spec spec(int number) {
        return number >= 1 && number <= OUTLINE.size() ? OUTLINE.get(number - 1) : null;
    }

    static int numeral(String s) {
        if (s.length() == 1) {
            return NUMERALS.indexOf(s) + 1;
        }
        if (s.charAt(0) == '十') {
            return 10 + NUMERALS.indexOf(s.charAt(1)) + 1;
        }
        return -1;
    }

    private record Candidate(int number, int start, String title, boolean inline) {
    }

    /**
     * The numbered sections found in the text, in order, each with its heading's title, its text (heading
     * included) and its span. A number that is not found is absent from the list.
     */
    public static List<Section> detect(String text) {
        List<Candidate> cands = new ArrayList<>();
        Matcher m = LINE_HEADING.matcher(text);
        while (m.find()) {
            int num = numeral(m.group(1));
            if (num > 0) {
                cands.add(new Candidate(num, m.start(1), title(num, m.group(2)), false));
            }
        }
        Matcher im = INLINE_HEADING.matcher(text);
        im.useTransparentBounds(true);
        im.useAnchoringBounds(false);
        for (int at = nextNumeral(text, 0); at >= 0; at = nextNumeral(text, at + 1)) {
            // tried only where a numeral stands (the pattern's first character), with its look-behind intact
            im.region(at, text.length());
            if (!im.lookingAt()) {
                continue;
            }
            int num = numeral(im.group(1));
            int lineStart = text.lastIndexOf('\n', im.start(1)) + 1;
            if (num <= 0 || text.substring(lineStart, im.start(1)).isBlank()) {
                continue; // at a line start: found above
            }
            Spec spec = spec(num);
            // inside a line only a heading that reads like the statutory title counts
            if (spec != null && spec.titleVariants().matcher(im.group(2)).find()) {
                cands.add(new Candidate(num, im.start(1), title(num, im.group(2)), true));
            }
        }
        cands.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Candidate> chosen = new ArrayList<>();
        int pos = 0;
        for (int num = 1; num <= 8; num++) {
            Pattern kw = LOOSE_KEYWORDS.get(num - 1);
            Candidate pick = null;
            Candidate fallback = null;
            for (Candidate c : cands) {
                if (c.start < pos) {
                    continue;
                }
                if (c.number == num && kw.matcher(c.title).find()) {
                    pick = c;
                    break;
                }
                if (c.number == num && fallback == null && !c.inline) {
                    fallback = c;
                }
            }
            if (pick == null && fallback != null && num > 1 && fallback.title.length() <= 30
                    && isLikelyHeading(fallback.title)) {
                pick = fallback;
            }
            if (pick == null) {
                if (num <= 6) {
                    continue; // a missing section; later ones may still be there
                }
                break;
            }
            chosen.add(pick);
            pos = pick.start + 1;
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            int start = c.inline ? c.start : text.lastIndexOf('\n', c.start) + 1;
            Candidate next = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
            int end;
            if (next == null) {
                end = text.length();
            } else if (next.inline) {
                end = next.start;
            } else {
                end = text.lastIndexOf('\n', next.start) + 1;
                if (end <= start) {
                    end = next.start;
                }
            }
            out.add(new Section(c.number, c.title, text.substring(start, end), start, end));
        }
        return out;
    }

    /** The numbers of the prescribed outline that {@code sections} lacks. */
    public static List<Integer> missing(List<Section> sections) {
        List<Integer> out = new ArrayList<>();
        for (Spec s : OUTLINE) {
            if (sections.stream().noneMatch(x -> x.number == s.number())) {
                out.add(s.number());
            }
        }
        return out;
    }

    private static boolean isLikelyHeading(String title) {
        return title.contains("情况") || title.contains("事项") || title.contains("工作");
    }

    /**
     * The heading's title: the statutory title where the text starts with one of its variants (a title glued to
     * its body on a one-line page), otherwise up to the first sentence break, at most 30 characters.
     */
    static String title(int number, String rest) {
        String t = rest.replace("*", "").replace("#", "").strip();
        Spec spec = spec(number);
        if (spec != null) {
            Matcher v = spec.titleVariants().matcher(t);
            if (v.find()) {
                return v.group();
            }
        }
        int cut = t.length();
        for (String stop : List.of("。", " ", "\t", "|", ",", ";", ":", "（", "(")) {
            int i = t.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        t = t.substring(0, cut);
        // a title glued to its body: "概述2016年,我局…"
        Matcher y = Pattern.compile("\\d{4}年").matcher(t);
        if (y.find() && y.start() >= 2 && !t.startsWith(y.group())) {
            t = t.substring(0, y.start());
        }
        return t.length() > 30 ? t.substring(0, 30) : t;
    }
}
