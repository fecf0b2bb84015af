package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the numbered sections 一、… of a report by number and keywords. Stateless. */
public final class SectionSplitter {

    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[ \\t#*|]*(?:\\[[^\\]\\n]{0,40}\\][ \\t]*)?([一二三四五六七八九十]{1,2})\\s*[、.,]\\s*\\**\\s*([^\\n]{0,60})");
    private static final String NUMERALS = "一二三四五六七八九十";

    /** Keywords by section number (2019/2021 titles and the 2008-era ones). */
    private static final List<Pattern> KEYWORDS = List.of(
            Pattern.compile("总体情况|概述|总体|概况|基本情况"),
            Pattern.compile("主动公开"),
            Pattern.compile("申请"),
            Pattern.compile("复议|诉讼|收费|支出"),
            Pattern.compile("问题|改进|复议|诉讼|申诉"),
            Pattern.compile("其他|问题|改进|事项|说明"),
            Pattern.compile(".*"),
            Pattern.compile(".*"));

    private SectionSplitter() {
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

    private record Candidate(int number, int start, String title) {
    }

    public static List<Section> split(String text) {
        List<Candidate> cands = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            int num = numeral(m.group(1));
            if (num > 0) {
                cands.add(new Candidate(num, m.start(1), title(m.group(2))));
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        int pos = 0;
        for (int num = 1; num <= 8; num++) {
            Pattern kw = KEYWORDS.get(num - 1);
            Candidate pick = null;
            Candidate fallback = null;
            int nextLimit = Integer.MAX_VALUE;
            for (Candidate c : cands) {
                if (c.start < pos) {
                    continue;
                }
                if (c.number == num && kw.matcher(c.title).find()) {
                    pick = c;
                    break;
                }
                if (c.number == num && fallback == null) {
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
            int lineStart = text.lastIndexOf('\n', c.start) + 1;
            int end = i + 1 < chosen.size() ? text.lastIndexOf('\n', chosen.get(i + 1).start) + 1 : text.length();
            if (end <= lineStart) {
                end = i + 1 < chosen.size() ? chosen.get(i + 1).start : text.length();
            }
            out.add(new Section(c.number, c.title, text.substring(lineStart, end), lineStart, end));
        }
        return out;
    }

    private static boolean isLikelyHeading(String title) {
        return title.contains("情况") || title.contains("事项") || title.contains("工作");
    }

    /** The heading's title: up to the first sentence break; at most 30 characters. */
    static String title(String rest) {
        String t = rest.replace("*", "").replace("#", "").strip();
        int cut = t.length();
        for (String stop : List.of("。", " ", "\t", "|", ",", ";", ":")) {
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
