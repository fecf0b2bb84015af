package io.nianbao.testsupport.corpus;

import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.CellKind;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@link Layout#PDF_TEXT_DETACHED}: what {@code pdftotext} makes of a WPS-made PDF report (modelled on
 * {@code pdftotext} and {@code pdftotext -layout} of {@code ../shared/corpus/101_huaian-city-gov-2024.pdf}),
 * one of two modes per document:
 * <ul>
 * <li>reading order (default mode, half the documents): every table cell on its own line between blank lines;
 * a row's numbers come without their label where the label sat in a merged or wrapped cell (（一）予以公开,
 * long labels), those labels follow later in a block, wrapped at 14 characters; group headings broken in two
 * ({@code （三）不}/{@code 予公开}); 三、本年度办理结果 one character per line; header words broken
 * ({@code 商业企}/{@code 业}, {@code 尚未审}/{@code 结});</li>
 * <li>layout (the other half): a row's numbers on one line in columns, a long label split over the line above
 * and the line below its numbers (a row split in two), the vertical 三、本年度办理结果 between rows at the left
 * margin, blank cells as empty columns.</li>
 * </ul>
 * Both: paragraphs hard-wrapped at 28–36 characters (numbers may land on the next line), page numbers
 * {@code -3-} every 40–55 lines, so one table is cut into several by page breaks; after a break inside
 * section 三 half of the documents repeat the column header. The portal's 发布时间 line becomes the signature
 * (agency and date) at the end, as a PDF carries it.
 */
final class PdfText {
    private final Random r;
    private final boolean layout;
    private final int width;
    private final int pageLines;
    private final boolean repeatHeader;
    private final boolean commaNumbering;
    private final double typoRate;
    private final boolean plus;
    private final List<String> lines = new ArrayList<>();
    private int page = 1;
    private double onPage;
    /** How much a line fills the page: blank lines nothing, a reading-order table cell a seventh of a line. */
    private double weight = 1;
    /** Set while section 三's rows are written: what a page break inside it must repeat. */
    private List<String> header;
    private final List<String> deferred = new ArrayList<>();

    private PdfText(Random r) {
        this.r = r;
        this.layout = r.nextBoolean();
        this.width = 28 + r.nextInt(9);
        this.pageLines = 40 + r.nextInt(16);
        this.repeatHeader = r.nextBoolean();
        this.commaNumbering = r.nextDouble() < 0.3;
        this.typoRate = r.nextBoolean() ? 0.25 : 0;
        this.plus = r.nextBoolean();
    }

    static String render(GeneratedReport rep, Random r) {
        PdfText p = new PdfText(r);
        p.write(rep);
        return String.join("\n", p.lines) + "\n";
    }

    private void write(GeneratedReport rep) {
        boolean portalDate = false;
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Title t) {
                line(t.text());
                line("");
            } else if (b instanceof Heading h) {
                line((layout ? "      " : "") + h.text());
            } else if (b instanceof Para p) {
                if (p.chrome()) {
                    portalDate = true;
                    continue;
                }
                wrap(p.text());
            } else if (b instanceof Table t) {
                if (t.name().equals(TemplateKeys.TABLE_APPLICATIONS)) {
                    applications(t);
                } else if (t.name().equals(TemplateKeys.TABLE_REVIEW)) {
                    review(t);
                } else {
                    active(t);
                }
            }
        }
        if (portalDate) {
            // a PDF has no portal line (发布时间：…); its date is the signature's (落款) at the end
            var report = rep.expected().report;
            java.time.LocalDate d = java.time.LocalDate.parse(report.publishedOn);
            line("");
            line((layout ? " ".repeat(40) : "") + report.agency);
            line((layout ? " ".repeat(40) : "") + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
        }
    }

    // ------------------------------------------------------------------ lines and pages

    private void line(String s) {
        lines.add(s);
        onPage += s.isBlank() ? 0 : weight;
        if (onPage >= pageLines && !inRow) {
            pageBreak();
        }
    }

    /** Inside one table row: a page never breaks a row (its cells share one line of the page). */
    private boolean inRow;

    private void endRow() {
        inRow = false;
        if (onPage >= pageLines) {
            pageBreak();
        }
    }

    private void pageBreak() {
        page++;
        onPage = 0;
        flushDeferred();
        lines.add("");
        lines.add(layout ? " ".repeat(60) + "-" + page + "-" : "-" + page + "-");
        lines.add("");
        if (header != null && repeatHeader) {
            List<String> h = header;
            header = null;
            h.forEach(this::line);
            header = h;
        }
    }

    private void wrap(String text) {
        String indent = layout ? "" : "";
        int i = 0;
        while (i < text.length()) {
            int w = i == 0 ? width - 2 : width;
            int end = Math.min(text.length(), i + w);
            line(indent + text.substring(i, end));
            i = end;
        }
    }

    private void flushDeferred() {
        if (deferred.isEmpty()) {
            return;
        }
        List<String> d = new ArrayList<>(deferred);
        deferred.clear();
        d.forEach(lines::add);
        onPage += d.size() * weight;
    }

    /** A label broken into pieces of at most {@code n} characters. */
    static List<String> pieces(String s, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += n) {
            out.add(s.substring(i, Math.min(s.length(), i + n)));
        }
        return out;
    }

    /** A header word broken as WPS tables break it: all but the last one or two characters, then the rest. */
    static List<String> broken(String s) {
        if (s.length() <= 3) {
            return List.of(s);
        }
        int cut = s.length() == 4 ? 3 : s.length() - 2;
        return List.of(s.substring(0, cut), s.substring(cut));
    }

    private static String pad(String s, int w) {
        int len = s.length();
        return len >= w ? s + " " : s + " ".repeat(w - len);
    }

    // ------------------------------------------------------------------ section 二

    private void active(Table t) {
        for (int i = 0; i < t.rows().size(); i++) {
            List<Cell> row = t.rows().get(i);
            inRow = true;
            if (layout) {
                StringBuilder sb = new StringBuilder();
                for (Cell c : row) {
                    String text = c.kind() == CellKind.VALUE ? RealLabels.value(c, plus, false, false)
                            : c.kind() == CellKind.ROW_LABEL ? RealLabels.label(c, r, typoRate, false) : c.text();
                    sb.append(pad(text, c.kind() == CellKind.VALUE ? 12 : 20));
                }
                line(sb.toString().stripTrailing());
                line("");
            } else {
                for (Cell c : row) {
                    String text = c.kind() == CellKind.VALUE ? RealLabels.value(c, plus, false, false)
                            : c.kind() == CellKind.ROW_LABEL ? RealLabels.label(c, r, typoRate, false) : c.text();
                    if (text.startsWith("第二十条第")) {
                        text = "第二十条 " + text.substring(4);
                    }
                    if (!text.isEmpty()) {
                        line(text);
                        line("");
                    }
                }
            }
            endRow();
        }
    }

    // ------------------------------------------------------------------ section 三

    private List<String> appHeader() {
        List<String> h = new ArrayList<>();
        List<String> legal = ReportGenerator.APPLICANT_LABELS.subList(1, 6);
        if (layout) {
            h.add(" ".repeat(57) + "申请人情况");
            h.add("");
            h.add("（本列数据的勾稽关系为：第一项加第二项之和，                  法人或其他组织");
            h.add("等于第三项加第四项之和）");
            h.add(" ".repeat(31) + "自然人" + " ".repeat(46) + "总计");
            StringBuilder top = new StringBuilder(" ".repeat(40));
            StringBuilder bottom = new StringBuilder(" ".repeat(40));
            for (String l : legal) {
                List<String> b = broken(l);
                top.append(pad(b.get(0), 10));
                bottom.append(pad(b.size() > 1 ? b.get(1) : "", 10));
            }
            h.add(top.toString().stripTrailing());
            h.add(bottom.toString().stripTrailing());
            h.add("");
        } else {
            h.add("申请人情况");
            h.add("（本列数据的勾稽关系为：第一项加第二项之和，");
            h.add("等于第三项加第四项之和）");
            h.add("");
            h.add("法人或其他组织");
            h.add("自然人");
            h.add("");
            for (String l : legal) {
                h.addAll(broken(l));
                h.add("");
            }
            h.add("总计");
            h.add("");
        }
        return h;
    }

    private void applications(Table t) {
        List<String> h = appHeader();
        h.forEach(this::line);
        header = h;
        weight = layout ? 1 : 0.15;
        boolean displaceLong = r.nextDouble() < 0.7;
        for (int i = t.headerRows(); i < t.rows().size(); i++) {
            List<Cell> row = t.rows().get(i);
            List<String> groups = new ArrayList<>();
            String label = null;
            List<String> values = new ArrayList<>();
            for (Cell c : row) {
                if (c.kind() == CellKind.VALUE) {
                    values.add(c.text());
                } else if (c.kind() == CellKind.ROW_LABEL) {
                    label = RealLabels.label(c, r, typoRate, commaNumbering && c.row() != null && c.row().startsWith("other"));
                } else {
                    groups.add(c.text());
                    if (!c.text().equals(ReportGenerator.APP_RESULTS)) {
                        groupSpan = c.rowspan();
                    }
                }
            }
            String key = rowKey(row);
            inRow = true;
            boolean inResults = !List.of("newReceived", "carriedOver", "carriedForward").contains(key);
            if (layout) {
                layoutRow(groups, label, values, inResults);
            } else {
                boolean displaced = key.equals("granted") || key.equals("partiallyGranted")
                        || (displaceLong && label.length() > 16);
                for (String g : groups) {
                    deferGroup(g);
                }
                if (displaced) {
                    deferred.addAll(pieces(label, 14));
                    deferred.add("");
                } else {
                    line(label);
                    line("");
                }
                for (String v : values) {
                    if (!v.isEmpty()) {
                        line(v);
                        line("");
                    }
                }
            }
            endRow();
        }
        header = null;
        flushDeferred();
        weight = 1;
    }

    private void deferGroup(String g) {
        if (g.equals(ReportGenerator.APP_RESULTS)) {
            deferred.add(g.substring(0, 2));
            for (int k = 2; k < g.length(); k++) {
                deferred.add(g.substring(k, k + 1));
            }
        } else {
            deferred.add(g.substring(0, 4));
            deferred.add(g.substring(4));
        }
        deferred.add("");
    }

    private final List<String> vertical = new ArrayList<>();
    private String groupHead;
    private String groupTail;
    private boolean groupTailNext;
    private int groupIn;
    private int groupSpan;

    private void layoutRow(List<String> groups, String label, List<String> values, boolean inResults) {
        for (String g : groups) {
            if (g.equals(ReportGenerator.APP_RESULTS)) {
                vertical.clear();
                vertical.add(g.substring(0, 2));
                for (int k = 2; k < g.length(); k++) {
                    vertical.add(g.substring(k, k + 1));
                }
            } else {
                groupHead = g.substring(0, 4);
                groupTail = g.substring(4);
                groupIn = Math.max(0, groupSpan / 2 - 1);
            }
        }
        if (groupHead != null && groupIn-- <= 0) {
            line("      " + groupHead);
            groupHead = null;
            groupTailNext = true;
        } else if (groupTail != null && groupTailNext) {
            line("      " + groupTail);
            groupTail = null;
            groupTailNext = false;
        }
        if (!inResults) {
            vertical.forEach(v -> line(v));
            vertical.clear();
        }
        StringBuilder nums = new StringBuilder();
        for (String v : values) {
            nums.append(pad(v, 9));
        }
        String margin = !vertical.isEmpty() ? vertical.remove(0) : "";
        String indent = inResults ? "             " : "";
        String numbers = nums.toString().stripTrailing();
        if (label.length() > 16) {
            line(pad(margin + indent + label.substring(0, 16), 40).stripTrailing());
            line(" ".repeat(40) + numbers);
            line(indent + label.substring(16));
        } else {
            line(pad(margin + indent + label, 40) + numbers);
        }
        line("");
    }

    static String rowKey(List<Cell> row) {
        for (Cell c : row) {
            if (c.kind() == CellKind.VALUE || c.kind() == CellKind.ROW_LABEL) {
                return c.row();
            }
        }
        return "";
    }

    // ------------------------------------------------------------------ section 四

    private void review(Table t) {
        List<String> labels = ReportGenerator.REVIEW_LABELS;
        List<String> values = new ArrayList<>();
        for (Cell c : t.rows().get(t.rows().size() - 1)) {
            values.add(c.text());
        }
        if (layout) {
            line("行政复议                          行政诉讼");
            line("");
            line("                              未经复议直接起诉                              复议后起诉");
            StringBuilder top = new StringBuilder();
            StringBuilder bottom = new StringBuilder();
            for (int g = 0; g < 3; g++) {
                for (String l : labels) {
                    List<String> b = broken(l);
                    top.append(pad(b.get(0), 7));
                    bottom.append(pad(b.size() > 1 ? b.get(1) : "", 7));
                }
            }
            line(top.toString().stripTrailing());
            line(bottom.toString().stripTrailing());
            line("");
            StringBuilder v = new StringBuilder();
            for (String x : values) {
                v.append(pad(x, 7));
            }
            line(v.toString().stripTrailing());
            line("");
        } else {
            line("行政复议");
            line("");
            line("行政诉讼");
            line("");
            line("未经复议直接起诉");
            for (String l : labels) {
                line(broken(l).get(0));
                line("");
            }
            for (String l : labels) {
                List<String> b = broken(l);
                if (b.size() > 1) {
                    line(b.get(1));
                    line("");
                }
            }
            line("复议后起诉");
            for (int g = 0; g < 2; g++) {
                for (String l : labels) {
                    broken(l).forEach(this::line);
                    line("");
                }
            }
            inRow = true;
            for (String x : values) {
                if (!x.isEmpty()) {
                    line(x);
                    line("");
                }
            }
            endRow();
        }
    }
}
