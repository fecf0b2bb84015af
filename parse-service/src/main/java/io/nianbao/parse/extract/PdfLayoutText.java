package io.nianbao.parse.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.Writer;

/**
 * The text layer of a PDF with PDFBox (the library Tika's PDF parser uses), glyphs sorted by position into lines.
 * Where Tika's PDF parser writes a space between two words, this writes {@code '\t'} when the gap between them is
 * wider than {@value #GAP_TOLERANCE} space widths: the columns of a table become tab-separated cells; an ordinary
 * word space (a space glyph in the text) stays a space. Pages follow each other line by line.
 */
final class PdfLayoutText {
    /** Gap, in widths of a space, above which two runs of text on one line are two cells. */
    static final float GAP_TOLERANCE = 1.5f;

    private PdfLayoutText() {
    }

    static void extract(byte[] bytes, Writer out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
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
        }
    }
}
