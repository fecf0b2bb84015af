package io.nianbao.testsupport.corpus;

import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Slot;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A PDF of the report (PDFBox), tables drawn as positioned text with cell borders. Needs a CJK
 * TrueType font: Debian's fonts-wqy-microhei (see {@link Renderer#CJK_FONT_PATHS}).
 */
final class PdfWriter {
    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private PdfWriter() {
    }

    /** The CJK font file to embed. @throws IllegalStateException when none is installed */
    static File cjkFont() {
        for (String p : Renderer.CJK_FONT_PATHS) {
            File f = new File(p);
            if (f.isFile()) {
                return f;
            }
        }
        throw new IllegalStateException("no CJK font: apt-get install -y fonts-wqy-microhei");
    }

    static byte[] write(GeneratedReport rep, Random r) {
        File fontFile = cjkFont();
        int mode = Renderer.mixMode(r);
        try (TrueTypeCollection ttc = new TrueTypeCollection(fontFile);
             PDDocument doc = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            new Writer(doc, font, r, mode).write(rep);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        final PDDocument doc;
        final PDType0Font font;
        final Random r;
        final int mode;
        final Map<Character, Boolean> glyphs = new HashMap<>();
        PDPageContentStream cs;
        float y;

        Writer(PDDocument doc, PDType0Font font, Random r, int mode) {
            this.doc = doc;
            this.font = font;
            this.r = r;
            this.mode = mode;
        }

        void write(GeneratedReport rep) throws IOException {
            newPage();
            for (Block b : rep.doc().blocks()) {
                if (b instanceof Title t) {
                    paragraph(t.text(), 15, 0, true);
                    y -= 6;
                } else if (b instanceof Heading h) {
                    paragraph(h.text(), h.level() == 1 ? 12 : 10.5f, 0, false);
                } else if (b instanceof Para p) {
                    paragraph(p.text(), 10.5f, 21, false);
                } else if (b instanceof Table t) {
                    table(t);
                    y -= 6;
                }
            }
            cs.close();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        String clean(String s) {
            s = Renderer.mix(s, r, mode);
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                boolean ok = glyphs.computeIfAbsent(c, ch -> {
                    try {
                        font.getStringWidth(String.valueOf(ch));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                sb.append(ok ? c : ' ');
            }
            return sb.toString();
        }

        float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        List<String> wrap(String s, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (line.length() > 0 && width(line.toString() + c, size) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(c);
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        void paragraph(String text, float size, float indent, boolean center) throws IOException {
            float max = PAGE.getWidth() - 2 * MARGIN;
            String s = clean(text);
            List<String> lines = wrap(s, size, max - indent);
            float leading = size * 1.5f;
            for (int i = 0; i < lines.size(); i++) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                float x = MARGIN + (i == 0 ? indent : 0);
                if (center) {
                    x = (PAGE.getWidth() - width(lines.get(i), size)) / 2;
                }
                show(lines.get(i), x, y, size);
            }
        }

        void show(String s, float x, float y, float size) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        float[] columnWidths(Table t, int n) {
            float total = PAGE.getWidth() - 2 * MARGIN;
            float[] w = new float[n];
            if (t.name().equals(TemplateKeys.TABLE_APPLICATIONS) && n == 10) {
                float[] labels = {50, 50, 150};
                System.arraycopy(labels, 0, w, 0, 3);
                Arrays.fill(w, 3, 10, (total - 250) / 7);
            } else if (t.name().equals(TemplateKeys.TABLE_ACTIVE) && n == 4) {
                w[0] = 150;
                Arrays.fill(w, 1, 4, (total - 150) / 3);
            } else {
                Arrays.fill(w, total / n);
            }
            return w;
        }

        void table(Table t) throws IOException {
            Slot[][] g = t.grid();
            int n = g[0].length;
            float[] w = columnWidths(t, n);
            float size = 7;
            float leading = size * 1.35f;
            for (int i = 0; i < g.length; i++) {
                // lay out the cells that start in this row
                List<float[]> boxes = new ArrayList<>();
                List<List<String>> texts = new ArrayList<>();
                int maxLines = 1;
                float x = MARGIN;
                for (int c = 0; c < n; c++) {
                    Slot s = g[i][c];
                    float cw = w[c];
                    if (s != null && Renderer.firstColumn(g, i, c)) {
                        cw = 0;
                        for (int k = c; k < Math.min(n, c + s.cell().colspan()); k++) {
                            cw += w[k];
                        }
                        if (s.origin()) {
                            List<String> lines = wrap(clean(s.cell().text()), size, cw - 4);
                            maxLines = Math.max(maxLines, lines.size());
                            boxes.add(new float[]{x, cw});
                            texts.add(lines);
                        }
                        x += cw;
                        c += s.cell().colspan() - 1;
                    } else if (s == null) {
                        x += cw;
                    }
                }
                float h = maxLines * leading + 4;
                if (y - h < MARGIN) {
                    newPage();
                }
                float top = y;
                for (int k = 0; k < boxes.size(); k++) {
                    float[] box = boxes.get(k);
                    List<String> lines = texts.get(k);
                    for (int l = 0; l < lines.size(); l++) {
                        show(lines.get(l), box[0] + 2, top - 2 - (l + 1) * leading + 2, size);
                    }
                }
                cs.setLineWidth(0.5f);
                cs.moveTo(MARGIN, top);
                cs.lineTo(MARGIN + sum(w), top);
                cs.stroke();
                y = top - h;
            }
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + sum(w), y);
            cs.stroke();
        }

        static float sum(float[] w) {
            float s = 0;
            for (float v : w) {
                s += v;
            }
            return s;
        }
    }
}
