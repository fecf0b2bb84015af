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
 * {@link Layout#MARKDOWN_FROM_PDF}: a published PDF converted to Markdown by a PDF-to-Markdown tool (the form
 * issue 9 measured at 1%): section 三 cut into two to four pipe tables at page breaks (a page number between
 * them, the header repeated on some), header words broken inside their cell ({@code 商业企 业}), one or two
 * empty extra columns (the merged group column left empty, a trailing empty column), a long row label split
 * over two table rows (the second row holding only the rest of the label), the signature date at the end.
 */
final class PdfMarkdown {
    private PdfMarkdown() {
    }

    static String render(GeneratedReport rep, Random r) {
        StringBuilder sb = new StringBuilder();
        boolean trailingEmpty = r.nextBoolean();
        boolean splitLong = r.nextDouble() < 0.7;
        double typoRate = r.nextBoolean() ? 0.25 : 0;
        int page = 2;
        boolean portalDate = false;
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Title t) {
                sb.append("# ").append(t.text()).append("\n\n");
            } else if (b instanceof Heading h) {
                sb.append(h.level() == 1 ? "## " : "**").append(h.text()).append(h.level() == 1 ? "" : "**").append("\n\n");
            } else if (b instanceof Para p) {
                if (p.chrome()) {
                    portalDate = true;
                } else {
                    sb.append(p.text()).append("\n\n");
                }
            } else if (b instanceof Table t) {
                if (t.name().equals(TemplateKeys.TABLE_APPLICATIONS)) {
                    page = applications(sb, t, r, trailingEmpty, splitLong, typoRate, page);
                } else {
                    simple(sb, t, r, trailingEmpty, typoRate);
                }
            }
        }
        if (portalDate) {
            var report = rep.expected().report;
            java.time.LocalDate d = java.time.LocalDate.parse(report.publishedOn);
            sb.append(report.agency).append("\n\n").append(d.getYear()).append("年").append(d.getMonthValue()).append("月")
                    .append(d.getDayOfMonth()).append("日\n");
        }
        return sb.toString();
    }

    static String cellText(Cell c, Random r, double typoRate) {
        if (c.kind() == CellKind.ROW_LABEL) {
            return RealLabels.label(c, r, typoRate, false);
        }
        if (c.kind() == CellKind.HEADER && c.text().length() >= 4 && c.text().length() <= 6 && r.nextDouble() < 0.5) {
            List<String> b = PdfText.broken(c.text());
            return String.join(" ", b);
        }
        return c.text();
    }

    static void row(StringBuilder sb, List<String> cells, int width, boolean trailingEmpty) {
        sb.append('|');
        for (int i = 0; i < width + (trailingEmpty ? 1 : 0); i++) {
            sb.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
        }
        sb.append('\n');
    }

    static void separator(StringBuilder sb, int width, boolean trailingEmpty) {
        sb.append('|');
        for (int i = 0; i < width + (trailingEmpty ? 1 : 0); i++) {
            sb.append(" --- |");
        }
        sb.append('\n');
    }

    /** Sections 二 and 四: one pipe table, every origin cell in order, an empty first header row. */
    static void simple(StringBuilder sb, Table t, Random r, boolean trailingEmpty, double typoRate) {
        int width = t.rows().stream().mapToInt(List::size).max().orElse(1);
        row(sb, List.of(), width, trailingEmpty);
        separator(sb, width, trailingEmpty);
        for (List<Cell> cells : t.rows()) {
            List<String> out = new ArrayList<>();
            for (Cell c : cells) {
                out.add(cellText(c, r, typoRate));
            }
            row(sb, out, width, trailingEmpty);
        }
        sb.append('\n');
    }

    static int applications(StringBuilder sb, Table t, Random r, boolean trailingEmpty, boolean splitLong,
                            double typoRate, int page) {
        int width = 9;
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < t.headerRows(); i++) {
            List<String> h = new ArrayList<>();
            if (i > 0) {
                h.add("");
            }
            for (Cell c : t.rows().get(i)) {
                h.add(cellText(c, r, 0));
            }
            header.add(h);
        }
        int bodyRows = t.rows().size() - t.headerRows();
        int pieces = 2 + r.nextInt(3);
        List<Integer> cuts = new ArrayList<>();
        for (int k = 1; k < pieces; k++) {
            cuts.add(t.headerRows() + bodyRows * k / pieces);
        }
        boolean repeat = r.nextBoolean();
        beginTable(sb, header, width, trailingEmpty);
        for (int i = t.headerRows(); i < t.rows().size(); i++) {
            if (cuts.contains(i)) {
                sb.append("\n- ").append(page++).append(" -\n\n");
                if (repeat) {
                    beginTable(sb, header, width, trailingEmpty);
                } else {
                    row(sb, List.of(), width, trailingEmpty);
                    separator(sb, width, trailingEmpty);
                }
            }
            String group = "";
            String label = "";
            List<String> values = new ArrayList<>();
            for (Cell c : t.rows().get(i)) {
                if (c.kind() == CellKind.VALUE) {
                    values.add(c.text());
                } else if (c.kind() == CellKind.ROW_LABEL) {
                    label = cellText(c, r, typoRate);
                } else {
                    group = group.isEmpty() ? c.text() : group + " " + c.text();
                }
            }
            List<String> out = new ArrayList<>();
            out.add(group);
            String rest = null;
            if (splitLong && label.length() > 16) {
                rest = label.substring(14);
                label = label.substring(0, 14);
            }
            out.add(label);
            out.addAll(values);
            row(sb, out, width, trailingEmpty);
            if (rest != null) {
                row(sb, List.of("", rest), width, trailingEmpty);
            }
        }
        sb.append('\n');
        return page;
    }

    static void beginTable(StringBuilder sb, List<List<String>> header, int width, boolean trailingEmpty) {
        row(sb, header.get(0), width, trailingEmpty);
        separator(sb, width, trailingEmpty);
        for (int i = 1; i < header.size(); i++) {
            row(sb, header.get(i), width, trailingEmpty);
        }
    }
}
