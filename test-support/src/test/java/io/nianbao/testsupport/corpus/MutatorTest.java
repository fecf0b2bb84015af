package io.nianbao.testsupport.corpus;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MutatorTest {

    /** Every value of a record (table cells and stated figures, parts included), in a fixed order. */
    static List<String> values(ReportRecord r) {
        List<String> out = new ArrayList<>();
        if (r.activeDisclosure != null) {
            r.activeDisclosure.forEach((row, m) -> m.forEach((c, v) -> out.add("A." + row + "." + c + "=" + plain(v))));
        }
        if (r.applications != null) {
            r.applications.forEach((row, l) -> {
                for (int i = 0; i < l.size(); i++) {
                    out.add("P." + row + "." + i + "=" + plain(l.get(i)));
                }
            });
        }
        if (r.reviewLitigation != null) {
            r.reviewLitigation.forEach((g, m) -> m.forEach((c, v) -> out.add("R." + g + "." + c + "=" + plain(v))));
        }
        for (int i = 0; i < r.figures.size(); i++) {
            StatedFigure f = r.figures.get(i);
            out.add("F" + i + "." + f.key + "=" + plain(f.value));
            for (int j = 0; j < f.parts.size(); j++) {
                out.add("F" + i + ".part" + j + "=" + plain(f.parts.get(j).value));
            }
        }
        return out;
    }

    static String plain(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }

    @Test
    void exactlyOneValueChangesAndAnIdentityBreaks() {
        ReportGenerator g = new ReportGenerator(3);
        Mutator m = new Mutator(11);
        Map<Mutation.Kind, Integer> kinds = new EnumMap<>(Mutation.Kind.class);
        for (int i = 0; i < 400; i++) {
            GeneratedReport rep = g.generate();
            String before = Json.toString(rep.expected());
            Mutation mu = m.mutate(rep);
            assertThat(Json.toString(rep.expected())).as("original untouched").isEqualTo(before);
            kinds.merge(mu.kind(), 1, Integer::sum);
            List<String> a = values(rep.expected());
            List<String> b = values(mu.record());
            assertThat(b).hasSameSizeAs(a);
            int diff = 0;
            for (int k = 0; k < a.size(); k++) {
                if (!a.get(k).equals(b.get(k))) {
                    diff++;
                }
            }
            assertThat(diff).as(mu.description()).isEqualTo(1);
            assertThat(mu.newValue()).isNotEqualByComparingTo(mu.oldValue());
            assertThat(mu.brokenRules()).isNotEmpty();
            assertThat(mu.description()).isNotBlank();
            if (mu.kind() == Mutation.Kind.TABLE_CELL) {
                assertThat(mu.table()).isIn("applications", "reviewLitigation");
                assertThat(mu.brokenRules()).containsAnyOf("APP_TOTAL_COLUMN", "APP_TOTAL_ROW", "APP_BALANCE", "REVIEW_TOTAL");
                assertThat(mu.record().text).isEqualTo(rep.text());
            } else {
                assertThat(mu.brokenRules()).containsAnyOf("TEXT_APPLICATIONS", "TEXT_REVIEW", "TEXT_BREAKDOWN");
                assertThat(mu.record().text).isNotEqualTo(rep.text());
                // spans still point at their quotes in the rewritten text
                for (StatedFigure f : mu.record().figures) {
                    assertThat(mu.record().text.substring(f.start, f.end)).isEqualTo(f.quote);
                    for (StatedFigure p : f.parts) {
                        assertThat(mu.record().text.substring(p.start, p.end)).isEqualTo(p.quote);
                    }
                }
                for (ReportRecord.Section s : mu.record().sections) {
                    assertThat(mu.record().text.substring(s.start, s.end)).isEqualTo(s.text);
                }
                assertThat(mu.record().text.substring(mu.figureStart())).contains(mu.newValue().toPlainString());
            }
        }
        assertThat(kinds.get(Mutation.Kind.TABLE_CELL)).isGreaterThan(100);
        assertThat(kinds.get(Mutation.Kind.TEXT_FIGURE)).isGreaterThan(100);
    }

    @Test
    void eachKindOnDemand() {
        ReportGenerator g = new ReportGenerator(5);
        Mutator m = new Mutator(6);
        for (int i = 0; i < 100; i++) {
            GeneratedReport rep = g.generate(i % 2 == 0 ? "2021" : "2019", i % 2 == 0 ? 2022 : 2020);
            assertThat(m.mutate(rep, Mutation.Kind.TABLE_CELL).kind()).isEqualTo(Mutation.Kind.TABLE_CELL);
            assertThat(m.mutate(rep, Mutation.Kind.TEXT_FIGURE).kind()).isEqualTo(Mutation.Kind.TEXT_FIGURE);
        }
        GeneratedReport old = g.generate("2008", 2015);
        assertThat(Mutator.canMutate(old.expected(), Mutation.Kind.TABLE_CELL)).isFalse();
        assertThatThrownBy(() -> m.mutate(old, Mutation.Kind.TABLE_CELL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.mutate(old).kind()).isEqualTo(Mutation.Kind.TEXT_FIGURE);
    }
}
