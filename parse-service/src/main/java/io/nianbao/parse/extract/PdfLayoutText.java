package io.nianbao.parse.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of a PDF with PDFBox (the library Tika's PDF parser uses), glyphs sorted by position into lines.
 * Where Tika's PDF parser writes a space between two words, this writes {@code '\t'} when the gap between them is
 * wider than {@value #GAP_TOLERANCE} space widths: the columns of a table become tab-separated cells; an ordinary
 * word space (a space glyph in the text) stays a space. Pages follow each other line by line.
 *
 * <p>Each line is handed to {@link PdfColumns} with the x positions of its words before it is written, so that a
 * table row whose blank cells have no glyphs at all gets its numbers placed under their header columns (with
 * empty cells for the blanks) instead of being a short row whose numbers cannot be placed.
 *
 * <p>The work stops at the next line when the thread is interrupted (the extraction's timeout).
 */
final class PdfLayoutText {
    /** Gap, in widths of a space, above which two runs of text on one line are two cells. */
    static final float GAP_TOLERANCE = 1.5f;

    private PdfLayoutText() {
    }

    static void extract(byte[] bytes, Writer out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PositionedStripper stripper = new PositionedStripper();
            stripper.setSortByPosition(true);
            stripper.setWordSeparator("\t");
            stripper.setSpacingTolerance(GAP_TOLERANCE);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("");
            stripper.setPageStart("");
            stripper.setPageEnd("\n");
            stripper.setSuppressDuplicateOverlappingText(true);
            stripper.setAddMoreFormatting(false);
            stripper.writeText(doc, out);
            stripper.flushLine();
        }
    }

    /** Collects the words of a line with their x extent and writes the line through {@link PdfColumns}. */
    private static final class PositionedStripper extends PDFTextStripper {
        private final List<PdfColumns.Word> line = new ArrayList<>();
        private final PdfColumns columns = new PdfColumns();

        PositionedStripper() {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("PDF extraction stopped: interrupted (timeout)");
            }
            // a word may hold ordinary space glyphs: split it there, each piece with its own extent
            StringBuilder piece = new StringBuilder();
            float x0 = Float.NaN;
            float x1 = Float.NaN;
            boolean first = true;
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u != null && u.isBlank()) {
                    if (piece.length() > 0) {
                        line.add(new PdfColumns.Word(piece.toString(), x0, x1, first));
                        first = false;
                        piece.setLength(0);
                    }
                    continue;
                }
                if (piece.length() == 0) {
                    x0 = p.getXDirAdj();
                }
                piece.append(u == null ? "" : u);
                x1 = p.getXDirAdj() + p.getWidthDirAdj();
            }
            if (piece.length() > 0) {
                line.add(new PdfColumns.Word(piece.toString(), x0, x1, first));
            }
            if (positions.isEmpty() && !text.isEmpty()) {
                line.add(new PdfColumns.Word(text, Float.NaN, Float.NaN, true));
            }
        }

        @Override
        protected void writeWordSeparator() {
            // words are separated when the line is written
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            flushLine();
            output.write(getLineSeparator());
        }

        void flushLine() throws IOException {
            if (!line.isEmpty()) {
                output.write(columns.line(line));
                line.clear();
            }
        }

        @Override
        protected void writePageEnd() throws IOException {
            flushLine();
            super.writePageEnd();
        }
    }
}
