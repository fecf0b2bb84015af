package io.nianbao.parse.extract;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Charset of text without a declaration, for the encodings Chinese reports come in.
 * <ol>
 *   <li>a BOM (UTF-8, UTF-16) wins;</li>
 *   <li>bytes that decode as strict UTF-8 are UTF-8 (pure ASCII included);</li>
 *   <li>else GB18030 (a superset of GBK and GB2312) and Big5 are each tried strictly: the one that decodes wins;</li>
 *   <li>when both decode (Big5 byte pairs are nearly all valid GBK), Tika's ICU charset detector decides if it
 *       names one of them with confidence &ge; {@value #ICU_MIN_CONFIDENCE}; otherwise the reading with more of the
 *       characters common in reports wins (a Big5 text read as GBK gives rare characters, and the reverse);</li>
 *   <li>when none decodes the whole text strictly (a page put together from sources in different encodings, or
 *       stray bytes): {@link #decodeByLine} reads each line in the encoding that decodes it ({@code mixed}).</li>
 * </ol>
 */
final class TextCharsets {
    static final int ICU_MIN_CONFIDENCE = 50;
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    record Detected(Charset charset, int bomLength, boolean guessed, boolean mixed) {
        Detected(Charset charset, int bomLength, boolean guessed) {
            this(charset, bomLength, guessed, false);
        }
    }

    /** Text decoded line by line: how many lines each encoding decoded, and how many only with replacements. */
    record ByLine(String text, int utf8, int gb18030, int big5, int replaced) {
    }

    private TextCharsets() {
    }

    static Detected detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, false);
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0, false);
        }
        Charset c = chinese(bytes);
        return new Detected(c, 0, true, !decodes(bytes, c));
    }

    /**
     * Decodes each line (bytes up to a line feed: 0x0A is never part of a UTF-8, GB18030 or Big5 multi-byte
     * character) in the first of UTF-8, GB18030 and Big5 that decodes it strictly; a line none decodes is read in
     * UTF-8 or GB18030, whichever needs fewer replacement characters (U+FFFD). Nothing is dropped.
     */
    static ByLine decodeByLine(byte[] bytes, int from) {
        StringBuilder out = new StringBuilder(bytes.length);
        int utf8 = 0;
        int gb = 0;
        int big5 = 0;
        int replaced = 0;
        int start = from;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = Math.min(bytes.length, end + 1);
            byte[] line = java.util.Arrays.copyOfRange(bytes, start, stop);
            if (decodes(line, StandardCharsets.UTF_8)) {
                out.append(new String(line, StandardCharsets.UTF_8));
                utf8++;
            } else if (decodes(line, GB18030)) {
                out.append(new String(line, GB18030));
                gb++;
            } else if (decodes(line, BIG5)) {
                out.append(new String(line, BIG5));
                big5++;
            } else {
                String asUtf8 = new String(line, StandardCharsets.UTF_8);
                String asGb = new String(line, GB18030);
                out.append(replacements(asUtf8) <= replacements(asGb) ? asUtf8 : asGb);
                replaced++;
            }
            start = stop;
        }
        return new ByLine(out.toString(), utf8, gb, big5, replaced);
    }

    private static int replacements(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    static Charset chinese(byte[] bytes) {
        boolean gbOk = decodes(bytes, GB18030);
        boolean big5Ok = decodes(bytes, BIG5);
        if (gbOk != big5Ok) {
            return gbOk ? GB18030 : BIG5;
        }
        if (gbOk) {
            CharsetDetector icu = new CharsetDetector();
            icu.setText(bytes);
            for (CharsetMatch m : icu.detectAll()) {
                if (m.getConfidence() < ICU_MIN_CONFIDENCE) {
                    break;
                }
                if (m.getName().startsWith("GB")) {
                    return GB18030;
                }
                if (m.getName().equalsIgnoreCase("Big5")) {
                    return BIG5;
                }
            }
            int gbScore = commonness(new String(bytes, GB18030));
            int big5Score = commonness(new String(bytes, BIG5));
            return big5Score > gbScore ? BIG5 : GB18030;
        }
        return GB18030;
    }

    /** Frequent characters of reports and of Chinese in general, simplified and traditional forms alike. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
            + "這個為們來時對會發動說產種後學經進著電裡現實體機當從業應開還點與關義長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領導壓誌增爭濟階認權證單場車務萬達積聲報類離華確張馬節話溫傳許廣記須際驗斷難礦構稱準標寫親層專狀屬圓調滿縣價嚴龍飛開報縣區政府資訊請處";

    private static int commonness(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMON.indexOf(text.charAt(i)) >= 0) {
                score++;
            }
        }
        return score;
    }

    /** Strict decoding; an incomplete sequence at the very end (a cut buffer) does not count as an error. */
    static boolean decodes(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, false);
            if (r.isError()) {
                return false;
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return true; // underflow: all consumed, or a tail shorter than one character
        }
    }
}
