package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PARSE_UNCERTAIN (info): the parser had to guess. Taken from parseNotes whose code means guessing (LAYOUT_IRREGULAR,
 * LABELS_LOST, COLUMNS_SHIFTED, FLATTENED_AMBIGUOUS, CELL_UNREADABLE, or any code naming ambiguity, a guess, a shift,
 * something lost or inferred); a note that only reports a repair (TEXT_REPAIRED) is not a guess.
 */
public final class ParseUncertainRule extends AbstractRule {
    public static final String ID = "PARSE_UNCERTAIN";
    static final Set<String> GUESS_CODES = Set.of("LAYOUT_IRREGULAR", "LABELS_LOST", "COLUMNS_SHIFTED",
            "FLATTENED_AMBIGUOUS", "CELL_UNREADABLE");
    private static final Pattern GUESSY = Pattern.compile("AMBIGU|GUESS|UNCERTAIN|IRREGULAR|SHIFT|LOST|UNREADABLE|INFERRED|ASSUMED");
    private static final Map<Integer, String> TABLE_OF_SECTION = Map.of(
            2, TemplateKeys.TABLE_ACTIVE, 3, TemplateKeys.TABLE_APPLICATIONS, 4, TemplateKeys.TABLE_REVIEW);
    private static final Map<String, Integer> SECTION_OF_TABLE = Map.of(
            TemplateKeys.TABLE_ACTIVE, 2, TemplateKeys.TABLE_APPLICATIONS, 3, TemplateKeys.TABLE_REVIEW, 4);

    public ParseUncertainRule() {
        super(ID, Severity.INFO, "解析时有推测", "The parser had to guess",
                "解析器在读取表格时需要推测（单元格数不规则、列错位、行标签丢失等）；说明是哪张表、为什么，请人工核对。",
                "The parser had to guess (irregular cell count, shifted columns, lost row labels...); the finding says "
                        + "which table and why, for a person to check.");
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.parseNotes == null) {
            return List.of();
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (ReportRecord.ParseNote note : record.parseNotes) {
            if (note == null || note.code == null || !isGuess(note.code)) {
                continue;
            }
            Integer section = note.section != null ? note.section
                    : note.table != null ? SECTION_OF_TABLE.get(note.table) : null;
            String table = note.table != null ? note.table : section == null ? null : TABLE_OF_SECTION.get(section);
            String where = section == null ? "" : TextSpans.numeral(section) + "、";
            String tableText = table == null ? "" : "表格 " + table;
            String cands = note.candidates == null || note.candidates.isEmpty() ? "" : "；候选：" + String.join(" | ", note.candidates);
            String candsEn = note.candidates == null || note.candidates.isEmpty() ? "" : "; candidates: " + String.join(" | ", note.candidates);
            String why = note.message == null ? note.code : note.message;
            var b = finding(record)
                    .message(where + tableText + "：解析时有推测（" + note.code + "）：" + why + cands + "，请人工核对（这些格不参与算术与正文对照检查）",
                            (section == null ? "" : "Section " + TextSpans.numeral(section) + " ") + (table == null ? "" : "table " + table)
                                    + ": the parser had to guess (" + note.code + "): " + why + candsEn + "; please check (these cells are left out of the arithmetic and text-vs-table checks)")
                    .section(section)
                    .expected("an unambiguous layout")
                    .actual(note.code);
            if (section != null) {
                b.span(TextSpans.sectionSpan(record, section)
                        .map(s -> new TextSpans.Span(s.start(), Math.min(s.end(), s.start() + 200))));
            }
            if (table != null) {
                b.cell(table, null, null);
            }
            out.add(b.fallbackEvidence(note.code + ": " + why).build());
        }
        return out;
    }

    static boolean isGuess(String code) {
        return GUESS_CODES.contains(code) || GUESSY.matcher(code).find() || io.nianbao.validate.domain.Doubt.isGuess(code);
    }
}
