package io.nianbao.testsupport.corpus;

import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.CellKind;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Slot;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link GeneratedReport} in a {@link Layout}. Deterministic for a given renderer seed,
 * report and layout; HTML_GBK is the HTML_TABLE page of the same seed, encoded in GBK.
 */
public final class Renderer {
    /** The CJK font the PDF layout embeds, and where Debian's fonts-wqy-microhei / fonts-wqy-zenhei put it. */
    public static final List<String> CJK_FONT_PATHS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    static final Charset GBK = Charset.forName("GBK");

    private final long seed;

    public Renderer(long seed) {
        this.seed = seed;
    }

    public RenderedDocument render(GeneratedReport report, Layout layout) {
        Random r = random(report, layout == Layout.HTML_GBK ? Layout.HTML_TABLE : layout);
        String name = fileName(report, layout);
        byte[] bytes = switch (layout) {
            case TXT_LABELLED_CELL_PER_LINE -> utf8(labelled(report, r));
            case TXT_UNLABELLED_GRID -> utf8(unlabelled(report, r));
            case TXT_TABBED -> utf8(tabbed(report, r));
            case MARKDOWN_PIPES -> utf8(markdown(report, r));
            case TXT_FLATTENED -> utf8(flattened(report, r));
            case HTML_TABLE -> utf8(HtmlPage.render(report, r, "utf-8"));
            case HTML_GBK -> gbk(HtmlPage.render(report, r, gbkMeta(report)));
            case DOCX_TABLE -> DocxWriter.write(report, r);
            case PDF -> PdfWriter.write(report, r);
            case TRADITIONAL_DAMAGED -> utf8(Damaged.render(report, r));
            case CRAWLED_ONE_LINE -> utf8(CrawledPage.render(report, r));
            case PDF_TEXT_DETACHED -> utf8(PdfText.render(report, r));
            case HTML_WORD_EXPORT -> utf8(WordHtml.render(report, r));
            case MARKDOWN_FROM_PDF -> utf8(PdfMarkdown.render(report, r));
        };
        return new RenderedDocument(bytes, layout.mediaType(), name, layout);
    }

    /**
     * The {@link Layout#HTML_GBK} page of {@code report} with a chosen meta charset ("gbk", "gb2312", or
     * null for none) rather than the one {@link #render} picks by seed.
     */
    public RenderedDocument renderHtmlGbk(GeneratedReport report, String metaCharset) {
        Random r = random(report, Layout.HTML_TABLE);
        byte[] bytes = gbk(HtmlPage.render(report, r, metaCharset));
        return new RenderedDocument(bytes, Layout.HTML_GBK.mediaType(), fileName(report, Layout.HTML_GBK), Layout.HTML_GBK);
    }

    /** Every layout of one report. */
    public List<RenderedDocument> renderAll(GeneratedReport report) {
        List<RenderedDocument> out = new ArrayList<>();
        for (Layout l : Layout.values()) {
            out.add(render(report, l));
        }
        return out;
    }

    private Random random(GeneratedReport report, Layout layout) {
        return new Random(seed * 1_000_003L + report.seed() * 31 + layout.name().hashCode());
    }

    /** The meta charset of an HTML_GBK page: "gbk", "gb2312" or null (no meta charset), by report. */
    String gbkMeta(GeneratedReport report) {
        int k = new Random(seed + report.seed() * 7 + 1).nextInt(3);
        return k == 0 ? "gbk" : k == 1 ? "gb2312" : null;
    }

    static String fileName(GeneratedReport report, Layout layout) {
        String base = report.expected().report.title;
        String tag = layout.name().toLowerCase();
        return base + "_" + tag + "." + layout.extension();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** GBK bytes; characters GBK lacks become numeric character references. */
    static byte[] gbk(String s) {
        CharsetEncoder enc = GBK.newEncoder();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (enc.canEncode(ch)) {
                sb.append(ch);
            } else {
                sb.append("&#").append(cp).append(';');
            }
        });
        return sb.toString().getBytes(GBK);
    }

    // ------------------------------------------------------------------ punctuation

    private static final String FULL = "（），：；“”！？";
    private static final String HALF = "(),:;\"\"!?";

    /** Mixes full-width and half-width punctuation; mode 0 keeps, 1 swaps about half, 2 swaps all. Length-preserving. */
    static String mix(String s, Random r, int mode) {
        if (mode == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            int k = FULL.indexOf(sb.charAt(i));
            if (k >= 0 && (mode == 2 || r.nextBoolean())) {
                sb.setCharAt(i, HALF.charAt(k));
            }
        }
        return sb.toString();
    }

    static int mixMode(Random r) {
        double p = r.nextDouble();
        return p < 0.3 ? 0 : p < 0.7 ? 1 : 2;
    }

    // ------------------------------------------------------------------ grid helpers

    /** True when slot (row, col) is the left-most column of its cell. */
    static boolean firstColumn(Slot[][] g, int row, int col) {
        return col == 0 || g[row][col - 1] == null || g[row][col - 1].cell() != g[row][col].cell();
    }

    static String pad(String v, Random r, boolean padding) {
        if (!padding) {
            return v;
        }
        int k = r.nextInt(4);
        return k == 0 ? " " + v : k == 1 ? v + " " : v;
    }

    // ------------------------------------------------------------------ TXT_LABELLED_CELL_PER_LINE

    String labelled(GeneratedReport rep, Random r) {
        int mode = mixMode(r);
        String sep = r.nextBoolean() ? "\n\n" : "\n";
        String indent = r.nextDouble() < 0.3 ? "    " : "";
        boolean padding = r.nextDouble() < 0.4;
        boolean stray = r.nextDouble() < 0.2;
        List<String> lines = new ArrayList<>();
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Table t) {
                int strayRow = stray && t.name().equals(TemplateKeys.TABLE_APPLICATIONS)
                        ? t.headerRows() + r.nextInt(t.rows().size() - t.headerRows()) : -1;
                for (int i = 0; i < t.rows().size(); i++) {
                    List<Cell> row = t.rows().get(i);
                    for (int j = 0; j < row.size(); j++) {
                        Cell c = row.get(j);
                        if (i == strayRow && j == row.size() - 1) {
                            lines.add(indent + "\u00a0");
                        }
                        lines.add(indent + (c.kind() == CellKind.VALUE ? pad(c.text(), r, padding) : c.text()));
                    }
                }
            } else {
                lines.add(indent + blockText(b));
            }
        }
        return mix(String.join(sep, lines), r, mode);
    }

    static String blockText(Block b) {
        if (b instanceof Title t) {
            return t.text();
        } else if (b instanceof Heading h) {
            return h.text();
        } else if (b instanceof Para p) {
            return p.text();
        }
        throw new IllegalArgumentException("not a text block: " + b);
    }

    // ------------------------------------------------------------------ TXT_UNLABELLED_GRID

    String unlabelled(GeneratedReport rep, Random r) {
        int mode = mixMode(r);
        String sep = r.nextBoolean() ? "\n\n" : "\n";
        String indent = r.nextDouble() < 0.5 ? "    " : "";
        boolean nbsp = r.nextBoolean();
        boolean padding = r.nextDouble() < 0.3;
        List<String> lines = new ArrayList<>();
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Table t && t.name().equals(TemplateKeys.TABLE_APPLICATIONS)) {
                boolean allZero = t.rows().stream().flatMap(List::stream)
                        .filter(c -> c.kind() == CellKind.VALUE).allMatch(c -> c.text().equals("0"));
                int extra = allZero && r.nextBoolean() ? 20 + r.nextInt(26) : 0;
                List<String> edge = List.of("newReceived", "carriedOver", "carriedForward");
                List<String> tableLines = new ArrayList<>();
                int resultsFrom = -1;
                int resultsTo = -1;
                for (int i = 0; i < t.rows().size(); i++) {
                    boolean inResults = i >= t.headerRows() && !edge.contains(rowKey(t.rows().get(i)));
                    if (inResults && resultsFrom < 0) {
                        resultsFrom = tableLines.size();
                    }
                    for (Cell c : t.rows().get(i)) {
                        boolean keep = i < t.headerRows() || c.kind() == CellKind.VALUE
                                || ReportGenerator.APP_RESULTS.equals(c.text())
                                || (c.kind() == CellKind.ROW_LABEL && edge.contains(c.row()));
                        if (keep) {
                            tableLines.add(indent + (c.kind() == CellKind.VALUE ? pad(c.text(), r, padding) : c.text()));
                        } else if (nbsp) {
                            tableLines.add(indent + "\u00a0");
                        }
                    }
                    if (inResults) {
                        resultsTo = tableLines.size();
                    }
                }
                for (int k = 0; k < extra; k++) {
                    tableLines.add(resultsFrom + 1 + r.nextInt(resultsTo - resultsFrom), indent + "0");
                    resultsTo++;
                }
                lines.addAll(tableLines);
            } else if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    for (Cell c : row) {
                        lines.add(indent + (c.kind() == CellKind.VALUE ? pad(c.text(), r, padding) : c.text()));
                    }
                }
            } else {
                lines.add(indent + blockText(b));
            }
        }
        return mix(String.join(sep, lines), r, mode);
    }

    static String rowKey(List<Cell> row) {
        for (Cell c : row) {
            if (c.kind() == CellKind.VALUE) {
                return c.row();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ TXT_TABBED

    String tabbed(GeneratedReport rep, Random r) {
        int mode = mixMode(r);
        StringBuilder sb = new StringBuilder();
        boolean bookmark = r.nextDouble() < 0.3;
        boolean padding = r.nextDouble() < 0.7;
        List<Block> blocks = rep.doc().blocks();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b instanceof Table t) {
                Slot[][] g = t.grid();
                for (int i = 0; i < g.length; i++) {
                    for (int c = 0; c < g[i].length; c++) {
                        Slot s = g[i][c];
                        if (s == null) {
                            continue;
                        }
                        if (s.origin()) {
                            Cell cell = s.cell();
                            String text = cell.text();
                            if (cell.kind() == CellKind.VALUE) {
                                text = pad(text, r, padding);
                            } else if (cell.kind() == CellKind.HEADER && text.length() >= 4 && r.nextDouble() < 0.5) {
                                int at = 2 + r.nextInt(text.length() - 3);
                                text = text.substring(0, at) + "\n" + text.substring(at);
                            }
                            sb.append('\t').append(text).append('\n');
                        } else if (firstColumn(g, i, c) && !isOriginRow(g, i, c)) {
                            sb.append('\t').append('\n');
                        }
                    }
                    sb.append('\n');
                }
                sb.append('\n');
            } else {
                String text = blockText(b);
                if (bi == 1 && bookmark) {
                    text = "[bookmark: _GoBack]" + text;
                }
                sb.append(text).append('\n');
                if (b instanceof Title) {
                    sb.append('\n');
                }
            }
        }
        return mix(sb.toString(), r, mode);
    }

    /** True when the cell covering (row, col) starts in this row (so the slot is only colspan-covered). */
    private static boolean isOriginRow(Slot[][] g, int row, int col) {
        return row == 0 || g[row - 1][col] == null || g[row - 1][col].cell() != g[row][col].cell();
    }

    // ------------------------------------------------------------------ MARKDOWN_PIPES

    private static final Pattern CJK_DIGITS = Pattern.compile("(?<=[\\u4e00-\\u9fff])(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?)(?=[\\u4e00-\\u9fff])");

    String markdown(GeneratedReport rep, Random r) {
        int mode = mixMode(r);
        boolean spaced = r.nextBoolean();
        StringBuilder sb = new StringBuilder("\n\n");
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Title t) {
                sb.append("# ").append(spaced ? spaceDigits(t.text()) : t.text()).append("\n\n");
            } else if (b instanceof Heading h) {
                String text = h.text();
                if (h.level() == 1) {
                    int k = r.nextInt(4);
                    sb.append(k == 0 ? "## " + text : k == 1 ? "## **" + text + "**" : k == 2 ? "### " + text : "#### " + text);
                } else {
                    sb.append(r.nextBoolean() ? "**" + text + "**" : text);
                }
                sb.append("\n\n");
            } else if (b instanceof Para p) {
                sb.append(spaced ? spaceDigits(p.text()) : p.text()).append("\n\n");
            } else if (b instanceof Table t) {
                if (t.sectionNumber() == 2) {
                    sb.append(t.rows().get(0).get(0).text()).append("\n\n");
                    markdownTable(sb, t, 1, t.rows().size(), false, r);
                } else if (t.name().equals(TemplateKeys.TABLE_APPLICATIONS)) {
                    int n = t.rows().size();
                    int split = t.headerRows() + (int) ((n - t.headerRows()) * (0.4 + 0.4 * r.nextDouble()));
                    markdownTable(sb, t, 0, split, false, r);
                    boolean repeatHeader = r.nextBoolean();
                    markdownTable(sb, t, split, n, repeatHeader, r);
                } else {
                    markdownTable(sb, t, 0, t.rows().size(), false, r);
                }
            }
        }
        return mix(sb.toString(), r, mode);
    }

    static String spaceDigits(String s) {
        Matcher m = CJK_DIGITS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String rep = m.group(1) != null ? " " + m.group(1) : m.group(2) + " ";
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString().replace("  ", " ");
    }

    /**
     * Rows [from, to) of {@code t} as a pipe table with an empty header row. Rows of the first page
     * collapse colspans (each cell once, values shift left); a continuation page expands them, and
     * may repeat the header rows shifted one column right.
     */
    private void markdownTable(StringBuilder sb, Table t, int from, int to,
                               boolean repeatHeader, Random r) {
        Slot[][] g = t.grid();
        boolean continuation = from > 0 && t.name().equals(TemplateKeys.TABLE_APPLICATIONS);
        List<List<String>> rows = new ArrayList<>();
        if (continuation && repeatHeader) {
            for (int i = 0; i < t.headerRows(); i++) {
                List<String> row = new ArrayList<>();
                row.add("");
                row.addAll(collapsed(g, i, r, false));
                rows.add(row);
            }
        }
        for (int i = from; i < to; i++) {
            rows.add(continuation ? expanded(g, i) : collapsed(g, i, r, true));
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        sb.append('|');
        for (int c = 0; c < width; c++) {
            sb.append("   |");
        }
        sb.append("\n|");
        for (int c = 0; c < width; c++) {
            sb.append("---|");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append('|');
            for (int c = 0; c < width; c++) {
                sb.append(' ').append(c < row.size() ? row.get(c) : "").append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static List<String> collapsed(Slot[][] g, int i, Random r, boolean spaceNumbering) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < g[i].length; c++) {
            Slot s = g[i][c];
            if (s == null) {
                continue;
            }
            if (s.origin()) {
                String text = s.cell().text();
                if (spaceNumbering && s.cell().kind() == CellKind.ROW_LABEL && text.matches("\\d\\..*")) {
                    text = text.substring(0, 2) + " " + text.substring(2);
                }
                row.add(text);
            } else if (firstColumn(g, i, c) && !isOriginRow(g, i, c)) {
                row.add("");
            }
        }
        return row;
    }

    private static List<String> expanded(Slot[][] g, int i) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < g[i].length; c++) {
            Slot s = g[i][c];
            row.add(s != null && s.origin() ? s.cell().text() : "");
        }
        return row;
    }

    // ------------------------------------------------------------------ TXT_FLATTENED

    String flattened(GeneratedReport rep, Random r) {
        int mode = mixMode(r);
        String sep = r.nextBoolean() ? "\n\n" : "\n";
        List<String> lines = new ArrayList<>();
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Table t) {
                for (int i = 0; i < t.rows().size(); i++) {
                    List<Cell> row = t.rows().get(i);
                    boolean flat = t.name().equals(TemplateKeys.TABLE_APPLICATIONS) && i >= t.headerRows();
                    StringBuilder digits = new StringBuilder();
                    for (Cell c : row) {
                        if (flat && c.kind() == CellKind.VALUE) {
                            digits.append(c.text());
                        } else {
                            lines.add(c.text());
                        }
                    }
                    if (flat) {
                        lines.add(digits.toString());
                    }
                }
            } else {
                lines.add(blockText(b));
            }
        }
        return mix(String.join(sep, lines), r, mode);
    }
}
