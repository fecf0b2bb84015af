package io.nianbao.ingest.domain;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Detects what a document is from its bytes: Tika's magic-byte repository (tika-core only, so the answer does
 * not depend on which Tika parsers happen to be on the classpath), refined for the containers Tika's magic
 * cannot tell apart: ZIP (DOCX vs OFD vs other archives, by entry names) and OLE2 (DOC/WPS vs spreadsheets
 * and presentations, by stream names). The file name is used only to tell Markdown from plain text and a
 * Works/WPS OLE2 file from other OLE2 files, never to overrule the bytes.
 */
public final class DocumentDetector {
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String DOC = "application/msword";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String WPS = "application/vnd.ms-works";
    public static final String PDF = "application/pdf";
    public static final String OFD = "application/ofd";
    public static final String RTF = "application/rtf";

    private static final int MAX_ZIP_ENTRIES = 2_000;
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/gzip", "application/x-gzip",
            "application/x-bzip", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar", "application/x-tar", "application/x-gtar",
            "application/zstd", "application/x-lzma", "application/x-compress", "application/x-lzip",
            "application/x-archive", "application/x-cpio", "application/x-iso9660-image",
            "application/x-lz4", "application/x-lha", "application/java-archive", "application/x-debian-package",
            "application/x-rpm", "application/vnd.android.package-archive", "application/x-apple-diskimage");
    private static final Set<String> EXECUTABLES = Set.of("application/x-dosexec", "application/x-msdownload",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-mach-o", "application/x-mach-o-executable",
            "application/java-vm", "application/x-sh", "application/x-shellscript", "application/x-bat",
            "application/x-msi", "application/wasm", "text/x-python", "text/x-perl");

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    public Detection detect(byte[] bytes, String fileName) {
        // the two evident containers first: Tika's magic repository matches every pattern it knows against the
        // first kilobytes (case-insensitive HTML patterns among them), about an eighth of ingest's CPU per document
        if (startsWith(bytes, "%PDF-")) {
            return new Detection(PDF, Detection.Kind.PDF);
        }
        if (isZip(bytes)) {
            return zip(bytes, () -> magic(bytes));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (evidentlyText(bytes)) {
            if (looksLikeHtml(bytes)) {
                return new Detection(HTML, Detection.Kind.HTML);
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return new Detection(MARKDOWN, Detection.Kind.MARKDOWN);
            }
            return new Detection(TEXT, Detection.Kind.TEXT);
        }
        String magic = magic(bytes);

        if (magic.equals(PDF)) {
            return new Detection(PDF, Detection.Kind.PDF);
        }
        if (magic.equals(RTF) || magic.equals("text/rtf")) {
            return new Detection(RTF, Detection.Kind.RTF);
        }
        if (magic.equals(HTML)) {
            return new Detection(HTML, Detection.Kind.HTML);
        }
        if (magic.equals(XHTML)) {
            return new Detection(XHTML, Detection.Kind.XHTML);
        }
        if (magic.equals("application/x-tika-msoffice") || isOle2(bytes)) {
            return ole2(bytes, name);
        }
        if (magic.startsWith("image/")) {
            return new Detection(magic, Detection.Kind.IMAGE);
        }
        if (EXECUTABLES.contains(magic) || magic.startsWith("application/x-mach-o") || startsWith(bytes, "#!")) {
            return new Detection(magic.equals(TEXT) ? "application/x-sh" : magic, Detection.Kind.EXECUTABLE);
        }
        if (ARCHIVES.contains(magic)) {
            return new Detection(magic, Detection.Kind.ARCHIVE);
        }
        // text in no one encoding (UTF-8 with GBK runs, stray bytes) is no type to Tika's magic; without control
        // bytes it is text all the same, and parse decodes it line by line
        boolean undecodedText = magic.equals(MediaType.OCTET_STREAM.toString()) && noControlBytes(bytes);
        if (magic.equals(TEXT) || magic.startsWith("text/") && looksLikeText(bytes) || undecodedText) {
            if (looksLikeHtml(bytes)) {
                return new Detection(HTML, Detection.Kind.HTML);
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return new Detection(MARKDOWN, Detection.Kind.MARKDOWN);
            }
            return magic.equals(TEXT) || undecodedText ? new Detection(TEXT, Detection.Kind.TEXT) : new Detection(magic, Detection.Kind.OTHER);
        }
        if ((magic.equals("application/xml") || magic.equals("text/xml")) && looksLikeHtml(bytes)) {
            return new Detection(XHTML, Detection.Kind.XHTML);
        }
        return new Detection(magic, Detection.Kind.OTHER);
    }

    private String magic(byte[] bytes) {
        try {
            MediaType type = mimeTypes.detect(new ByteArrayInputStream(bytes), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static Detection zip(byte[] bytes, java.util.function.Supplier<String> magic) {
        Set<String> names = new HashSet<>();
        boolean readable = true;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            readable = !names.isEmpty();
        }
        if (!readable) {
            return new Detection("application/zip", Detection.Kind.ARCHIVE);
        }
        if (names.contains("word/document.xml") || names.stream().anyMatch(n -> n.startsWith("word/document"))) {
            return new Detection(DOCX, Detection.Kind.DOCX);
        }
        if (names.contains("OFD.xml")) {
            return new Detection(OFD, Detection.Kind.OFD);
        }
        if (names.contains("xl/workbook.xml")) {
            return new Detection("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Detection.Kind.OTHER);
        }
        if (names.contains("ppt/presentation.xml")) {
            return new Detection("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    Detection.Kind.OTHER);
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            return new Detection("application/vnd.oasis.opendocument", Detection.Kind.OTHER);
        }
        String type = magic.get();
        return new Detection(type.equals("application/java-archive") ? type : "application/zip", Detection.Kind.ARCHIVE);
    }

    private static Detection ole2(byte[] bytes, String name) {
        // OLE2 directory entries are UTF-16LE names; a Word (and Kingsoft WPS) file has a WordDocument stream.
        if (containsUtf16(bytes, "WordDocument")) {
            return name.endsWith(".wps") ? new Detection(WPS, Detection.Kind.WPS) : new Detection(DOC, Detection.Kind.DOC);
        }
        if (containsUtf16(bytes, "MatOST") || name.endsWith(".wps")) {
            return new Detection(WPS, Detection.Kind.WPS);
        }
        if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) {
            return new Detection("application/vnd.ms-excel", Detection.Kind.OTHER);
        }
        if (containsUtf16(bytes, "PowerPoint Document")) {
            return new Detection("application/vnd.ms-powerpoint", Detection.Kind.OTHER);
        }
        return new Detection("application/x-tika-msoffice", Detection.Kind.OTHER);
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7);
    }

    static boolean isOle2(byte[] b) {
        byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if (b[i] != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsUtf16(byte[] hay, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean looksLikeText(byte[] b) {
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text that no magic pattern could make anything else: no control byte in the whole document and, after a BOM
     * and white space, no markup or text format at its start ({@code <}, {@code {\rtf}, {@code %!}, {@code #!},
     * {@code {}, {@code [}, a mail header): Tika's magic would only say text/plain, after scanning the first
     * kilobytes for every pattern it knows.
     */
    private static boolean evidentlyText(byte[] b) {
        if (!noControlBytes(b)) {
            return false;
        }
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        if (i >= b.length) {
            return false;
        }
        int c = b[i] & 0xFF;
        // a report's text starts with a Chinese character (UTF-8, GBK, Big5 lead byte) or a digit
        return c >= 0x80 || (c >= '0' && c <= '9');
    }

    /** No byte of the whole document is a control character other than tab, line breaks, form feed and escape. */
    private static boolean noControlBytes(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == 0x7F) {
                return false;
            }
        }
        return b.length > 0;
    }

    /** HTML that Tika's magic misses: a page starting with blank lines, comments or a BOM before the markup. */
    private static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<head") && head.contains("<meta"));
    }
}
