package io.nianbao.parse.extract;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Encoding of an HTML page given to Tika's HTML parser: the page's own meta charset first (Tika's
 * {@link HtmlEncodingDetector}), widened from GB2312/GBK to GB18030 (pages declare gb2312 and use GBK characters);
 * without a declaration, {@link TextCharsets#detect} on the first {@value #LOOKAHEAD} bytes.
 */
final class ChineseEncodingDetector implements EncodingDetector {
    static final ChineseEncodingDetector INSTANCE = new ChineseEncodingDetector();
    static final int LOOKAHEAD = 1 << 20;

    private final HtmlEncodingDetector meta = new HtmlEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        Charset declared = meta.detect(input, metadata);
        if (declared != null) {
            String n = declared.name().toUpperCase(Locale.ROOT);
            if (n.equals("GB2312") || n.equals("GBK") || n.equals("EUC-CN") || n.equals("X-EUC-CN")) {
                return TextCharsets.GB18030;
            }
            return declared;
        }
        input.mark(LOOKAHEAD);
        try {
            byte[] head = input.readNBytes(LOOKAHEAD);
            return TextCharsets.detect(head).charset();
        } finally {
            input.reset();
        }
    }
}
