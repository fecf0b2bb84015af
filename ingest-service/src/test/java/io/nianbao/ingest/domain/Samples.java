package io.nianbao.ingest.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small hand-made documents of each kind (the bytes detection looks at), for unit and integration tests. */
public final class Samples {
    private Samples() {
    }

    public static byte[] html(String marker) {
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>2021年政府信息公开工作年度报告</title></head>"
                + "<body><p>一、总体情况 " + marker + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] gbkHtmlWithLeadingComment() {
        return ("\r\n\r\n<!-- portal -->\r\n<HTML><HEAD><META http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
                + "</HEAD><BODY>政府信息公开工作年度报告</BODY></HTML>").getBytes(Charset.forName("GBK"));
    }

    public static byte[] text(String marker) {
        return ("XX县人力资源和社会保障局2021年政府信息公开工作年度报告\n一、总体情况\n" + marker + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] rtf() {
        return "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} report}".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xDE};
    }

    public static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    }

    public static byte[] elf() {
        byte[] b = new byte[64];
        b[0] = 0x7F;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2;
        b[5] = 1;
        b[6] = 1;
        b[16] = 2;
        return b;
    }

    public static byte[] windowsExe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    public static byte[] gzip() {
        return new byte[]{0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    public static byte[] docx(String marker) {
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + marker + "</w:t></w:r></w:p></w:body></w:document>");
    }

    public static byte[] ofd(String marker) {
        return zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>",
                "Doc_0/Document.xml", "<ofd:Document>" + marker + "</ofd:Document>");
    }

    public static byte[] plainZip() {
        return zip("a.txt", "hello", "b/c.txt", "world");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    /** A minimal OLE2 header followed by a directory entry name, enough for stream-name sniffing. */
    public static byte[] ole2(String streamName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        out.writeBytes(new byte[504]);
        out.writeBytes("Root Entry".getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes(new byte[44]);
        out.writeBytes(streamName.getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes(new byte[512]);
        return out.toByteArray();
    }

    public static byte[] zip(String... namesAndContents) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < namesAndContents.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                    zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
