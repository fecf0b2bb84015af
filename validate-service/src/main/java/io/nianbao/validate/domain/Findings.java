package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.CellRef;
import io.nianbao.contract.ReportRecord.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a {@link Finding}; refuses one without evidence (a quote from the text or the cells it is about). */
public final class Findings {
    public static final String ORIGIN = "validate-service";

    private Findings() {
    }

    public static Builder of(Rule rule, ReportRecord record) {
        return new Builder(rule, record);
    }

    public static final class Builder {
        private final Rule rule;
        private final ReportRecord record;
        private final Finding f = new Finding();
        private final List<CellRef> cells = new ArrayList<>();
        private String fallback;

        private Builder(Rule rule, ReportRecord record) {
            this.rule = rule;
            this.record = record;
            f.ruleId = rule.id();
            f.severity = rule.severity();
            f.origin = ORIGIN;
        }

        public Builder message(String zh, String en) {
            f.messageZh = zh;
            f.messageEn = en;
            return this;
        }

        public Builder section(Integer section) {
            f.section = section;
            return this;
        }

        public Builder cell(String table, String row, String column) {
            cells.add(new CellRef(table, row, column));
            return this;
        }

        public Builder expected(String expected) {
            f.expected = expected;
            return this;
        }

        public Builder actual(String actual) {
            f.actual = actual;
            return this;
        }

        /** Span in the record's text; the evidence becomes the quoted text unless set explicitly. */
        public Builder span(int start, int end) {
            String text = record.text;
            if (text != null && start >= 0 && end <= text.length() && start <= end) {
                f.spanStart = start;
                f.spanEnd = end;
                if (f.evidence == null) {
                    f.evidence = TextSpans.excerpt(text, start, end);
                }
            }
            return this;
        }

        public Builder span(TextSpans.Span span) {
            return span == null ? this : span(span.start(), span.end());
        }

        public Builder span(Optional<TextSpans.Span> span) {
            return span(span.orElse(null));
        }

        public Builder evidence(String evidence) {
            f.evidence = evidence;
            return this;
        }

        /** Evidence used when no span of the text could be quoted (e.g. the cells and their values). */
        public Builder fallbackEvidence(String evidence) {
            this.fallback = evidence;
            return this;
        }

        public Finding build() {
            if ((f.evidence == null || f.evidence.isBlank()) && fallback != null) {
                f.evidence = fallback;
            }
            if (!cells.isEmpty()) {
                f.cells = List.copyOf(cells);
            }
            if (f.evidence == null || f.evidence.isBlank()) {
                throw new IllegalStateException(rule.id() + ": no finding without evidence");
            }
            if (f.messageZh == null || f.messageEn == null) {
                throw new IllegalStateException(rule.id() + ": a finding needs messages in zh and en");
            }
            return f;
        }
    }
}
