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
    TRADITIONAL_DAMAGED("text/plain", "txt"),
    /**
     * A crawled page (innerText): chrome lines (标题:/发布时间:/原文链接: or a 索引号 block), then the body in one to
     * three long lines; each table row's cells run together as one digit string with the next row's label and
     * numbering glued on ({@code …申请数量 420000143二、上年结转…}); section 四 as 15 glued or spaced numbers
     * (the 平潭 archive in ../shared/corpus, sample 002 joined).
     */
    CRAWLED_ONE_LINE("text/plain", "txt"),
    /**
     * pdftotext of a WPS-made PDF (default or -layout mode): labels on lines apart from their numbers, header words
     * broken over lines (商业企/业), a label one character per line, rows split in two, one table cut into several by
     * page breaks with a repeated header (淮安市 2024 in ../shared/corpus).
     */
    PDF_TEXT_DETACHED("text/plain", "txt"),
    /**
     * A collector's capture of a portal page pasted from Word: collector header, nested metas, cells cut into spans
     * and paragraphs, blank cells as {@code <o:p> </o:p>} (沭阳县 2023 in ../shared/corpus).
     */
    HTML_WORD_EXPORT("text/html", "html"),
    /**
     * A published PDF converted to Markdown: section 三 cut into several pipe tables at page breaks, header words
     * broken inside cells, empty extra columns, long labels split over two table rows.
     */
    MARKDOWN_FROM_PDF("text/markdown", "md");

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
