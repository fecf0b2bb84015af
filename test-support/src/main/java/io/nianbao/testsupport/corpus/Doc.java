package io.nianbao.testsupport.corpus;

import io.nianbao.contract.ReportRecord.StatedFigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout-independent document model of a generated report: a sequence of blocks (title,
 * headings, paragraphs, tables with merged cells). {@link Renderer} turns it into each
 * {@link Layout}; {@link #canonicalText()} is the plain text all spans of the expected record refer to.
 */
public final class Doc {

    /** One block of the document. {@code section} is 1..6, or null before section 一 and after 六. */
    public sealed interface Block permits Title, Heading, Para, Table {
        Integer section();
    }

    /** The report title. */
    public record Title(String text) implements Block {
        public Integer section() {
            return null;
        }
    }

    /** A section heading (level 1, e.g. 一、总体情况) or a sub-heading (level 2, e.g. （一）主动公开情况). */
    public record Heading(int level, String text, Integer section) implements Block {
    }

    /**
     * A paragraph (one line). {@code figures} are the stated figures of the paragraph: the generator
     * builds them with offsets relative to the paragraph and then moves them (the same objects as in
     * the expected record) to offsets in {@link Doc#canonicalText()}.
     * {@code chrome} marks portal/header lines (发布日期, 来源) rather than report body.
     */
    public record Para(String text, List<StatedFigure> figures, Integer section, boolean chrome) implements Block {
    }

    /** What a table cell is. */
    public enum CellKind { NOTE, HEADER, ROW_LABEL, VALUE }

    /**
     * A table cell as in HTML: rowspan/colspan, and for a VALUE cell the row and column key of the
     * record (row key of {@code activeDisclosure}/{@code applications}/{@code reviewLitigation}).
     */
    public record Cell(String text, int rowspan, int colspan, CellKind kind, String row, String col) {
        public static Cell header(String text, int rowspan, int colspan) {
            return new Cell(text, rowspan, colspan, CellKind.HEADER, null, null);
        }

        public static Cell label(String text, int rowspan, int colspan, String row) {
            return new Cell(text, rowspan, colspan, CellKind.ROW_LABEL, row, null);
        }

        public static Cell value(String text, String row, String col) {
            return new Cell(text, 1, 1, CellKind.VALUE, row, col);
        }

        public static Cell value(String text, int colspan, String row, String col) {
            return new Cell(text, 1, colspan, CellKind.VALUE, row, col);
        }
    }

    /** A slot of the expanded grid: the cell that covers it and whether this slot is its top-left origin. */
    public record Slot(Cell cell, boolean origin) {
    }

    /**
     * A table. {@code name} is the record table it holds (activeDisclosure, applications,
     * reviewLitigation). {@code headerRows} rows at the top are header rows. Rows list origin cells
     * only, as HTML does.
     */
    public record Table(int sectionNumber, String name, int headerRows, List<List<Cell>> rows) implements Block {
        public Integer section() {
            return sectionNumber;
        }

        /** Width in grid columns. */
        public int width() {
            return grid()[0].length;
        }

        /** Expands rowspan/colspan into a full grid (null where no cell covers a slot). */
        public Slot[][] grid() {
            int n = rows.size();
            List<Slot[]> out = new ArrayList<>();
            int width = 0;
            // first pass to find width
            List<List<Slot>> tmp = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                tmp.add(new ArrayList<>());
            }
            for (int r = 0; r < n; r++) {
                List<Slot> row = tmp.get(r);
                int c = 0;
                for (Cell cell : rows.get(r)) {
                    while (c < row.size() && row.get(c) != null) {
                        c++;
                    }
                    for (int dr = 0; dr < cell.rowspan() && r + dr < n; dr++) {
                        List<Slot> target = tmp.get(r + dr);
                        for (int dc = 0; dc < cell.colspan(); dc++) {
                            int col = c + dc;
                            while (target.size() <= col) {
                                target.add(null);
                            }
                            target.set(col, new Slot(cell, dr == 0 && dc == 0));
                        }
                    }
                    c += cell.colspan();
                }
            }
            for (List<Slot> row : tmp) {
                width = Math.max(width, row.size());
            }
            for (List<Slot> row : tmp) {
                Slot[] a = new Slot[width];
                for (int i = 0; i < row.size(); i++) {
                    a[i] = row.get(i);
                }
                out.add(a);
            }
            return out.toArray(new Slot[0][]);
        }
    }

    private final List<Block> blocks;
    private final String canonicalText;
    private final int[] starts;

    /** A document of {@code blocks}, e.g. a real report's text re-laid out with tables from its record. */
    public static Doc of(List<Block> blocks) {
        return new Doc(blocks);
    }

    Doc(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        this.starts = new int[blocks.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            starts[i] = sb.length();
            appendCanonical(sb, blocks.get(i));
        }
        this.canonicalText = sb.toString();
    }

    private static void appendCanonical(StringBuilder sb, Block b) {
        if (b instanceof Title t) {
            sb.append(t.text());
        } else if (b instanceof Heading h) {
            sb.append(h.text());
        } else if (b instanceof Para p) {
            sb.append(p.text());
        } else if (b instanceof Table t) {
            boolean first = true;
            for (List<Cell> row : t.rows()) {
                for (Cell c : row) {
                    if (!first) {
                        sb.append('\n');
                    }
                    first = false;
                    sb.append(c.text());
                }
            }
        }
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Blocks joined by newlines; a table is one cell per line (origin cells, row by row), labels kept. */
    public String canonicalText() {
        return canonicalText;
    }

    /** Offset of block {@code i} in {@link #canonicalText()}. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of block {@code i} in {@link #canonicalText()}. */
    public int end(int i) {
        return i + 1 < blocks.size() ? starts[i + 1] - 1 : canonicalText.length();
    }
}
