package io.nianbao.testsupport.corpus;

import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Slot;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Random;

/** A Word document with the report's tables as real Word tables (gridSpan / vMerge for merged cells). */
final class DocxWriter {
    private DocxWriter() {
    }

    static byte[] write(GeneratedReport rep, Random r) {
        int mode = Renderer.mixMode(r);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block b : rep.doc().blocks()) {
                if (b instanceof Title t) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, Renderer.mix(t.text(), r, mode), true, 18);
                } else if (b instanceof Heading h) {
                    run(doc.createParagraph(), Renderer.mix(h.text(), r, mode), h.level() == 1, 14);
                } else if (b instanceof Para para) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationFirstLine(560);
                    run(p, Renderer.mix(para.text(), r, mode), false, 14);
                } else if (b instanceof Table t) {
                    table(doc, t, r, mode);
                    doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("仿宋_GB2312");
    }

    private static void table(XWPFDocument doc, Table t, Random r, int mode) {
        Slot[][] g = t.grid();
        XWPFTable table = doc.createTable();
        for (int i = 0; i < g.length; i++) {
            XWPFTableRow row = table.insertNewTableRow(i);
            int c = 0;
            while (c < g[i].length) {
                Slot s = g[i][c];
                XWPFTableCell cell = row.addNewTableCell();
                if (s == null) {
                    c++;
                    continue;
                }
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = s.cell().colspan();
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                boolean startsHere = i == 0 || g[i - 1][c] == null || g[i - 1][c].cell() != s.cell();
                if (s.cell().rowspan() > 1) {
                    pr.addNewVMerge().setVal(startsHere ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (startsHere) {
                    cell.setText(Renderer.mix(s.cell().text(), r, mode));
                }
                c += span;
            }
        }
        // createTable() starts with one default row of one cell: drop it
        table.removeRow(g.length);
    }
}
