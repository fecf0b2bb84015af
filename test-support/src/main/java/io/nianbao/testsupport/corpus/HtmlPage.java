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

/** A government portal page holding the report: real tables with rowspan/colspan, portal chrome around. */
final class HtmlPage {
    private HtmlPage() {
    }

    /** @param charset the meta charset to declare ("utf-8", "gbk", "gb2312"), or null for none */
    static String render(GeneratedReport rep, Random r, String charset) {
        int mode = Renderer.mixMode(r);
        Place place = rep.place();
        var report = rep.expected().report;
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html>\n<head>\n");
        if (charset != null) {
            sb.append(r.nextBoolean() ? "<meta charset=\"" + charset + "\">\n"
                    : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n");
        }
        sb.append("<title>").append(esc(report.title)).append("_").append(esc(place.county())).append("人民政府</title>\n");
        sb.append("<style>body{font-family:SimSun} table{border-collapse:collapse} td{border:1px solid #000}</style>\n");
        sb.append("</head>\n<body>\n");
        sb.append("<div class=\"top\"><a href=\"/\">").append(esc(place.county())).append("人民政府门户网站</a></div>\n");
        sb.append("<div class=\"nav\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 政府信息公开年报</div>\n");
        boolean index = r.nextBoolean();
        if (index) {
            sb.append("<table class=\"index\"><tr><td>索\u3000引\u3000号：</td><td>").append(place.code())
                    .append("00/").append(report.reportYear + 1).append("-").append(String.format("%05d", r.nextInt(100000)))
                    .append("</td><td>发布机构：</td><td>").append(esc(report.agency)).append("</td></tr>")
                    .append("<tr><td>公开方式：</td><td>主动公开</td><td>公开时限：</td><td>长期公开</td></tr></table>\n");
        }
        sb.append("<div class=\"article\">\n");
        List<Block> blocks = rep.doc().blocks();
        boolean chromeDone = false;
        for (Block b : blocks) {
            if (b instanceof Title t) {
                sb.append("<h1 class=\"title\">").append(esc(mix(t.text(), r, mode))).append("</h1>\n");
            } else if (b instanceof Para p && p.chrome()) {
                sb.append("<div class=\"info\"><span>").append(esc(mix(p.text(), r, mode))).append("</span>")
                        .append(" <span>【字体：<a href=\"javascript:;\">大</a> <a href=\"javascript:;\">中</a> ")
                        .append("<a href=\"javascript:;\">小</a>】</span><span>【<a href=\"javascript:window.print()\">打印</a>】</span></div>\n");
                chromeDone = true;
                sb.append("<div class=\"content\">\n");
            } else if (b instanceof Heading h) {
                if (!chromeDone) {
                    chromeDone = true;
                    sb.append("<div class=\"info\">来源：").append(esc(report.agency))
                            .append(" 【字体：<a>大</a> <a>中</a> <a>小</a>】【打印】</div>\n<div class=\"content\">\n");
                }
                sb.append(h.level() == 1 ? "<p><strong>" : "<p style=\"text-indent:2em\"><b>")
                        .append(esc(mix(h.text(), r, mode))).append(h.level() == 1 ? "</strong></p>\n" : "</b></p>\n");
            } else if (b instanceof Para p) {
                if (!chromeDone) {
                    chromeDone = true;
                    sb.append("<div class=\"info\">来源：").append(esc(report.agency))
                            .append(" 【字体：<a>大</a> <a>中</a> <a>小</a>】【打印】</div>\n<div class=\"content\">\n");
                }
                sb.append("<p style=\"text-indent:2em\">").append(esc(mix(p.text(), r, mode))).append("</p>\n");
            } else if (b instanceof Table t) {
                table(sb, t, r, mode);
            }
        }
        sb.append("</div>\n</div>\n");
        sb.append("<div class=\"tools\">【<a href=\"javascript:window.print()\">打印本页</a>】【<a href=\"javascript:window.close()\">关闭窗口</a>】</div>\n");
        sb.append("<div class=\"qrcode\"><img src=\"qr.png\" alt=\"\"><p>扫一扫在手机打开当前页</p></div>\n");
        sb.append("<div class=\"footer\">主办单位：").append(esc(place.county())).append("人民政府办公室</div>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, Table t, Random r, int mode) {
        boolean wordish = r.nextBoolean();
        sb.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            sb.append("<tr>");
            for (Cell c : row) {
                sb.append("<td");
                if (c.rowspan() > 1) {
                    sb.append(" rowspan=\"").append(c.rowspan()).append('"');
                }
                if (c.colspan() > 1) {
                    sb.append(" colspan=\"").append(c.colspan()).append('"');
                }
                sb.append('>');
                String text = esc(mix(c.text(), r, mode));
                if (wordish) {
                    sb.append("<p align=\"center\"><span style=\"font-size:14px\">").append(text).append("</span></p>");
                } else {
                    sb.append(c.kind() == CellKind.VALUE ? text : text);
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static String mix(String s, Random r, int mode) {
        return Renderer.mix(s, r, mode);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
