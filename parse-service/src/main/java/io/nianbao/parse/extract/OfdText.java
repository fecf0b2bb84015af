package io.nianbao.parse.extract;

import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Text of an OFD (GB/T 33190, China's fixed-layout format) with ofdrw-reader 2.3.6: every text code of every
 * page placed at its position (text object boundary + code offset), sorted into lines by Y (within half a font
 * size) and by X within a line; a gap wider than {@value #GAP_FONT_SIZES} font sizes between two pieces is a
 * {@code '\t'}, as in {@link PdfLayoutText}.
 */
final class OfdText {
    static final double GAP_FONT_SIZES = 1.5;

    private OfdText() {
    }

    /** An OFD is a zip whose root holds OFD.xml. */
    static boolean isOfd(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 200) {
                if (e.getName().equalsIgnoreCase("OFD.xml")) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private record Piece(double x, double y, double size, double width, String text) {
    }

    static String extract(byte[] bytes) throws IOException {
        StringBuilder out = new StringBuilder();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(bytes))) {
            ContentExtractor extractor = new ContentExtractor(reader);
            int pages = reader.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                List<Piece> pieces = new ArrayList<>();
                for (TextObject t : extractor.getPageTextObject(p)) {
                    ST_Box box = t.getBoundary();
                    double bx = box == null ? 0 : box.getTopLeftX();
                    double by = box == null ? 0 : box.getTopLeftY();
                    double size = t.getSize() == null ? 3.5 : t.getSize();
                    double lastX = 0;
                    double lastY = 0;
                    for (TextCode code : t.getTextCodes()) {
                        String s = code.getContent();
                        if (s == null || s.isBlank()) {
                            continue;
                        }
                        double x = code.getX() == null ? lastX : code.getX();
                        double y = code.getY() == null ? lastY : code.getY();
                        lastX = x;
                        lastY = y;
                        pieces.add(new Piece(bx + x, by + y, size, width(s, size), s));
                    }
                }
                writeLines(pieces, out);
            }
        }
        return out.toString();
    }

    private static double width(String s, double size) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? size * 0.55 : size;
        }
        return w;
    }

    private static void writeLines(List<Piece> pieces, StringBuilder out) {
        pieces.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(Piece::x));
        List<Piece> line = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!line.isEmpty() && Math.abs(piece.y() - line.get(0).y()) > line.get(0).size() / 2) {
                writeLine(line, out);
                line.clear();
            }
            line.add(piece);
        }
        if (!line.isEmpty()) {
            writeLine(line, out);
        }
    }

    private static void writeLine(List<Piece> line, StringBuilder out) {
        line.sort(Comparator.comparingDouble(Piece::x));
        double end = Double.NaN;
        StringBuilder sb = new StringBuilder();
        for (Piece p : line) {
            if (!Double.isNaN(end) && p.x() - end > GAP_FONT_SIZES * p.size()) {
                sb.append('\t');
            }
            sb.append(p.text());
            end = p.x() + p.width();
        }
        out.append(sb.toString().strip()).append('\n');
    }
}
