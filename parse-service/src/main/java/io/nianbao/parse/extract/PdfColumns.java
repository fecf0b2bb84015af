package io.nianbao.parse.extract;

import io.nianbao.template.Rows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout reader of PDF section 三 tables by position: a blank cell of a PDF table has no glyph, so a row
 * whose applicant columns are partly blank comes out of the text layer as a short row ({@code 26 26} where the
 * template has seven cells) whose numbers cannot be placed by order. This reader finds the seven column headings
 * of the template ({@link Rows#APPLICANT_COLUMN_LABELS}: 自然人, 商业企业, … 总计, also when a heading is broken
 * over lines such as 社会公益/组织) between 申请人情况 and the first row, takes the x centre of each, and in the rows
 * that follow writes each number under the column whose span holds it, with empty cells for the blank columns.
 *
 * <p>It changes nothing when the seven headings are not all found left to right, when a row already has seven or
 * more numbers, or when two numbers of a row fall into one column (the text then stays as the PDF gave it, and
 * the table reader decides). The table ends at the row 结转下年度继续办理 or at section 四's heading. One instance
 * per document, fed line by line in reading order. Not thread-safe.
 */
final class PdfColumns {
    /** A run of text of one line with its horizontal extent; {@code afterGap} when a wide gap precedes it. */
    record Word(String text, float x0, float x1, boolean afterGap) {
        float centre() {
            return (x0 + x1) / 2;
        }

        boolean placed() {
            return !Float.isNaN(x0) && !Float.isNaN(x1);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final int COLUMNS = Rows.APPLICANT_COLUMN_LABELS.size();
    private static final String HEADER_START = "申请人情况";
    private static final Pattern FIRST_ROW = Pattern.compile("本年新收");
    private static final Pattern TABLE_END = Pattern.compile("结转下年度|行政复议");

    private enum State { OUTSIDE, HEADER, ROWS }

    private State state = State.OUTSIDE;
    private final float[] centres = new float[COLUMNS];
    private boolean lastRow;

    /** The line as text: its words joined by tab (after a wide gap) or space, the numbers placed when it can. */
    String line(List<Word> words) {
        String plain = join(words, 0, words.size());
        switch (state) {
            case OUTSIDE -> {
                if (plain.contains(HEADER_START)) {
                    java.util.Arrays.fill(centres, Float.NaN);
                    state = State.HEADER;
                    headings(words);
                }
                return plain;
            }
            case HEADER -> {
                if (FIRST_ROW.matcher(plain).find()) {
                    if (complete()) {
                        state = State.ROWS;
                        lastRow = false;
                        return row(words, plain);
                    }
                    state = State.OUTSIDE;
                    return plain;
                }
                headings(words);
                return plain;
            }
            case ROWS -> {
                if (lastRow || plain.contains("行政复议")) {
                    state = State.OUTSIDE;
                    return plain;
                }
                if (TABLE_END.matcher(plain).find()) {
                    lastRow = true;
                }
                return row(words, plain);
            }
            default -> {
                return plain;
            }
        }
    }

    private void headings(List<Word> words) {
        for (Word w : words) {
            if (!w.placed() || w.text().length() < 2) {
                continue;
            }
            for (int c = 0; c < COLUMNS; c++) {
                String label = Rows.APPLICANT_COLUMN_LABELS.get(c);
                if (Float.isNaN(centres[c]) && label.startsWith(w.text())) {
                    centres[c] = w.centre();
                    break;
                }
            }
        }
    }

    private boolean complete() {
        for (int c = 0; c < COLUMNS; c++) {
            if (Float.isNaN(centres[c]) || (c > 0 && centres[c] <= centres[c - 1])) {
                return false;
            }
        }
        return true;
    }

    /** The row with its trailing numbers placed in the seven columns, or as it was. */
    private String row(List<Word> words, String plain) {
        int firstNumber = words.size();
        while (firstNumber > 0 && NUMBER.matcher(words.get(firstNumber - 1).text()).matches()
                && words.get(firstNumber - 1).placed()) {
            firstNumber--;
        }
        int count = words.size() - firstNumber;
        if (count == 0 || count >= COLUMNS) {
            return plain;
        }
        String[] cells = new String[COLUMNS];
        int previous = -1;
        for (int i = firstNumber; i < words.size(); i++) {
            int c = column(words.get(i).centre());
            if (c <= previous) {
                return plain; // two numbers in one column, or out of order: leave it to the table reader
            }
            cells[c] = words.get(i).text();
            previous = c;
        }
        StringBuilder b = new StringBuilder(join(words, 0, firstNumber));
        for (int c = 0; c < COLUMNS; c++) {
            if (b.length() > 0 || c > 0) {
                b.append('\t');
            }
            b.append(cells[c] == null ? "" : cells[c]);
        }
        return b.toString();
    }

    /** The column whose span (half-way to each neighbour's centre) holds x. */
    private int column(float x) {
        for (int c = 0; c < COLUMNS - 1; c++) {
            if (x < (centres[c] + centres[c + 1]) / 2) {
                return c;
            }
        }
        return COLUMNS - 1;
    }

    private static String join(List<Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(words.get(i).afterGap() ? '\t' : ' ');
            }
            b.append(words.get(i).text());
        }
        return b.toString();
    }
}
