package io.nianbao.parse.extract;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Documents written by the tests themselves: DOCX with POI, PDF with PDFBox, OFD by hand. */
public final class TestDocuments {
    /**
     * TrueType (glyf) CJK fonts PDFBox can embed. None ships in a Maven artifact we could find; Debian's
     * fonts-wqy-microhei provides the first. PDFBox 3 cannot embed the CFF-based Noto CJK OTF/TTC.
     */
    public static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private TestDocuments() {
    }

    public static File cjkFont() {
        for (String p : CJK_FONTS) {
            File f = new File(p);
            if (f.isFile()) {
                return f;
            }
        }
        return null;
    }

    /** A DOCX: a title paragraph, a table (row lists), a closing paragraph. Empty string = empty cell. */
    public static byte[] docx(String title, List<List<String>> rows, String closing) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            int cols = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = doc.createTable(rows.size(), cols);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < cols; c++) {
                    String v = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    XWPFTableCell cell = row.getCell(c);
                    cell.removeParagraph(0);
                    String[] parts = v.split("\n");
                    for (String part : parts) {
                        cell.addParagraph().createRun().setText(part);
                    }
                }
            }
            doc.createParagraph().createRun().setText(closing);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX table whose first column is merged vertically over rows 1..2 (vMerge) and row 0 spans two columns. */
    public static byte[] docxMerged() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(3, 3);
            set(table.getRow(0).getCell(0), "信息内容");
            set(table.getRow(0).getCell(1), "本年制发件数");
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
            table.getRow(0).removeCell(2);
            set(table.getRow(1).getCell(0), "（三）不予公开");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            set(table.getRow(1).getCell(1), "1.属于国家秘密");
            set(table.getRow(1).getCell(2), "3");
            set(table.getRow(2).getCell(0), "");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            set(table.getRow(2).getCell(1), "2.其他法律行政法规禁止公开");
            set(table.getRow(2).getCell(2), "4");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void set(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    /**
     * A PDF with a text layer: each line is a list of cells drawn at fixed column positions (x = 60 + 120*i),
     * in the given TrueType collection's first font.
     */
    public static byte[] pdf(File fontFile, List<List<String>> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font;
            if (fontFile.getName().endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(fontFile);
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                font = PDType0Font.load(doc, first[0], true);
            } else {
                font = PDType0Font.load(doc, fontFile);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (List<String> line : lines) {
                    for (int i = 0; i < line.size(); i++) {
                        if (line.get(i).isEmpty()) {
                            continue;
                        }
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(60 + 120 * i, y);
                        cs.showText(line.get(i));
                        cs.endText();
                    }
                    y -= 20;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A minimal OFD package (OFD.xml, Document.xml, one page) with the given lines of text objects. */
    public static byte[] ofd(List<List<String>> lines) throws IOException {
        StringBuilder content = new StringBuilder();
        int id = 10;
        double y = 20;
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String s = line.get(i);
                if (s.isEmpty()) {
                    continue;
                }
                double x = 20 + 45 * i;
                content.append("<ofd:TextObject ID=\"").append(id++).append("\" Boundary=\"").append(x).append(' ')
                        .append(y).append(" 40 6\" Font=\"2\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\">")
                        .append(s).append("</ofd:TextCode></ofd:TextObject>");
            }
            y += 8;
        }
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        String ofdXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>0123456789abcdef0123456789abcdef</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
        String docXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + "><ofd:CommonData>"
                + "<ofd:MaxUnitID>1000</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                + "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                + "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
        String resXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + ns + " BaseLoc=\"Res\"><ofd:Fonts>"
                + "<ofd:Font ID=\"2\" FontName=\"宋体\" FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>";
        String pageXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + "><ofd:Content>"
                + "<ofd:Layer ID=\"3\">" + content + "</ofd:Layer></ofd:Content></ofd:Page>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "OFD.xml", ofdXml);
            put(zip, "Doc_0/Document.xml", docXml);
            put(zip, "Doc_0/PublicRes.xml", resXml);
            put(zip, "Doc_0/Pages/Page_0/Content.xml", pageXml);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A zip archive holding one text file (not a document this service reads). */
    public static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "readme.txt", "政府信息公开工作年度报告");
        }
        return out.toByteArray();
    }

    /** A 1x1 PNG. */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** The start of an ELF executable followed by binary noise. */
    public static byte[] elf() {
        byte[] b = new byte[512];
        b[0] = 0x7F;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2;
        b[5] = 1;
        b[6] = 1;
        for (int i = 16; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }
}
