package io.nianbao.validate.domain;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Consistent hand-built records (every rule silent) that a test then breaks in one place. */
public final class TestRecords {
    private TestRecords() {
    }

    public static final String[] TITLES = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};

    public static BigDecimal n(Object v) {
        return v == null ? null : new BigDecimal(v.toString());
    }

    public static List<BigDecimal> row(Object... v) {
        return new ArrayList<>(Arrays.stream(v).map(TestRecords::n).toList());
    }

    public static List<BigDecimal> zeros() {
        return row(0, 0, 0, 0, 0, 0, 0);
    }

    /** A 2021-template department report of 2022, published 2023-01-20, 3 applications received and granted 2 + 1. */
    public static ReportRecord t2021() {
        ReportRecord r = base(TemplateKeys.T2021, 2022, "2023-01-20");
        Map<String, Map<String, BigDecimal>> active = new LinkedHashMap<>();
        TemplateKeys.ACTIVE_2021.forEach((row, cols) -> {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            cols.forEach(c -> m.put(c, BigDecimal.ZERO));
            active.put(row, m);
        });
        active.get("fees").put("amount", n("66.4866"));
        r.activeDisclosure = active;
        r.applications = applications(TemplateKeys.APPLICATION_ROWS_2021);
        return r;
    }

    /** A 2019-template department report of 2020. */
    public static ReportRecord t2019() {
        ReportRecord r = base(TemplateKeys.T2019, 2020, "2021-01-15");
        Map<String, Map<String, BigDecimal>> active = new LinkedHashMap<>();
        TemplateKeys.ACTIVE_2019.forEach((row, cols) -> {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            cols.forEach(c -> m.put(c, BigDecimal.ZERO));
            active.put(row, m);
        });
        active.get("regulations").put("newlyMade", n(2));
        active.get("regulations").put("newlyPublished", n(2));
        active.get("regulations").put("totalPublished", n(5));
        active.get("procurement").put("totalAmount", n("25.1"));
        r.activeDisclosure = active;
        r.applications = applications(TemplateKeys.APPLICATION_ROWS_2019);
        return r;
    }

    /** A 2008-era report of 2016: narrative only, no tables. */
    public static ReportRecord t2008() {
        ReportRecord r = new ReportRecord();
        r.documentId = "c".repeat(64);
        r.report = new ReportRecord.Report();
        r.report.title = "靖远县人力资源和社会保障局2016年政府信息公开工作年度报告";
        r.report.agency = "靖远县人力资源和社会保障局";
        r.report.agencyCanonical = "白银市靖远县人力资源和社会保障局";
        r.report.regionCode = "620421";
        r.report.agencyKind = "department";
        r.report.reportYear = 2016;
        r.report.publishedOn = "2017-01-06";
        r.report.template = TemplateKeys.T2008;
        TextBuilder t = new TextBuilder(r).line(r.report.title);
        t.section(1, "概述", "2016年，我局按照省、市统一部署推进政府信息公开工作。");
        t.section(2, "主动公开政府信息情况", "2016年我局主动公开政府信息26条。");
        t.section(3, "依申请公开政府信息情况", "2016年，全局未接到政府信息公开申请。");
        t.section(4, "政府信息公开支出与收费情况", "无。");
        t.section(5, "复议、诉讼和申诉情况", "未接到复议、诉讼和申诉。");
        t.section(6, "主要问题和改进措施", "加强培训。");
        t.done();
        return r;
    }

    private static Map<String, List<BigDecimal>> applications(List<String> rows) {
        Map<String, List<BigDecimal>> apps = new LinkedHashMap<>();
        rows.forEach(k -> apps.put(k, zeros()));
        apps.put("newReceived", row(3, 0, 0, 0, 0, 0, 3));
        apps.put("granted", row(1, 1, 0, 0, 0, 0, 2));
        apps.put("partiallyGranted", row(1, 0, 0, 0, 0, 0, 1));
        apps.put("total", row(2, 1, 0, 0, 0, 0, 3));
        apps.get("newReceived").set(0, n(2));
        apps.get("newReceived").set(1, n(1));
        return apps;
    }

    private static ReportRecord base(String template, int year, String published) {
        ReportRecord r = new ReportRecord();
        r.documentId = "a".repeat(64);
        r.report = new ReportRecord.Report();
        r.report.title = "滁州市琅琊区人社局" + year + "年政府信息公开工作年度报告";
        r.report.agency = "滁州市琅琊区人社局";
        r.report.agencyCanonical = "滁州市琅琊区人力资源和社会保障局";
        r.report.regionCode = "341102";
        r.report.agencyKind = "department";
        r.report.reportYear = year;
        r.report.publishedOn = published;
        r.report.statedPeriod = year + "年1月1日至" + year + "年12月31日";
        r.report.template = template;
        Map<String, Map<String, BigDecimal>> review = new LinkedHashMap<>();
        for (String g : TemplateKeys.REVIEW_GROUPS) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            TemplateKeys.REVIEW_COLUMNS.forEach(c -> m.put(c, BigDecimal.ZERO));
            review.put(g, m);
        }
        r.reviewLitigation = review;
        TextBuilder t = new TextBuilder(r).line(r.report.title).line("发布时间：" + published + " 来源：琅琊区人社局")
                .line("本报告数据统计期限自" + r.report.statedPeriod + "止。");
        t.section(1, TITLES[0], "（一）主动公开。全年主动公开政府信息120条，其中政策文件20条，工作动态100条。"
                + "回应关切15条。（二）依申请公开。全年共收到政府信息公开申请3件，均按期答复。未发生行政复议和行政诉讼。");
        t.section(2, TITLES[1], "第二十条第（一）项\n信息内容\n本年制发件数\n规章\n0\n0\n0\n行政规范性文件\n0\n0\n0");
        t.section(3, TITLES[2], "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
                + "一、本年新收政府信息公开申请数量\n2\n1\n0\n0\n0\n0\n3\n二、上年结转政府信息公开申请数量\n0\n"
                + "三、本年度办理结果\n（一）予以公开\n1\n1\n（二）部分公开\n1\n（七）总计\n2\n1\n0\n0\n0\n0\n3\n四、结转下年度继续办理\n0");
        t.section(4, TITLES[3], "行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉\n0\n0\n0\n0\n0");
        t.section(5, TITLES[4], "一是公开质量有待提升。二是加强培训。");
        t.section(6, TITLES[5], "按照国办函〔2020〕109号规定，本年度未收取信息处理费。");
        t.done();
        figure(r, FigureKeys.ACTIVE_DISCLOSED_COUNT, "主动公开政府信息", "120", "条", "全年主动公开政府信息120条", 1);
        ReportRecord.StatedFigure b = figure(r, FigureKeys.BREAKDOWN, "主动公开政府信息", "120", "条",
                "全年主动公开政府信息120条，其中政策文件20条，工作动态100条", 1);
        b.parts = new ArrayList<>(List.of(part(r, "政策文件", "20", "条", "政策文件20条"), part(r, "工作动态", "100", "条", "工作动态100条")));
        figure(r, FigureKeys.QUANTITY, "回应关切", "15", "条", "回应关切15条", 1);
        figure(r, FigureKeys.APPLICATIONS_RECEIVED, "政府信息公开申请", "3", "件", "共收到政府信息公开申请3件", 1);
        figure(r, FigureKeys.REVIEW_COUNT, "行政复议", "0", "件", "未发生行政复议和行政诉讼", 1);
        figure(r, FigureKeys.LITIGATION_COUNT, "行政诉讼", "0", "件", "未发生行政复议和行政诉讼", 1);
        figure(r, FigureKeys.FEE_COLLECTED, "信息处理费", "0", "元", "本年度未收取信息处理费", 6);
        return r;
    }

    /** Adds a figure whose quote must stand in the text; returns it. */
    public static ReportRecord.StatedFigure figure(ReportRecord r, String key, String label, String value, String unit,
                                                   String quote, Integer section) {
        ReportRecord.StatedFigure f = part(r, label, value, unit, quote);
        f.key = key;
        f.section = section;
        r.figures.add(f);
        return f;
    }

    public static ReportRecord.StatedFigure part(ReportRecord r, String label, String value, String unit, String quote) {
        int at = r.text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + quote);
        }
        ReportRecord.StatedFigure f = new ReportRecord.StatedFigure();
        f.key = "part";
        f.label = label;
        f.value = n(value);
        f.unit = unit;
        f.start = at;
        f.end = at + quote.length();
        f.quote = quote;
        return f;
    }

    /** Appends text to a record and replaces a phrase; sections are kept as spans. */
    public static void replaceText(ReportRecord r, String from, String to) {
        int at = r.text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + from);
        }
        int delta = to.length() - from.length();
        r.text = r.text.substring(0, at) + to + r.text.substring(at + from.length());
        for (ReportRecord.Section s : r.sections) {
            if (s.start != null && s.start > at) {
                s.start += delta;
            }
            if (s.end != null && s.end > at) {
                s.end += delta;
            }
            s.text = r.text.substring(s.start, s.end);
        }
        for (ReportRecord.StatedFigure f : r.figures) {
            if (f.start > at) {
                f.start += delta;
                f.end += delta;
            }
        }
    }

    /** Writes the text of a record section by section with real spans. */
    public static final class TextBuilder {
        private final ReportRecord r;
        private final StringBuilder sb = new StringBuilder();

        public TextBuilder(ReportRecord r) {
            this.r = r;
        }

        public TextBuilder line(String s) {
            sb.append(s).append('\n');
            return this;
        }

        public TextBuilder section(int n, String title, String body) {
            int start = sb.length();
            sb.append(TextSpans.numeral(n)).append('、').append(title).append('\n').append(body).append('\n');
            r.sections.add(new ReportRecord.Section(n, title, null, start, sb.length()));
            return this;
        }

        public void done() {
            r.text = sb.toString();
            for (ReportRecord.Section s : r.sections) {
                s.text = r.text.substring(s.start, s.end);
            }
        }
    }
}
