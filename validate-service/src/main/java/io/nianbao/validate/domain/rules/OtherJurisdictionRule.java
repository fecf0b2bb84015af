package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.template.Divisions;
import io.nianbao.template.Divisions.Division;
import io.nianbao.template.Divisions.Mention;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OTHER_JURISDICTION: another jurisdiction stands where the report's own would: the mark of a report copied from
 * another agency. Two signals, both in the body (from the first section to the end of the last):
 * <ul>
 * <li>a prefecture/county-level place that is neither the own region nor one of its ancestors or descendants, in
 * the role of the reporting agency or its own parts: followed by a website (白银区子网站, …门户网站), a government or
 * an office/department (…区人社局, …县人民政府), and not in a sentence that names it as someone else: a place visited
 * or studied (学习考察, 赴…调研, 参观), a partner (对口帮扶, 东西部协作, 结对, 联合, 会同), a sender (转来, 移送).
 * Superiors (省, 市) are ancestors and never foreign.</li>
 * <li>the own level spoken of as another: a county's report that writes 我区/本区 or a bare 区…局 (区社保局), a district's
 * report that writes 我县/本县 or a bare 县…局.</li>
 * </ul>
 * The own region comes from report.regionCode, else from the place names in agencyCanonical / agency / title. One
 * finding per foreign name or level word.
 */
public final class OtherJurisdictionRule extends AbstractRule {
    public static final String ID = "OTHER_JURISDICTION";
    private static final int CONTEXT = 16;

    private final Divisions divisions;

    public OtherJurisdictionRule() {
        this(Divisions.get());
    }

    public OtherJurisdictionRule(Divisions divisions) {
        super(ID, Severity.WARNING, "正文提到其他地区", "The body names another jurisdiction",
                "正文在本机关的位置上出现其他地区（作为发布机关、其网站、其下属单位，或以我区/我县称本级；例如靖远县的报告写白银区子网站、区社保局）："
                        + "疑为抄袭他人报告。提到上级、合作方或考察学习的地点不算。",
                "Another jurisdiction stands where the report's own would (as the reporting agency, its website, its own "
                        + "units, or 我区/我县 for the own level; e.g. a 靖远县 report speaking of 白银区子网站 and 区社保局): the mark "
                        + "of a copied report. Superiors, partners and places visited do not count.");
        this.divisions = divisions;
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.text == null || record.report == null) {
            return List.of();
        }
        List<Division> own = own(record);
        if (own.isEmpty()) {
            return List.of();
        }
        String text = record.text;
        int[] body = body(record);
        Map<String, List<Mention>> foreign = new LinkedHashMap<>();
        for (Mention m : divisions.mentions(text.substring(body[0], body[1]))) {
            boolean related = m.candidates().stream().anyMatch(d -> own.stream().anyMatch(o -> Divisions.related(o, d)));
            int start = m.start() + body[0];
            int end = m.end() + body[0];
            if (!related && inOwnRole(text, start, end)) {
                foreign.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Mention(m.name(), start, end, m.candidates()));
            }
        }
        String ownName = own.stream().map(d -> d.name() + "（" + d.code() + "）").collect(Collectors.joining("/"));
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (List<Mention> ms : foreign.values()) {
            Mention m = ms.get(0);
            String where = m.candidates().stream().map(this::fullName).collect(Collectors.joining("、"));
            int s = Math.max(0, m.start() - CONTEXT);
            int e = Math.min(text.length(), m.end() + CONTEXT);
            out.add(finding(record)
                    .message("正文以本机关的口吻提到「" + m.name() + "」（" + where + "）" + (ms.size() > 1 ? "共 " + ms.size() + " 处" : "")
                                    + "，不是本报告所属的 " + ownName + "，也不是其上级或下级地区：请核实是否抄自他人报告",
                            "The body names " + m.name() + " (" + where + ")" + (ms.size() > 1 ? ", " + ms.size() + " times" : "")
                                    + " as if it were the reporting agency or its own part, but the report's region is " + ownName
                                    + ": check whether the text was copied")
                    .section(sectionAt(record, m.start()))
                    .span(s, e)
                    .expected(ownName + " or its ancestors/descendants")
                    .actual(m.name())
                    .build());
        }
        levelMismatch(record, own, body).ifPresent(out::add);
        return out;
    }

    /** After the name: a website of it, or its government / an office or department of it. */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^(?:[\\p{IsHan}]{0,6}?(?:子网站|网站|门户|政府网|政务网|信息公开网|公开专栏|政务公开专栏)"
                    + "|(?:人民政府|政府|委员会|管委会)|[\\p{IsHan}]{0,12}?(?:局|办公室|中心|分局|政府办))");
    /** The sentence names the place as someone else's: visited, studied, a partner, a sender. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "学习|考察|调研|交流|对口|帮扶|协作|东西部|援建|援助|支援|结对|共建|赴|前往|来访|莅临|参观|观摩|走访|兄弟|先进|经验"
                    + "|联合|合作|会同|协同|配合|转来|转交|移送|转办|签订|友好|邀请|借鉴|观摩|对标|对接|跨省|跨区域|通办|互认");
    /** Where a sentence ends. */
    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n';
    }

    static boolean inOwnRole(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 14));
        if (!ROLE_AFTER.matcher(after).find()) {
            return false;
        }
        int from = start;
        while (from > 0 && !sentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !sentenceEnd(text.charAt(to))) {
            to++;
        }
        return !ELSEWHERE.matcher(text.substring(from, to)).find();
    }

    private static final Pattern BARE_DISTRICT = Pattern.compile("我区|本区|(?:(?<![\\p{IsHan}])|(?<=其中|由|和|及|与|、))区(?:[\\p{IsHan}]{1,5}局|政府|人民政府)");
    private static final Pattern BARE_COUNTY = Pattern.compile("我县|本县|(?:(?<![\\p{IsHan}])|(?<=其中|由|和|及|与|、))县(?:[\\p{IsHan}]{1,5}局|政府|人民政府)");

    /** A county's report speaking as a district (我区, 区社保局) or a district's as a county. */
    private java.util.Optional<ReportRecord.Finding> levelMismatch(ReportRecord record, List<Division> own, int[] body) {
        if (own.size() != 1 || own.get(0).level() != Divisions.Level.COUNTY) {
            return java.util.Optional.empty();
        }
        String name = own.get(0).name();
        Pattern other = name.endsWith("县") ? BARE_DISTRICT : name.endsWith("区") ? BARE_COUNTY : null;
        if (other == null) {
            return java.util.Optional.empty();
        }
        // the agency's own name must be of the county's (district's) level: a 综合实验区/开发区 located in a county
        // rightly says 我区 of itself
        String otherLevel = name.endsWith("县") ? "区" : "县";
        boolean ownLevelName = java.util.stream.Stream.of(record.report.agency, record.report.agencyCanonical, record.report.title)
                .filter(n -> n != null && !n.isBlank())
                .allMatch(n -> !n.replace(name, "").contains(otherLevel));
        if (!ownLevelName) {
            return java.util.Optional.empty();
        }
        Matcher m = other.matcher(record.text.substring(body[0], body[1]));
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        int start = m.start() + body[0];
        int end = m.end() + body[0];
        String word = m.group();
        String levelZh = name.endsWith("县") ? "县" : "区";
        return java.util.Optional.of(finding(record)
                .message("本报告属于" + levelZh + "级的 " + name + "，正文却以「" + word + "」称本级：请核实是否抄自他人报告",
                        "The report belongs to " + name + " but the body speaks of its own level as \"" + word
                                + "\": check whether the text was copied")
                .section(sectionAt(record, start))
                .span(Math.max(0, start - CONTEXT), Math.min(record.text.length(), end + CONTEXT))
                .expected(name)
                .actual(word)
                .build());
    }

    /** "安徽省滁州市南谯区 341103": the template model's full name without its spaces, and the code. */
    private String fullName(Division d) {
        return divisions.fullName(d.code()).replace(" ", "") + " " + d.code();
    }

    private List<Division> own(ReportRecord record) {
        var byCode = divisions.byCode(record.report.regionCode);
        if (byCode.isPresent()) {
            return List.of(byCode.get());
        }
        for (String name : Stream.of(record.report.agencyCanonical, record.report.agency, record.report.title)
                .filter(n -> n != null && !n.isBlank()).toList()) {
            List<Mention> ms = divisions.mentions(name);
            if (!ms.isEmpty()) {
                Mention last = ms.get(ms.size() - 1);
                return last.candidates();
            }
        }
        return List.of();
    }

    /** From the first section to the end of the last one (portal chrome around the report is left out). */
    private static int[] body(ReportRecord record) {
        int start = 0;
        int end = record.text.length();
        if (record.sections != null && !record.sections.isEmpty()) {
            int s = Integer.MAX_VALUE;
            int e = -1;
            for (ReportRecord.Section sec : record.sections) {
                var span = TextSpans.sectionSpan(record, sec.number);
                if (span.isPresent()) {
                    s = Math.min(s, span.get().start());
                    e = Math.max(e, span.get().end());
                }
            }
            if (e > s) {
                start = s;
                end = e;
            }
        }
        return new int[] {start, end};
    }

    private static Integer sectionAt(ReportRecord record, int pos) {
        if (record.sections == null) {
            return null;
        }
        for (ReportRecord.Section sec : record.sections) {
            var span = TextSpans.sectionSpan(record, sec.number);
            if (span.isPresent() && span.get().start() <= pos && pos < span.get().end()) {
                return sec.number;
            }
        }
        return null;
    }
}
