package io.nianbao.store.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark (so that Excel reads the Chinese correctly), CRLF
 * line ends, RFC 4180 quoting (fields with a comma, quote, CR or LF are quoted, quotes doubled). Numbers are
 * written plain (no exponent), empty cells as nothing.
 */
public final class Csv implements AutoCloseable {
    public static final String BOM = "\uFEFF";
    private final Writer out;

    public Csv(OutputStream stream, List<String> header) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    public Csv row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values.get(i)));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String field(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
