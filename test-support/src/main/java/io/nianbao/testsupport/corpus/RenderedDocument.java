package io.nianbao.testsupport.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A generated report rendered in one {@link Layout}: the raw bytes as a crawler would deliver them. */
public record RenderedDocument(byte[] bytes, String mediaType, String fileName, Layout layout) {

    /** The bytes decoded as UTF-8 (meaningful for the text and UTF-8 HTML layouts). */
    public String utf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes decoded with {@code charset} (e.g. GBK for {@link Layout#HTML_GBK}). */
    public String decode(Charset charset) {
        return new String(bytes, charset);
    }
}
