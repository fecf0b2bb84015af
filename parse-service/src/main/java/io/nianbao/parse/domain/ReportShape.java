package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord;

import java.util.regex.Pattern;

/**
 * Whether a parsed document is an information-disclosure annual report at all. A report of any generation names
 * itself (政府信息公开…年度报告 / 工作报告 / 年报 in its title or text), or has the template's sections or tables;
 * a news article, a notice or an arbitrary PDF has none of these. Deliberately lenient: one of them is enough,
 * because a real report with a damaged title must still be checked (its findings are the point), while a document
 * with none of them would only produce noise in the store.
 */
public final class ReportShape {
    private static final Pattern NAMES_ITSELF = Pattern.compile(
            "信息公开[^。\\n]{0,12}?(年度报告|工作报告|年报|年度工作报告|情况报告)");
    private static final int MIN_SECTIONS = 3;

    private ReportShape() {
    }

    /** Null when the record looks like a report; else why it is not one. */
    public static String notAReport(ReportRecord rec) {
        String title = rec.report == null ? null : rec.report.title;
        if (title != null && NAMES_ITSELF.matcher(title).find()) {
            return null;
        }
        if (rec.text != null && NAMES_ITSELF.matcher(rec.text).find()) {
            return null;
        }
        if (rec.sections != null && rec.sections.size() >= MIN_SECTIONS) {
            return null;
        }
        if (rec.activeDisclosure != null || rec.applications != null || rec.reviewLitigation != null) {
            return null;
        }
        return "not a government information-disclosure annual report: it never names itself one (政府信息公开…年度报告),"
                + " has " + (rec.sections == null ? 0 : rec.sections.size()) + " of the six sections and none of the"
                + " three standard tables";
    }
}
