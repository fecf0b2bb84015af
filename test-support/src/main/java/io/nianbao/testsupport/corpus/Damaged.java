package io.nianbao.testsupport.corpus;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A page that went through a broken converter (sample 003): Traditional characters (opencc4j),
 * pinyin in parentheses after some characters ("號(hào)"), "??" where full-width spaces were, the
 * header fields on a few lines separated by " | ", the whole body on one line.
 */
final class Damaged {
    private Damaged() {
    }

    /** Traditional characters the damaged converter follows with their pinyin (as seen in sample 003). */
    static final Map<Character, String> PINYIN = new HashMap<>();

    static {
        String pairs = "務wù 進jìn 關guān 領lǐng 動dòng 時shí 導dǎo 會huì 請qǐng 發fā 對duì 實shí 點diǎn 責zé 機jī "
                + "強qiáng 網wǎng 監jiān 業yè 數shù 內nèi 規guī 質zhì 應yīng 區qū 項xiàng 長zhǎng 續xù 統tǒng 權quán "
                + "堅jiān 國guó 問wèn 預yù 險xiǎn 遠yuǎn 費fèi 財cái 負fù 設shè 經jīng 結jié 構gòu 據jù 復fù 個gè 計jì "
                + "號hào 標biāo 執zhí 協xié 來lái 過guò 運yùn 轉zhuǎn 調diào 認rèn 評píng 訓xùn 見jiàn 聽tīng 績jì "
                + "簡jiǎn 穩wěn 現xiàn 無wú 準zhǔn 態tài 學xué 報bào 嚴yán 價jià 側cè";
        for (String p : pairs.split(" ")) {
            PINYIN.put(p.charAt(0), p.substring(1));
        }
    }

    static String render(GeneratedReport rep, Random r) {
        var report = rep.expected().report;
        List<String> head = new ArrayList<>();
        head.add("索\u3000引\u3000号： | " + rep.place().code() + "00/" + (report.reportYear + 1) + "-"
                + String.format("%05d", r.nextInt(100000)) + " | 生成日期： | " + report.publishedOn + " |");
        head.add("文\u3000\u3000\u3000号： | 关键字： | 公开,信息,政府,工作,情况 | |");
        head.add("所属机构： | " + report.agency + " | 发布机构： | " + report.agency + " |");
        List<String> body = new ArrayList<>();
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Title t) {
                head.add(t.text() + " | |");
            } else if (b instanceof Para p && p.chrome()) {
                head.add(p.text());
            } else if (b instanceof Table t) {
                List<String> cells = new ArrayList<>();
                for (List<Cell> row : t.rows()) {
                    for (Cell c : row) {
                        cells.add(c.text());
                    }
                }
                body.add(String.join(" | ", cells) + " |");
            } else {
                body.add(Renderer.blockText(b));
            }
        }
        head.add("浏览次数：\n|\n|\n|");
        String text = String.join("\n", head) + "\n" + String.join(" ", body) + " |\n";
        text = Renderer.mix(text, r, 2);
        String trad = ZhConverterUtil.toTraditional(text);
        StringBuilder sb = new StringBuilder(trad.length() * 2);
        for (int i = 0; i < trad.length(); i++) {
            char c = trad.charAt(i);
            if (c == '\u3000') {
                sb.append("??");
                continue;
            }
            sb.append(c);
            String py = PINYIN.get(c);
            if (py != null && r.nextDouble() < 0.85) {
                sb.append('(').append(py).append(')');
            }
        }
        return sb.toString();
    }
}
