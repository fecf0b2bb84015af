package io.nianbao.parse.extract;

import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.extract.UnreadableDocumentException.Reason;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bytes to structured text with Apache Tika used as a plain library (thread-safe, reusable).
 *
 * <p>The type is detected from the bytes (Tika's detector; the file name and the claimed type are only hints).
 * Then, by type:
 * <ul>
 *   <li>HTML/XHTML, DOCX, DOC (and WPS/Works, RTF, ODT): Tika's parser into {@link StructuredTextHandler}: one
 *       line per paragraph, one line per table row with {@code '\t'} between cells (merged cells: see there).
 *       An HTML page's charset comes from its meta charset first, then Tika's detection.</li>
 *   <li>PDF: the text layer sorted by position into lines, wide gaps as {@code '\t'} ({@link PdfLayoutText}).</li>
 *   <li>text/* (TXT, Markdown, CSV): decoded with a BOM, else strict UTF-8, else Tika's charset detection
 *       restricted to the Chinese encodings (GB18030 ⊃ GBK, Big5), see {@link #decodeText}.</li>
 *   <li>OFD: the text objects of each page by position ({@link OfdText}).</li>
 * </ul>
 * Anything else (images, executables, archives, unknown binary) is refused with
 * {@link UnreadableDocumentException}, as is a damaged, encrypted or textless file.
 *
 * <p>Bounds: {@link ExtractionLimits#maxBytes()} is checked first; the text stops at
 * {@link ExtractionLimits#maxChars()} (a {@code TEXT_TRUNCATED} note says so); a ZIP entry (DOCX part) may not
 * inflate beyond {@value #MAX_ZIP_ENTRY_BYTES} bytes nor at a ratio above POI's default (zip bombs are refused as
 * damaged before they fill the heap). The work runs on a fixed pool of
 * {@link ExtractionLimits#workers()} + {@link ExtractionLimits#maxAbandoned()} threads and is interrupted after
 * {@link ExtractionLimits#timeout()}: the SAX handler and the PDF reader stop at their next element or line when
 * interrupted. A parser that ignores the interrupt keeps its thread: such threads are counted
 * ({@link #abandoned()}) and the pool keeps {@code workers} threads for new work until that count reaches
 * {@code maxAbandoned}, where the liveness check reports the instance broken so that it is restarted.
 *
 * <p>The type is detected once: a document that starts with {@code %PDF-} or with an HTML document element is
 * taken as such without running Tika's magic over it; everything else goes to Tika's detector; the parser is then
 * chosen by that type (no second detection inside Tika).
 */
public final class DocumentExtractor implements AutoCloseable {
    public static final String NOTE_TEXT_TRUNCATED = "TEXT_TRUNCATED";
    public static final String NOTE_CHARSET_GUESSED = "CHARSET_GUESSED";
    /** The text is in more than one encoding (or has stray bytes): decoded line by line. */
    public static final String NOTE_CHARSET_MIXED = "CHARSET_MIXED";

    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml");
    static final Set<String> OFFICE_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/msword",
            "application/vnd.ms-works",
            "application/vnd.wps-office.wps",
            "application/rtf",
            "application/vnd.oasis.opendocument.text",
            // an OLE2 / OOXML container Tika could not name more precisely (e.g. some WPS files): try it
            "application/x-tika-msoffice",
            "application/x-tika-ooxml");
    static final String PDF = "application/pdf";
    static final String OFD = "application/ofd";

    /** Largest inflated size of one ZIP entry (a DOCX's document.xml of a long report is a few MB). */
    static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ZIP_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CANCELLED = 3;
    private static final int ABANDONED = 4;

    private final ExtractionLimits limits;
    private final Detector detector;
    private final Parser parser;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger abandoned = new AtomicInteger();

    public DocumentExtractor() {
        this(ExtractionLimits.defaults());
    }

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = config.getParser();
        int threads = limits.workers() + limits.maxAbandoned();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "nianbao-extract-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /** Timed-out extractions whose thread has not stopped yet. */
    public int abandoned() {
        return abandoned.get();
    }

    /** False when {@link #abandoned()} reached {@link ExtractionLimits#maxAbandoned()}: restart the instance. */
    public boolean live() {
        return limits.maxAbandoned() == 0 || abandoned.get() < limits.maxAbandoned();
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Stops the extraction threads (an extraction under way is interrupted). */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * @param bytes            the document
     * @param fileName         its name, if known (a hint for detection only)
     * @param claimedMediaType what the sender said it is, if anything (a hint for detection only)
     * @throws UnreadableDocumentException when no text can be had from it
     */
    public ExtractedDocument extract(byte[] bytes, String fileName, String claimedMediaType) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException(Reason.EMPTY, null, "empty document: zero bytes");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, null,
                    "document of " + bytes.length + " bytes exceeds the limit of " + limits.maxBytes() + " bytes");
        }
        String mediaType = detect(bytes, fileName, claimedMediaType);
        // NEW -> RUNNING -> DONE; a timeout turns NEW into CANCELLED (it never runs) and RUNNING into ABANDONED
        // (counted until the thread comes back)
        int[] state = {NEW};
        Future<ExtractedDocument> future = executor.submit(() -> {
            synchronized (state) {
                if (state[0] == CANCELLED) {
                    throw new UnreadableDocumentException(Reason.TIMEOUT, mediaType, "extraction cancelled at its timeout");
                }
                state[0] = RUNNING;
            }
            try {
                return extractTyped(bytes, fileName, mediaType);
            } finally {
                synchronized (state) {
                    if (state[0] == ABANDONED) {
                        abandoned.decrementAndGet(); // it did stop in the end
                    }
                    state[0] = DONE;
                }
            }
        });
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (state) {
                if (state[0] == RUNNING) {
                    state[0] = ABANDONED;
                    abandoned.incrementAndGet();
                } else if (state[0] == NEW) {
                    state[0] = CANCELLED;
                }
            }
            future.cancel(true);
            throw new UnreadableDocumentException(Reason.TIMEOUT, mediaType,
                    "extraction of " + mediaType + " took longer than " + limits.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(Reason.TIMEOUT, mediaType, "extraction interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(Reason.CORRUPT, mediaType,
                    "cannot read " + mediaType + ": " + describe(cause), cause);
        }
    }

    /** The media type Tika detects from the bytes (base type, no parameters). */
    public String detect(byte[] bytes, String fileName, String claimedMediaType) {
        Metadata metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        if (claimedMediaType != null && !claimedMediaType.isBlank()
                && !claimedMediaType.startsWith("application/octet-stream")) {
            metadata.set(Metadata.CONTENT_TYPE, claimedMediaType);
        }
        String evident = evidentType(bytes);
        if (evident != null) {
            return evident;
        }
        if (claimedMediaType != null && claimedMediaType.startsWith("text/plain") && plainText(bytes)) {
            return "text/plain"; // what Tika's magic would say, without its scan of every pattern it knows
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            String type = detector.detect(in, metadata).getBaseType().toString();
            if (("application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) && OfdText.isOfd(bytes)) {
                return OFD;
            }
            return type;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, null, "cannot detect the type: " + e.getMessage(), e);
        }
    }

    /**
     * Claimed plain text that is plain text: no control byte in the first 8 KB but tab, line breaks and form feed,
     * and no markup or other text format at its start (after a BOM and white space: not {@code <}, {@code {\rtf},
     * {@code %!}, {@code #!}).
     */
    static boolean plainText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int k = 0; k < n; k++) {
            int c = bytes[k] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) {
                return false;
            }
        }
        int i = contentStart(bytes, n);
        return i < n && bytes[i] != '<' && !startsWith(bytes, i, "{\\rtf") && !startsWith(bytes, i, "%!") && !startsWith(bytes, i, "#!");
    }

    /**
     * The type of a document whose first bytes leave no doubt: {@code %PDF-} at the start, or (after a BOM and
     * white space) {@code <!DOCTYPE html} or {@code <html}. Anything else: null (Tika decides).
     */
    static String evidentType(byte[] bytes) {
        if (startsWith(bytes, 0, "%PDF-")) {
            return PDF;
        }
        int i = contentStart(bytes, Math.min(bytes.length, 1024));
        if (startsWithIgnoreCase(bytes, i, "<!doctype html") || startsWithIgnoreCase(bytes, i, "<html")) {
            return "text/html";
        }
        return null;
    }

    /** Where the content starts: after a UTF-8 BOM and white space, looked for up to {@code limit}. */
    private static int contentStart(byte[] bytes, int limit) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < limit && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (bytes.length - at < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (bytes[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] bytes, int at, String lowerAscii) {
        if (bytes.length - at < lowerAscii.length() + 1) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            int b = bytes[at + k];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerAscii.charAt(k)) {
                return false;
            }
        }
        int next = bytes[at + lowerAscii.length()];
        return next == ' ' || next == '>' || next == '\n' || next == '\r' || next == '\t';
    }

    /**
     * An HTML page whose DOCTYPE carries an internal subset ({@code <!DOCTYPE html [ <!ENTITY …> ]>}, the shape of
     * entity-expansion attacks) with that declaration blanked out: the HTML parser neither expands the entities nor
     * should it print the subset's tail ({@code ]>}) as the page's first text. Only the first 64 KB are looked at;
     * an ASCII-compatible encoding is assumed (other pages have no such declaration in bytes this finds).
     */
    static byte[] withoutInternalSubset(byte[] bytes) {
        int limit = Math.min(bytes.length, 64 * 1024);
        int doctype = indexOfIgnoreCase(bytes, "<!doctype", 0, limit);
        if (doctype < 0) {
            return bytes;
        }
        int bracket = -1;
        for (int i = doctype; i < limit; i++) {
            if (bytes[i] == '>') {
                return bytes; // an ordinary DOCTYPE
            }
            if (bytes[i] == '[') {
                bracket = i;
                break;
            }
        }
        if (bracket < 0) {
            return bytes;
        }
        for (int i = bracket; i + 1 < bytes.length; i++) {
            if (bytes[i] == ']' && nextNonSpace(bytes, i + 1) == '>') {
                int end = i + 1;
                while (bytes[end] != '>') {
                    end++;
                }
                byte[] out = bytes.clone();
                java.util.Arrays.fill(out, doctype, end + 1, (byte) ' ');
                return out;
            }
        }
        return bytes;
    }

    private static int nextNonSpace(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != '\t') {
                return bytes[i];
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(byte[] bytes, String lowerAscii, int from, int to) {
        outer:
        for (int i = from; i + lowerAscii.length() <= to; i++) {
            for (int k = 0; k < lowerAscii.length(); k++) {
                int b = bytes[i + k];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != lowerAscii.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private ExtractedDocument extractTyped(byte[] bytes, String fileName, String mediaType) throws Exception {
        List<ReportRecord.ParseNote> notes = new ArrayList<>();
        String text;
        String lower = mediaType.toLowerCase(java.util.Locale.ROOT);
        if (HTML_TYPES.contains(lower) || OFFICE_TYPES.contains(lower)) {
            text = viaTika(bytes, fileName, mediaType, HTML_TYPES.contains(lower), notes);
        } else if (PDF.equals(mediaType)) {
            text = pdf(bytes, notes);
        } else if (OFD.equals(mediaType)) {
            text = limit(OfdText.extract(bytes), notes);
        } else if (mediaType.startsWith("text/")) {
            text = decodeText(bytes, notes);
        } else {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE, mediaType, "unsupported document type "
                    + mediaType + describeType(mediaType) + "; readable: HTML, DOCX, DOC, WPS, RTF, ODT, PDF, OFD, TXT, Markdown");
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, mediaType, "no text in the " + mediaType
                    + " document" + (PDF.equals(mediaType) ? " (no text layer: a scanned image?)" : ""));
        }
        if (looksBinary(text)) {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE, mediaType,
                    "the " + mediaType + " document decodes to binary data, not text");
        }
        return new ExtractedDocument(text, mediaType, notes);
    }

    private String viaTika(byte[] bytes, String fileName, String mediaType, boolean html,
                           List<ReportRecord.ParseNote> notes) throws Exception {
        StringWriter writer = new StringWriter();
        WriteOutContentHandler sink = new WriteOutContentHandler(writer, limits.maxChars());
        ContentHandler handler = new Interruptible(new StructuredTextHandler(sink, html));
        Metadata metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, StructureHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
        context.set(EncodingDetector.class, ChineseEncodingDetector.INSTANCE);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeShapeBasedContent(true);
        context.set(OfficeParserConfig.class, office);
        byte[] input = html ? withoutInternalSubset(bytes) : bytes;
        try (TikaInputStream in = TikaInputStream.get(input)) {
            // what AutoDetectParser adds around a parser, without its second detection: the zip-bomb guard on
            // the ratio of output to input and on the element depth
            SecureContentHandler secure = new SecureContentHandler(handler, in);
            try {
                parser.parse(in, secure, metadata, context);
            } catch (SAXException e) {
                secure.throwIfCauseOf(e);
                throw e;
            }
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableDocumentException(Reason.TIMEOUT, mediaType, "extraction stopped at its timeout", e);
            }
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                notes.add(truncated());
                return writer.toString();
            }
            if (e instanceof EncryptedDocumentException || e.getCause() instanceof EncryptedDocumentException) {
                throw new UnreadableDocumentException(Reason.ENCRYPTED, mediaType,
                        "the " + mediaType + " document is password protected", e);
            }
            if (guardRefused(e)) {
                throw new UnreadableDocumentException(Reason.TOO_COMPLEX, mediaType, "the " + mediaType
                        + " document is beyond the safety limits of extraction (element nesting depth, or output "
                        + "out of proportion to its bytes): " + describe(e), e);
            }
            throw new UnreadableDocumentException(Reason.CORRUPT, mediaType,
                    "damaged " + mediaType + " document: " + describe(e), e);
        }
        return writer.toString();
    }

    private String pdf(byte[] bytes, List<ReportRecord.ParseNote> notes) {
        LimitedWriter out = new LimitedWriter(limits.maxChars());
        try {
            PdfLayoutText.extract(bytes, out);
        } catch (LimitedWriter.LimitReached e) {
            notes.add(truncated());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, PDF, "the PDF is password protected", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, PDF, "damaged PDF: " + describe(e), e);
        }
        return out.toString();
    }

    private String limit(String text, List<ReportRecord.ParseNote> notes) {
        if (text.length() > limits.maxChars()) {
            notes.add(truncated());
            return text.substring(0, limits.maxChars());
        }
        return text;
    }

    private ReportRecord.ParseNote truncated() {
        return new ReportRecord.ParseNote(NOTE_TEXT_TRUNCATED,
                "the extracted text was cut at " + limits.maxChars() + " characters", null);
    }

    /**
     * Decodes a text file with {@link TextCharsets#detect}: BOM, strict UTF-8, then GB18030 / Big5 by strict
     * decoding, Tika's ICU detector and character frequency. A non-UTF-8 guess is noted ({@code CHARSET_GUESSED}).
     */
    String decodeText(byte[] bytes, List<ReportRecord.ParseNote> notes) {
        TextCharsets.Detected d = TextCharsets.detect(bytes);
        if (d.mixed()) {
            TextCharsets.ByLine m = TextCharsets.decodeByLine(bytes, d.bomLength());
            notes.add(new ReportRecord.ParseNote(NOTE_CHARSET_MIXED, String.format(
                    "the text is not in one encoding: decoded line by line (%d lines UTF-8, %d GB18030, %d Big5, "
                            + "%d with undecodable bytes read as U+FFFD)", m.utf8(), m.gb18030(), m.big5(), m.replaced()), null));
            return limit(m.text(), notes);
        }
        if (d.guessed()) {
            notes.add(new ReportRecord.ParseNote(NOTE_CHARSET_GUESSED,
                    "text decoded as " + d.charset().name() + " (no BOM, not UTF-8)", null));
        }
        String text = new String(bytes, d.bomLength(), bytes.length - d.bomLength(), d.charset());
        return limit(text, notes);
    }

    /** A "text" full of control characters is binary that a detector let through. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > n / 10;
    }

    private static String describeType(String mediaType) {
        if (mediaType.startsWith("image/")) {
            return " (an image: no text layer to read)";
        }
        if (mediaType.contains("zip") || mediaType.contains("tar") || mediaType.contains("rar")
                || mediaType.contains("7z") || mediaType.contains("gzip")) {
            return " (an archive)";
        }
        if (mediaType.contains("executable") || mediaType.contains("msdownload") || mediaType.contains("elf")
                || mediaType.contains("mach-o")) {
            return " (an executable)";
        }
        if (mediaType.equals("application/octet-stream")) {
            return " (unrecognised binary data)";
        }
        return "";
    }

    /**
     * Refused by a guard, anywhere in the cause chain: Tika's SecureContentHandler (nesting depth, output ratio) or
     * POI's ZipSecureFile (inflation ratio, entry size: "Zip bomb detected!").
     */
    private static boolean guardRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
            // the exception class is package-private in tika-core
            if (t.getClass().getName().equals("org.apache.tika.sax.SecureContentHandler$SecureSAXException")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /** Embedded documents (images, OLE objects, attachments) are not opened: bounded work, no OCR. */
    /** Stops a SAX parse at its next event once the thread is interrupted (the extraction's timeout). */
    private static final class Interruptible extends ContentHandlerDecorator {
        Interruptible(ContentHandler handler) {
            super(handler);
        }

        private static void check() throws SAXException {
            if (Thread.currentThread().isInterrupted()) {
                throw new SAXException("extraction stopped: interrupted (timeout)");
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }
    }

    private static final class NoEmbedded implements EmbeddedDocumentExtractor {
        static final NoEmbedded INSTANCE = new NoEmbedded();

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    }

    /** A writer that stops the extraction once it holds {@code max} characters (what it holds is kept). */
    static final class LimitedWriter extends Writer {
        static final class LimitReached extends RuntimeException {
            LimitReached() {
                super("write limit reached", null, false, false);
            }
        }

        private final StringBuilder sb = new StringBuilder();
        private final int max;

        LimitedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            int room = max - sb.length();
            if (len > room) {
                sb.append(cbuf, off, Math.max(0, room));
                throw new LimitReached();
            }
            sb.append(cbuf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
