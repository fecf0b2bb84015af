package io.nianbao.store.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL refuses NUL in text and the escape \u0000 in jsonb: damaged documents can carry both. */
public final class PgText {
    /** An unescaped {@code \u0000} escape: preceded by an even number of backslashes. */
    private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private PgText() {
    }

    public static String clean(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    /** Removes the JSON escape of NUL (not an escaped backslash followed by "u0000"). */
    public static String cleanJson(String json) {
        if (json == null || !json.contains("u0000")) {
            return json;
        }
        return JSON_NUL.matcher(json).replaceAll(Matcher.quoteReplacement("") + "$1");
    }
}
