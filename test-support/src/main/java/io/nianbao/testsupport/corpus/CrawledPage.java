package io.nianbao.testsupport.corpus;

import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.CellKind;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@link Layout#CRAWLED_ONE_LINE}: the page text an upstream crawler keeps (innerText), as in the 平潭 archive
 * ({@code ../shared/corpus/10[68]_*.txt}) and sample 002. Page chrome lines first ({@code 标题:}, {@code 发布时间:},
 * {@code 原文链接:} … or a 索引号 block), then the body in one to three long lines: paragraphs and headings run
 * together; a table's header cells run together; each row's cells run together as one digit string with the
 * next row's label glued on, so that the next row's numbering follows the previous row's digits
 * ({@code 1.属于国家秘密00000002.其他法律…}); blank cells leave nothing; some rows space-separated (all cells, or
 * all but the last two, as {@code 3 0 0 0 0 03}); section 四 as 15 glued digits or 15 space-separated numbers.
 * Section 二: {@code 规章000行政规范性文件2159165…}, {@code 行政许可0+11}, {@code 政府集中采购215419886元}.
 * Half of the documents carry real label variants (typos, dropped 属于, quotes lost) in a quarter of the rows
 * that have them. Line breaks only ever fall before a section heading, never inside a table.
 */
final class CrawledPage {
    private CrawledPage() {
    }

    /** Per document choices. */
    record Style(double typoRate, boolean plus, boolean yuan, boolean wan, double spaceAfterLabel,
                 boolean headerSpaced, boolean groupSpaced, int rowSpacing, boolean reviewSpaced) {
    }

    static Style style(Random r) {
        double[] after = {0, 0.5, 1};
        return new Style(r.nextBoolean() ? 0.25 : 0, r.nextBoolean(), r.nextBoolean(), r.nextDouble() < 0.2,
                after[r.nextInt(3)], r.nextBoolean(), r.nextBoolean(), r.nextInt(10), r.nextBoolean());
    }

    static String render(GeneratedReport rep, Random r) {
        StringBuilder out = new StringBuilder();
        chrome(out, rep, r);
        Style st = style(r);
        StringBuilder body = new StringBuilder();
        List<Integer> breakable = new ArrayList<>();
        for (Block b : rep.doc().blocks()) {
            if (b instanceof Title || (b instanceof Para p && p.chrome())) {
                continue;
            }
            if (b instanceof Heading h && h.level() == 1) {
                if (body.length() > 0 && h.section() != null && h.section() != 3) {
                    breakable.add(body.length());
                }
                boolean spaced = r.nextDouble() < 0.7;
                body.append(spaced ? " " : "").append(h.text()).append(spaced ? " " : "");
            } else if (b instanceof Table t) {
                body.append(table(t, r, st));
            } else {
                body.append(Renderer.blockText(b));
            }
        }
        // one to three lines: break before up to two section headings (never inside a table)
        int breaks = Math.min(breakable.size(), r.nextInt(3));
        java.util.Collections.shuffle(breakable, r);
        List<Integer> at = new ArrayList<>(breakable.subList(0, breaks));
        at.sort(java.util.Comparator.reverseOrder());
        for (int i : at) {
            body.insert(i, '\n');
        }
        out.append(body.toString().strip()).append('\n');
        return out.toString();
    }

    /** The crawler's page head: the archive form (标题:/发布时间:/原文链接:) or the portal's 索引号 block. */
    static void chrome(StringBuilder out, GeneratedReport rep, Random r) {
        var report = rep.expected().report;
        String time = String.format("%02d:%02d", 8 + r.nextInt(10), r.nextInt(60));
        String ym = report.publishedOn.substring(0, 7).replace("-", "");
        String id = String.valueOf(10000 + r.nextInt(90000));
        String path = "zwgk/zfxxgk/" + rep.place().code() + "/zfxxgknb/" + ym + "/t" + report.publishedOn.replace("-", "") + "_" + id;
        if (r.nextBoolean()) {
            out.append("标题: ").append(report.title).append('\n');
            out.append("发布时间: ").append(report.publishedOn).append(' ').append(time).append('\n');
            out.append("文号: \n发布机构: ").append(r.nextBoolean() ? report.agency : "").append('\n');
            out.append("栏目: 政府信息公开年报\n");
            out.append("原文链接: https://www.gov").append(rep.place().code()).append(".gov.cn/").append(path).append(".htm\n");
            out.append("本地目录: ").append(path).append('_').append(report.title).append('\n');
            out.append("页面链接与图片详见 links.tsv(同目录)\n");
            out.append("==================== 正文 ====================\n");
        } else {
            out.append("索 引 号: ").append(rep.place().code()).append("00K").append(id).append('/')
                    .append(report.reportYear + 1).append("-000").append(r.nextInt(90) + 10)
                    .append(" 成文日期: ").append(report.publishedOn).append('\n');
            out.append("公开方式: 主动公开 公开时限: 长期公开\n");
            out.append("文件编号: 发布机构: ").append(report.agency).append('\n');
            out.append(report.title).append('\n');
            out.append("发布日期:").append(report.publishedOn).append(' ').append(time).append(":").append(String.format("%02d", r.nextInt(60)))
                    .append("\n\n\n");
        }
    }

    static String table(Table t, Random r, Style st) {
        boolean apps = t.name().equals(TemplateKeys.TABLE_APPLICATIONS);
        boolean review = t.name().equals(TemplateKeys.TABLE_REVIEW);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.rows().size(); i++) {
            List<Cell> row = t.rows().get(i);
            List<Cell> values = new ArrayList<>();
            for (Cell c : row) {
                if (c.kind() == CellKind.VALUE) {
                    values.add(c);
                } else if (c.kind() == CellKind.ROW_LABEL) {
                    sb.append(RealLabels.label(c, r, st.typoRate(), false));
                } else if (i < t.headerRows() || !apps) {
                    sb.append(c.text()).append(st.headerSpaced() ? " " : "");
                } else {
                    sb.append(c.text()).append(st.groupSpaced() ? " " : "");
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            if (review) {
                StringBuilder v = new StringBuilder();
                for (Cell c : values) {
                    if (st.reviewSpaced()) {
                        v.append(' ');
                    }
                    v.append(c.text());
                }
                sb.append(v).append(st.reviewSpaced() ? " " : "");
            } else if (apps) {
                if (r.nextDouble() < st.spaceAfterLabel()) {
                    sb.append(' ');
                }
                sb.append(appDigits(values, r, st));
            } else {
                for (Cell c : values) {
                    sb.append(RealLabels.value(c, st.plus(), st.yuan(), st.wan()));
                }
            }
        }
        return sb.toString();
    }

    /** The seven cells of a section-三 row: glued, or (some documents) space-separated in full or but the last two. */
    static String appDigits(List<Cell> values, Random r, Style st) {
        int mode = st.rowSpacing() < 6 ? 0 : st.rowSpacing() < 8 ? 1 : (r.nextBoolean() ? 2 : 0);
        List<String> cells = new ArrayList<>();
        for (Cell c : values) {
            if (!c.text().isEmpty()) {
                cells.add(c.text());
            }
        }
        if (mode == 0 || cells.size() < 2) {
            return String.join("", cells);
        }
        if (mode == 1) {
            return String.join(" ", cells);
        }
        return String.join(" ", cells.subList(0, cells.size() - 1)) + cells.get(cells.size() - 1);
    }
}
