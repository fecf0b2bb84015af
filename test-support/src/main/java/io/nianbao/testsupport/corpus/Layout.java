package io.nianbao.testsupport.corpus;

/**
 * The layouts real reports arrive in (REPORT_FORMAT.md "What the layouts look like"). Every text
 * layout mixes full-width and half-width punctuation at random (（一） and (一), ： and :).
 */
public enum Layout {
    /** Plain text, one cell per line, row labels present (sample 002). */
    TXT_LABELLED_CELL_PER_LINE("text/plain", "txt"),
    /** Plain text, section 三 row labels lost: only numbers, maybe NBSP-only lines and, for all-zero tables, extra 0 cells (sample 000). */
    TXT_UNLABELLED_GRID("text/plain", "txt"),
    /** Tab-indented cells from a DOCX, header labels split across lines (本年新\n制作数量) (sample 001). */
    TXT_TABBED("text/plain", "txt"),
    /** Markdown pipe tables from a PDF conversion; section 三 split across two pages, colspans collapsed, header shifted (sample 004). */
    MARKDOWN_PIPES("text/markdown", "md"),
    /** Plain text in which each row of section 三 has its seven numbers run together ("640020470"). */
    TXT_FLATTENED("text/plain", "txt"),
    /** A portal page: a real table with rowspan/colspan header cells, chrome around it (UTF-8). */
    HTML_TABLE("text/html", "html"),
    /** The same page encoded in GBK, with or without a meta charset. */
    HTML_GBK("text/html", "html"),
    /** A Word document with real (merged) tables, written with Apache POI. */
    DOCX_TABLE("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** A PDF written with PDFBox (needs a CJK font: fonts-wqy-microhei). */
    PDF("application/pdf", "pdf"),
    /** Traditional characters, pinyin after some characters, "??" for full-width spaces, all on one line (sample 003). */
    TRADITIONAL_DAMAGED("text/plain", "txt");

    private final String mediaType;
    private final String extension;

    Layout(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** True for the layouts rendered as text (text/plain, text/markdown). */
    public boolean isPlainText() {
        return mediaType.startsWith("text/") && !mediaType.equals("text/html");
    }
}
