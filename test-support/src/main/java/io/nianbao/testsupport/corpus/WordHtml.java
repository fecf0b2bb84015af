package io.nianbao.testsupport.corpus;

import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.CellKind;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;

import java.util.List;
import java.util.Random;

import static io.nianbao.testsupport.corpus.HtmlPage.esc;

/**
 * {@link Layout#HTML_WORD_EXPORT}: a collector's capture of a portal page whose report was pasted from Word
 * (modelled on {@code ../shared/corpus/104_shuyang-drc-2023.html}): a collector header (标题：/单位：/来源：/采集时间：)
 * before the page, the portal's own {@code <meta>}s nested in the body, every cell a Word paragraph whose text
 * is cut into several {@code <span>}s ({@code 一} + {@code 、本年新收…}), header words over two paragraphs of one
 * cell ({@code 科研} / {@code 机构}), blank cells as {@code <o:p> </o:p>} or {@code &nbsp;}, and the label
 * variants of {@link RealLabels} in half of the documents.
 */
final class WordHtml {
    private WordHtml() {
    }

    static String render(GeneratedReport rep, Random r) {
        var report = rep.expected().report;
        Place place = rep.place();
        double typoRate = r.nextBoolean() ? 0.25 : 0;
        boolean nbsp = r.nextBoolean();
        String font = r.nextBoolean() ? "微软雅黑" : "仿宋_GB2312";
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\" />\n<title>").append(esc(report.title))
                .append("-").append(esc(report.agency)).append("</title>\n</head>\n<body>\n<div class=\"meta\">\n");
        sb.append("  <div><strong>标题：</strong>").append(esc(report.title)).append("-").append(esc(report.agency)).append("</div>\n");
        sb.append("  <div><strong>单位：</strong>").append(esc(report.agency)).append("</div>\n");
        String url = "http://www.gov" + place.code() + ".gov.cn/gknb/" + report.publishedOn.substring(0, 7).replace("-", "")
                + "/" + Long.toHexString(r.nextLong() & Long.MAX_VALUE) + ".shtml";
        sb.append("  <div><strong>来源：</strong><a href=\"").append(url).append("\">").append(url).append("</a></div>\n");
        sb.append("  <div><strong>采集时间：</strong>").append(report.reportYear + 2).append("-12-30T21:37:37+08:00</div>\n</div>\n");
        sb.append("<article>\n<div class=\"head\">\n  <meta charset=\"utf-8\">\n  <meta name=\"SiteName\" content=\"")
                .append(esc(place.county())).append("人民政府\">\n  <meta name=\"ArticleTitle\" content=\"").append(esc(report.title))
                .append("\">\n  <meta name=\"PubDate\" content=\"").append(report.publishedOn).append(" 09:30\">\n</div>\n");
        sb.append("<div class=\"nav\">首页 &gt; 信息公开 &gt; 政府信息公开年报</div>\n");
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Title t) {
                sb.append("<h1>").append(esc(t.text())).append("</h1>\n");
            } else if (b instanceof Para p && p.chrome()) {
                sb.append("<div class=\"info\">").append(esc(p.text())).append("</div>\n");
            } else if (b instanceof Heading h) {
                sb.append("<p class=\"MsoNormal\" style=\"text-indent:2em\"><b><span style=\"font-family: ").append(font)
                        .append(";\">").append(esc(h.text())).append("</span></b></p>\n");
            } else if (b instanceof Para p) {
                sb.append("<p class=\"MsoNormal\" style=\"text-indent:2em\">").append(spans(p.text(), r, font)).append("</p>\n");
            } else if (b instanceof Table t) {
                table(sb, t, r, font, typoRate, nbsp);
            }
        }
        sb.append("</article>\n<div class=\"footer\">主办：").append(esc(place.county())).append("人民政府办公室</div>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** Text cut into one to three spans, as Word's HTML export cuts runs. */
    static String spans(String text, Random r, String font) {
        StringBuilder sb = new StringBuilder();
        int parts = text.length() < 2 ? 1 : 1 + r.nextInt(3);
        int from = 0;
        for (int i = 0; i < parts; i++) {
            int to = i == parts - 1 ? text.length() : from + 1 + r.nextInt(Math.max(1, (text.length() - from) / 2));
            to = Math.min(to, text.length());
            if (to > from) {
                sb.append("<span style=\"font-family: ").append(font).append(";\">").append(esc(text.substring(from, to))).append("</span>");
            }
            from = to;
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, Table t, Random r, String font, double typoRate, boolean nbsp) {
        sb.append("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            sb.append("    <tr>\n");
            for (Cell c : row) {
                sb.append("      <td");
                if (c.rowspan() > 1) {
                    sb.append(" rowspan=\"").append(c.rowspan()).append('"');
                }
                if (c.colspan() > 1) {
                    sb.append(" colspan=\"").append(c.colspan()).append('"');
                }
                sb.append(" style=\"font-family: ").append(font).append(";\" valign=\"center\">\n");
                String p = "      <p style=\"text-align: justify; line-height: 2;\">";
                String text = c.kind() == CellKind.ROW_LABEL ? RealLabels.label(c, r, typoRate, false) : c.text();
                if (text.isEmpty()) {
                    sb.append(p).append("<span>").append(nbsp ? "&nbsp;" : "<o:p> </o:p>").append("</span></p>\n");
                } else if (c.kind() == CellKind.HEADER && text.length() == 4 && r.nextBoolean()) {
                    sb.append(p).append(spans(text.substring(0, 2), r, font)).append("<span><o:p></o:p></span></p>\n");
                    sb.append(p).append(spans(text.substring(2), r, font)).append("<span><o:p></o:p></span></p>\n");
                } else {
                    sb.append(p).append(spans(text, r, font)).append("<span><o:p></o:p></span></p>\n");
                }
                sb.append("      </td>\n");
            }
            sb.append("    </tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }
}
