package io.nianbao.parse.extract;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns Tika's XHTML events into lines that keep the document's structure:
 * <ul>
 *   <li>a paragraph (p, div, h1..h6, li, br ...) is one line; blank lines are dropped;</li>
 *   <li>a table row is one line, its cells joined by {@code '\t'};</li>
 *   <li>merged cells keep the grid rectangular: the text stands in the top-left position of the merged area and
 *       every other position it covers is an EMPTY cell ({@code colspan=3} gives the text and two empty cells; a
 *       {@code rowspan=2} cell gives an empty cell at the same column of the next row). Labels are never
 *       repeated, so a number never appears twice;</li>
 *   <li>text inside a cell loses its own line breaks: the pieces are joined with nothing between two CJK
 *       characters ("本年新" + "制作数量" = "本年新制作数量") and with one space otherwise; tabs inside a cell
 *       become spaces;</li>
 *   <li>a row is a layout row, not a data row, when one of its cells holds a nested table, more than
 *       {@value #LAYOUT_MAX_PIECES} pieces or more than {@value #LAYOUT_MAX_CHARS} characters (a page laid out
 *       with tables): its cells are written as paragraphs, each piece on its own line;</li>
 *   <li>a nested table is written as its own rows, at the place where it stands.</li>
 * </ul>
 * In HTML mode, whitespace runs collapse to one space as a browser shows them and NBSP counts as a space; in
 * office mode (DOCX, DOC, RTF, ODT) a tab inside a paragraph is kept and a newline ends the line. The
 * {@code <head>} (title, meta) is skipped, as {@code BodyContentHandler} does. Lines go to {@code sink}
 * (a {@code WriteOutContentHandler} with the character limit) followed by {@code '\n'}.
 */
final class StructuredTextHandler extends DefaultHandler {
    static final int LAYOUT_MAX_PIECES = 6;
    static final int LAYOUT_MAX_CHARS = 400;

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "br", "blockquote", "pre", "hr", "address", "center", "section", "article",
            "header", "footer", "nav", "aside", "main", "figure", "figcaption", "caption", "form", "fieldset",
            "title", "body", "html");

    private final ContentHandler sink;
    private final boolean html;
    private final StringBuilder paragraph = new StringBuilder();
    private final Deque<Table> tables = new ArrayDeque<>();
    private int headDepth;

    StructuredTextHandler(ContentHandler sink, boolean html) {
        this.sink = sink;
        this.html = html;
    }

    private static final class Table {
        final List<String> rowCells = new ArrayList<>();
        final List<List<String>> rowPieces = new ArrayList<>();
        /** column -> rows still covered by a rowspan from above. */
        final Map<Integer, Integer> spanDown = new HashMap<>();
        StringBuilder cell;
        int cellColspan = 1;
        int cellRowspan = 1;
        boolean inRow;
        boolean layoutRow;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth++;
            return;
        }
        if (headDepth > 0) {
            return;
        }
        switch (name) {
            case "table" -> startTable();
            case "tr" -> startRow();
            case "td", "th" -> startCell(atts);
            default -> {
                if (BLOCKS.contains(name)) {
                    blockBoundary();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth = Math.max(0, headDepth - 1);
            return;
        }
        if (headDepth > 0) {
            return;
        }
        switch (name) {
            case "table" -> endTable();
            case "tr" -> endRow();
            case "td", "th" -> endCell();
            default -> {
                if (BLOCKS.contains(name)) {
                    blockBoundary();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0) {
            return;
        }
        Table t = tables.peek();
        StringBuilder target = t != null && t.cell != null ? t.cell : paragraph;
        boolean inCell = target != paragraph;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\r') {
                continue;
            }
            if (html) {
                if (c == '\n' || c == '\t' || c == '\f' || c == '\u00A0' || c == ' ') {
                    appendSpace(target);
                } else {
                    target.append(c);
                }
            } else if (c == '\n' || c == '\u000B' || c == '\f') {
                if (inCell) {
                    target.append('\n');
                } else {
                    flushParagraph();
                }
            } else if (c == '\t' && inCell) {
                appendSpace(target);
            } else if (c == '\u00A0') {
                appendSpace(target);
            } else {
                target.append(c);
            }
        }
    }

    @Override
    public void endDocument() throws SAXException {
        while (!tables.isEmpty()) {
            endTable();
        }
        flushParagraph();
    }

    // ---------------------------------------------------------------- paragraphs

    private void blockBoundary() throws SAXException {
        Table t = tables.peek();
        if (t != null && t.cell != null) {
            t.cell.append('\n');
        } else {
            flushParagraph();
        }
    }

    private void flushParagraph() throws SAXException {
        String line = trim(paragraph);
        paragraph.setLength(0);
        if (!line.isEmpty()) {
            emit(line);
        }
    }

    // ---------------------------------------------------------------- tables

    private void startTable() throws SAXException {
        Table outer = tables.peek();
        if (outer == null) {
            flushParagraph();
        } else {
            // a table inside a table: the outer row is layout, what it holds so far comes first
            outer.layoutRow = true;
            flushRowAsParagraphs(outer, true);
        }
        tables.push(new Table());
    }

    private void endTable() throws SAXException {
        Table t = tables.peek();
        if (t == null) {
            return;
        }
        if (t.cell != null) {
            endCell();
        }
        if (t.inRow) {
            endRow();
        }
        // rows covered only by rowspans that never came: nothing to write
        tables.pop();
        flushParagraph();
    }

    private void startRow() throws SAXException {
        Table t = tables.peek();
        if (t == null) {
            return;
        }
        if (t.inRow) {
            endRow();
        }
        String stray = trim(paragraph);
        paragraph.setLength(0);
        if (!stray.isEmpty()) {
            emit(stray);
        }
        t.inRow = true;
        t.layoutRow = false;
        t.rowCells.clear();
        t.rowPieces.clear();
    }

    private void endRow() throws SAXException {
        Table t = tables.peek();
        if (t == null) {
            return;
        }
        if (t.cell != null) {
            endCell();
        }
        if (!t.inRow) {
            return;
        }
        fillSpannedColumns(t, true);
        if (t.layoutRow) {
            flushRowAsParagraphs(t, false);
        } else {
            boolean any = t.rowCells.stream().anyMatch(c -> !c.isEmpty());
            if (any) {
                emit(String.join("\t", t.rowCells));
            }
        }
        t.rowCells.clear();
        t.rowPieces.clear();
        t.inRow = false;
        t.layoutRow = false;
    }

    private void startCell(Attributes atts) throws SAXException {
        Table t = tables.peek();
        if (t == null) {
            // a cell outside any table (broken markup): treat as a paragraph
            blockBoundary();
            return;
        }
        if (!t.inRow) {
            startRow();
        }
        if (t.cell != null) {
            endCell();
        }
        fillSpannedColumns(t, false);
        t.cell = new StringBuilder();
        t.cellColspan = span(atts, "colspan");
        t.cellRowspan = span(atts, "rowspan");
    }

    private void endCell() {
        Table t = tables.peek();
        if (t == null || t.cell == null) {
            return;
        }
        List<String> pieces = pieces(t.cell);
        t.cell = null;
        int col = t.rowCells.size();
        int chars = pieces.stream().mapToInt(String::length).sum();
        if (pieces.size() > LAYOUT_MAX_PIECES || chars > LAYOUT_MAX_CHARS) {
            t.layoutRow = true;
        }
        t.rowCells.add(joinPieces(pieces));
        t.rowPieces.add(pieces);
        for (int i = 1; i < t.cellColspan; i++) {
            t.rowCells.add("");
            t.rowPieces.add(List.of());
        }
        if (t.cellRowspan > 1) {
            for (int c = col; c < col + t.cellColspan; c++) {
                t.spanDown.put(c, t.cellRowspan - 1);
            }
        }
        t.cellColspan = 1;
        t.cellRowspan = 1;
    }

    /**
     * Adds the empty cells that rowspans from the rows above cover at the current position; at the end of the row
     * ({@code trailing}) also those further right, so that the row keeps its width.
     */
    private static void fillSpannedColumns(Table t, boolean trailing) {
        while (true) {
            int col = t.rowCells.size();
            Integer left = t.spanDown.get(col);
            if (left == null || left <= 0) {
                if (!trailing || t.spanDown.keySet().stream().noneMatch(k -> k > col)) {
                    return;
                }
                t.rowCells.add("");
                t.rowPieces.add(List.of());
                continue;
            }
            t.rowCells.add("");
            t.rowPieces.add(List.of());
            if (left == 1) {
                t.spanDown.remove(col);
            } else {
                t.spanDown.put(col, left - 1);
            }
        }
    }

    /** Writes the cells of the current row (and the open cell, if {@code includeOpenCell}) one piece per line. */
    private void flushRowAsParagraphs(Table t, boolean includeOpenCell) throws SAXException {
        for (List<String> pieces : t.rowPieces) {
            for (String p : pieces) {
                emit(p);
            }
        }
        t.rowPieces.clear();
        t.rowCells.clear();
        if (includeOpenCell && t.cell != null) {
            for (String p : pieces(t.cell)) {
                emit(p);
            }
            t.cell.setLength(0);
        }
    }

    // ---------------------------------------------------------------- text helpers

    private void emit(String line) throws SAXException {
        char[] chars = (line + "\n").toCharArray();
        sink.characters(chars, 0, chars.length);
    }

    private static List<String> pieces(StringBuilder cell) {
        List<String> out = new ArrayList<>();
        for (String raw : cell.toString().split("\n")) {
            String p = trim(raw);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static String joinPieces(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            if (sb.length() > 0 && !(isCjk(sb.charAt(sb.length() - 1)) || isCjk(p.charAt(0)))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') // CJK punctuation
                || (c >= '\uFF00' && c <= '\uFFEF'); // full-width forms
    }

    private static void appendSpace(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
            sb.append(' ');
        }
    }

    static String trim(CharSequence s) {
        int a = 0;
        int b = s.length();
        while (a < b && isBlank(s.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(s.charAt(b - 1))) {
            b--;
        }
        return s.subSequence(a, b).toString();
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    private static int span(Attributes atts, String name) {
        if (atts == null) {
            return 1;
        }
        String v = atts.getValue(name);
        if (v == null) {
            for (int i = 0; i < atts.getLength(); i++) {
                if (name.equalsIgnoreCase(atts.getLocalName(i)) || name.equalsIgnoreCase(atts.getQName(i))) {
                    v = atts.getValue(i);
                }
            }
        }
        if (v == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.trim());
            return n < 1 ? 1 : Math.min(n, 1000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }
}
