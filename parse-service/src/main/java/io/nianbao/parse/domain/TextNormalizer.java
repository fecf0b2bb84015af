package io.nianbao.parse.domain;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes extracted text: pinyin glosses, "??" placeholders, Traditional characters, full-width forms,
 * NBSP and stray spaces, text glued onto one line. Plain Java, thread-safe.
 */
public final class TextNormalizer {

    /** The normalized text and the repairs that were made (empty when the text only had cosmetic changes). */
    public record Result(String text, List<String> repairs) {
    }

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    /** A pinyin syllable in brackets right after a CJK character: 號(hào). */
    private static final Pattern PINYIN = Pattern.compile(
            "[(（]([a-z" + TONED + "]{1,6})[)）]");
    /** A pinyin syllable (tone marks removed, ü as v): initial + final. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(a|o|e|i|u|v|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang"
                    + "|ing|iong|ua|uo|uai|ui|uan|un|uang|ueng|ve|van|vn|n|ng|m)$");
    private static final Pattern QMARKS = Pattern.compile("(?<=[\\p{IsHan}\\s|:])\\?+|\\?+(?=[\\p{IsHan}\\d])");
    /** Spaces between CJK characters, or between a CJK character and a digit. */
    private static final Pattern STRAY_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}])[ ]+(?=[\\p{IsHan}\\d])|(?<=[\\d])[ ]+(?=[\\p{IsHan}])");
    /** In long lines a space between CJK characters often separates a heading from its body: keep it. */
    private static final Pattern STRAY_SPACE_DIGIT = Pattern.compile(
            "(?<=[\\p{IsHan}])[ ]+(?=[\\d])|(?<=[\\d])[ ]+(?=[\\p{IsHan}])");
    /** Thousands separators inside numbers: 1,234 -> 1234. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=(?<![\\d.,])\\d{1,3}),(?=\\d{3}(?![\\d,]))");
    private static final Pattern HEADING_BODY = Pattern.compile(
            "(?m)^([一二三四五六七八九十]{1,2}、[^ \\n。,,]{2,30}) +");
    private static final Pattern HEADING_GLUED = Pattern.compile(
            "[ ]+(?=(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]))");

    public TextNormalizer() {
        // the set of Traditional-only characters (5 KB) now; opencc4j's conversion dictionaries (about 60 MB of
        // heap, held for the life of the JVM) only when a text in Traditional characters arrives
        traditionalShare("號");
    }

    public Result normalize(String raw) {
        List<String> repairs = new ArrayList<>();
        if (raw == null) {
            return new Result("", repairs);
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = s.replace("\uFEFF", "").replace("\u200B", "").replace("\u200C", "").replace("\u200D", "");

        // 1. pinyin glosses after characters
        Matcher m = PINYIN.matcher(s);
        StringBuilder sb = new StringBuilder();
        int removed = 0;
        while (m.find()) {
            if (m.start() > 0 && han(s.charAt(m.start() - 1)) && SYLLABLE.matcher(toneless(m.group(1))).matches()) {
                m.appendReplacement(sb, "");
                removed++;
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(sb);
        s = sb.toString();
        if (removed > 0) {
            repairs.add("removed " + removed + " pinyin glosses");
        }

        // 2. "??" that stood for full-width spaces
        Matcher q = QMARKS.matcher(s);
        if (s.indexOf('?') >= 0 && q.find()) {
            s = q.replaceAll("");
            repairs.add("removed '?' placeholders");
        }

        // 3. Traditional -> Simplified, only when the text is written in Traditional characters
        if (traditionalShare(s) > 0.02) {
            s = Simplifier.toSimple(s);
            repairs.add("converted Traditional to Simplified characters");
        }

        // 4. full-width forms; everything on one line: split before section headings and sub-headings; spaces
        s = width(s);
        s = splitGluedLines(s, repairs);
        s = spaces(s);
        s = unwrap(s, repairs);
        if (s.indexOf(',') >= 0) {
            s = THOUSANDS.matcher(s).replaceAll("");
        }
        return new Result(s, repairs);
    }

    static String toneless(String p) {
        String d = java.text.Normalizer.normalize(p.replace('ü', 'v').replace('ǖ', 'v').replace('ǘ', 'v')
                .replace('ǚ', 'v').replace('ǜ', 'v'), java.text.Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "");
    }

    static double traditionalShare(String s) {
        java.util.BitSet traditional = TraditionalOnly.SET;
        int han = 0;
        int trad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (han(c)) {
                han++;
                if (traditional.get(c)) {
                    trad++;
                }
            }
        }
        return han == 0 ? 0 : (double) trad / han;
    }

    /** A Han character of the BMP (CJK unified ideographs, extension A, compatibility ideographs). */
    static boolean han(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /**
     * Traditional -> Simplified by opencc4j, whose dictionaries load when this class is first used (class
     * initialization: once, thread-safe). Most reports never need it.
     */
    private static final class Simplifier {
        static {
            ZhConverterUtil.toSimple("號碼");
        }

        static String toSimple(String s) {
            return ZhConverterUtil.toSimple(s);
        }
    }

    /**
     * The BMP Han characters that are Traditional and not also Simplified: {@value #RESOURCE}, a
     * {@link java.util.BitSet} written from opencc4j's dictionaries by {@link #compute()} (TextNormalizerTest checks
     * that it still equals them, and says how to write it again after an opencc4j upgrade). Read from the resource
     * because asking the dictionaries would load all of them.
     */
    static final class TraditionalOnly {
        static final String RESOURCE = "traditional-only.bits";
        static final java.util.BitSet SET = load();

        private static java.util.BitSet load() {
            try (java.io.InputStream in = TextNormalizer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
                }
                return java.util.BitSet.valueOf(in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static java.util.BitSet compute() {
            java.util.BitSet set = new java.util.BitSet(0x10000);
            for (int c = 0; c < 0x10000; c++) {
                if (han((char) c) && ZhConverterUtil.isTraditional((char) c) && !ZhConverterUtil.isSimple((char) c)) {
                    set.set(c);
                }
            }
            return set;
        }
    }

    static String width(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009'
                    || c == '\u202F' || c == '\u205F') {
                b.append(' ');
            } else if (c == '\u2212') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String spaces(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = stripSpaces(line);
            if (stripped.isEmpty() && !line.isEmpty() && line.indexOf('\t') < 0) {
                stripped = " "; // a whitespace-only line is kept as an explicit empty cell
            }
            if (stripped.indexOf(' ') >= 0) {
                stripped = (stripped.length() > 200 ? STRAY_SPACE_DIGIT : STRAY_SPACE).matcher(stripped).replaceAll("");
            }
            out.append(stripped);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Shortest line that can tell the width a text was wrapped at. */
    private static final int WRAP_MIN = 16;
    /** A line that starts an item (numbered heading or sub-item, article, list or quote mark): never a continuation. */
    static final Pattern ITEM_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十\\d]{1,2}[)）]|\\d{1,2}[.、．](?!\\d)|第[一二三四五六七八九十]{1,3}[条章节部分]|[#*|>-])");
    /** Characters that end a clause: a line ending in one is not wrapped. */
    static final String CLAUSE_END = "。！？；：!?;:";

    /**
     * Joins the lines of paragraphs hard-wrapped at a fixed width (PDF text layers, text converted from PDF):
     * {@code …收到各类政府信息公\n开申请94件…} becomes one line, so that a sentence is one line again. The width is
     * the most common length of the text's long lines; it counts only when at least eight long lines and 40% of
     * them are within two characters of it and at most a tenth are longer (one-paragraph-per-line text, as HTML and
     * DOCX give, has no such width and is left alone). A line is joined to the next when it is at least that wide less two, does not end
     * a clause, holds no table cells (tab, pipe), and the next line is not empty, has no cells and does not start a
     * heading or a numbered item.
     */
    static String unwrap(String s, List<String> repairs) {
        String[] lines = s.split("\n", -1);
        int[] count = new int[512];
        int long_ = 0;
        for (String l : lines) {
            if (l.length() >= WRAP_MIN && l.length() < count.length && l.indexOf('\t') < 0 && l.indexOf('|') < 0) {
                count[l.length()]++;
                long_++;
            }
        }
        int width = -1;
        int best = 0;
        for (int w = WRAP_MIN; w < count.length; w++) {
            int near = 0;
            for (int d = -2; d <= 2; d++) {
                if (w + d >= 0 && w + d < count.length) {
                    near += count[w + d];
                }
            }
            if (near > best || near == best && near > 0) {
                best = near;
                width = w;
            }
        }
        if (width < 0 || best < 8 || best * 10 < long_ * 4) {
            return s;
        }
        // a wrap width is the longest a line gets: paragraphs written as one long line each have none
        int longer = 0;
        for (int w = width + 3; w < count.length; w++) {
            longer += count[w];
        }
        for (String l : lines) {
            if (l.length() >= count.length) {
                longer++;
            }
        }
        if (longer * 10 > long_) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int joined = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            out.append(l);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1];
            boolean wrapped = l.length() >= width - 2 && l.indexOf('\t') < 0 && l.indexOf('|') < 0
                    && CLAUSE_END.indexOf(l.charAt(l.length() - 1)) < 0
                    && !next.isBlank() && next.indexOf('\t') < 0 && next.indexOf('|') < 0
                    && !ITEM_START.matcher(next).find();
            if (wrapped) {
                joined++;
                if (Character.isLetterOrDigit(l.charAt(l.length() - 1)) && l.charAt(l.length() - 1) < 0x80
                        && Character.isLetterOrDigit(next.charAt(0)) && next.charAt(0) < 0x80) {
                    out.append(' ');
                }
            } else {
                out.append('\n');
            }
        }
        if (joined == 0) {
            return s;
        }
        repairs.add("joined " + joined + " lines wrapped at about " + width + " characters");
        return out.toString();
    }

    /** Strips leading and trailing spaces but keeps tabs (they separate table cells). */
    private static String stripSpaces(String line) {
        int a = 0;
        int z = line.length();
        while (a < z && line.charAt(a) == ' ') {
            a++;
        }
        while (z > a && line.charAt(z - 1) == ' ') {
            z--;
        }
        return line.substring(a, z);
    }

    private static String splitGluedLines(String s, List<String> repairs) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length() + 64);
        boolean split = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > 300) {
                Matcher m = HEADING_GLUED.matcher(line);
                int headings = 0;
                while (m.find()) {
                    headings++;
                }
                if (headings >= 2) {
                    line = HEADING_GLUED.matcher(line).replaceAll("\n");
                    // the heading's title and its body were glued too: "四、…收费情况 我局…"
                    line = HEADING_BODY.matcher(line).replaceAll("$1\n");
                    split = true;
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        if (split) {
            repairs.add("split text glued onto one line before its headings");
        }
        return out.toString();
    }
}
