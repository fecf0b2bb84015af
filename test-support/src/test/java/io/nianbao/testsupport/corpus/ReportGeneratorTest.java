package io.nianbao.testsupport.corpus;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.contract.TemplateKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated reports satisfy the identities, checked here by recomputing them, not through the generator. */
class ReportGeneratorTest {
    static final List<GeneratedReport> REPORTS = new ArrayList<>();

    @BeforeAll
    static void generate() {
        ReportGenerator g = new ReportGenerator(42);
        for (int i = 0; i < 150; i++) {
            REPORTS.add(g.generate(TemplateKeys.T2021, 2021 + i % 4));
            REPORTS.add(g.generate(TemplateKeys.T2019, 2019 + i % 2));
            if (i % 3 == 0) {
                REPORTS.add(g.generate(TemplateKeys.T2008, 2009 + i % 10));
            }
        }
        REPORTS.addAll(g.generate(30));
    }

    /** A blank cell (null) counts as 0, as RULES.md says; {@link #blanksOnlyWhereRealReportsLeaveThem} checks where they are. */
    static long n(BigDecimal v) {
        if (v == null) {
            return 0;
        }
        assertThat(v.stripTrailingZeros().scale()).as("whole number %s", v).isLessThanOrEqualTo(0);
        assertThat(v.signum()).isGreaterThanOrEqualTo(0);
        return v.longValueExact();
    }

    @Test
    void applicationsTableAddsUp() {
        for (GeneratedReport g : REPORTS) {
            ReportRecord r = g.expected();
            if (g.template().equals(TemplateKeys.T2008)) {
                assertThat(r.applications).isNull();
                assertThat(r.activeDisclosure).isNull();
                assertThat(r.reviewLitigation).isNull();
                continue;
            }
            Map<String, List<BigDecimal>> a = r.applications;
            boolean mixed = g.irregularities().contains(Irregularity.MIXED_GENERATION_OTHER_HANDLING);
            assertThat(mixed).isEqualTo(a.containsKey("otherHandling") && g.template().equals("2021"));
            List<String> outcomes = g.template().equals("2021") && !mixed
                    ? List.of("granted", "partiallyGranted", "deniedStateSecret", "deniedProhibitedByLaw",
                    "deniedSafetyStability", "deniedThirdPartyRights", "deniedInternalAffairs", "deniedProcessInfo",
                    "deniedEnforcementFiles", "deniedQueryMatters", "unavailableNotHeld", "unavailableNeedsCreation",
                    "unavailableUnclear", "notProcessedComplaint", "notProcessedRepeated", "notProcessedPublication",
                    "notProcessedExcessive", "notProcessedConfirmation", "otherNoCorrection", "otherUnpaidFee", "otherOther")
                    : List.of("granted", "partiallyGranted", "deniedStateSecret", "deniedProhibitedByLaw",
                    "deniedSafetyStability", "deniedThirdPartyRights", "deniedInternalAffairs", "deniedProcessInfo",
                    "deniedEnforcementFiles", "deniedQueryMatters", "unavailableNotHeld", "unavailableNeedsCreation",
                    "unavailableUnclear", "notProcessedComplaint", "notProcessedRepeated", "notProcessedPublication",
                    "notProcessedExcessive", "notProcessedConfirmation", "otherHandling");
            assertThat(a).hasSize(outcomes.size() + 4);
            for (var e : a.entrySet()) {
                assertThat(e.getValue()).as(e.getKey()).hasSize(7);
                long s = 0;
                for (int c = 0; c < 6; c++) {
                    s += n(e.getValue().get(c));
                }
                assertThat(n(e.getValue().get(6))).as("%s %s row total", g, e.getKey()).isEqualTo(s);
            }
            for (int c = 0; c < 7; c++) {
                long sum = 0;
                for (String o : outcomes) {
                    sum += n(a.get(o).get(c));
                }
                long total = n(a.get("total").get(c));
                assertThat(total).as("%s total row col %d", g, c).isEqualTo(sum);
                assertThat(n(a.get("newReceived").get(c)) + n(a.get("carriedOver").get(c)))
                        .as("%s balance col %d", g, c).isEqualTo(total + n(a.get("carriedForward").get(c)));
            }
        }
    }

    @Test
    void blanksOnlyWhereRealReportsLeaveThem() {
        int blank = 0;
        for (GeneratedReport g : REPORTS) {
            if (g.expected().applications == null) {
                continue;
            }
            boolean expectBlank = g.irregularities().contains(Irregularity.BLANK_LEGAL_PERSON_COLUMNS);
            blank += expectBlank ? 1 : 0;
            for (var e : g.expected().applications.entrySet()) {
                for (int c = 0; c < 7; c++) {
                    boolean legal = c >= 1 && c <= 5;
                    assertThat(e.getValue().get(c) == null).as("%s %s col %d", g, e.getKey(), c).isEqualTo(expectBlank && legal);
                }
            }
        }
        assertThat(blank).isBetween(REPORTS.size() / 20, REPORTS.size() / 4);
    }

    @Test
    void reviewAndActiveTables() {
        for (GeneratedReport g : REPORTS) {
            ReportRecord r = g.expected();
            if (r.reviewLitigation == null) {
                continue;
            }
            assertThat(r.reviewLitigation.keySet()).containsExactly("review", "litigationDirect", "litigationAfterReview");
            for (var grp : r.reviewLitigation.values()) {
                assertThat(n(grp.get("total"))).isEqualTo(n(grp.get("upheld")) + n(grp.get("corrected"))
                        + n(grp.get("other")) + n(grp.get("pending")));
            }
            Map<String, List<String>> keys = g.template().equals("2021") ? TemplateKeys.ACTIVE_2021 : TemplateKeys.ACTIVE_2019;
            assertThat(r.activeDisclosure.keySet()).containsExactlyElementsOf(keys.keySet());
            for (var e : keys.entrySet()) {
                assertThat(r.activeDisclosure.get(e.getKey()).keySet()).containsExactlyElementsOf(e.getValue());
                for (String col : e.getValue()) {
                    BigDecimal v = r.activeDisclosure.get(e.getKey()).get(col);
                    if (TemplateKeys.isDecimalCell(e.getKey(), col)) {
                        assertThat(v.signum()).isGreaterThanOrEqualTo(0);
                    } else if (col.equals("change")) {
                        assertThat(v.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
                        assertThat(v.signum() >= 0 || g.irregularities().contains(Irregularity.SIGNED_CHANGE)).isTrue();
                    } else {
                        n(v);
                    }
                }
            }
            if (g.template().equals("2019")) {
                for (String row : List.of("regulations", "normativeDocuments")) {
                    assertThat(n(r.activeDisclosure.get(row).get("totalPublished")))
                            .isGreaterThanOrEqualTo(n(r.activeDisclosure.get(row).get("newlyPublished")));
                }
            }
        }
    }

    @Test
    void realisticMixOfNumbers() {
        long allZero = REPORTS.stream().filter(g -> g.expected().applications != null)
                .filter(g -> n(g.expected().applications.get("newReceived").get(6)) == 0).count();
        long hundreds = REPORTS.stream().filter(g -> g.expected().applications != null)
                .filter(g -> n(g.expected().applications.get("newReceived").get(6)) >= 100).count();
        long fees = REPORTS.stream().filter(g -> g.expected().activeDisclosure != null
                && g.expected().activeDisclosure.get("fees").containsKey("amount")
                && g.expected().activeDisclosure.get("fees").get("amount").scale() > 0).count();
        long reviews = REPORTS.stream().filter(g -> g.expected().reviewLitigation != null
                && n(g.expected().reviewLitigation.get("review").get("total")) > 0).count();
        assertThat(allZero).isGreaterThan(20);
        assertThat(hundreds).isGreaterThan(10);
        assertThat(fees).isGreaterThan(10);
        assertThat(reviews).isGreaterThan(10);
    }

    @Test
    void metaData() {
        for (GeneratedReport g : REPORTS) {
            ReportRecord.Report m = g.expected().report;
            assertThat(m.title).isEqualTo(m.agency + m.reportYear + "年政府信息公开工作年度报告");
            assertThat(m.regionCode).matches("\\d{6}");
            Place p = Place.ALL.stream().filter(x -> x.code().equals(m.regionCode)).findFirst().orElseThrow();
            assertThat(m.agencyCanonical).startsWith(p.city() + p.county());
            assertThat(m.agency).contains(p.county());
            assertThat(m.agencyKind).isIn("government", "department");
            LocalDate d = LocalDate.parse(m.publishedOn);
            assertThat(d.getYear()).isEqualTo(m.reportYear + 1);
            if (m.template.equals("2008")) {
                assertThat(d.getMonthValue()).isBetween(1, 3);
            } else {
                assertThat(d.getMonthValue()).isEqualTo(1);
            }
            String text = g.text();
            assertThat(text).startsWith(m.title);
            assertThat(text.contains(m.publishedOn) || text.contains(d.getYear() + "年" + d.getMonthValue() + "月"
                    + d.getDayOfMonth() + "日")).as("date stated").isTrue();
            if (m.statedPeriod != null) {
                assertThat(text).contains(m.statedPeriod);
            }
        }
        assertThat(Place.ALL).hasSizeBetween(20, 40);
        assertThat(Place.ALL.stream().map(Place::code).distinct().count()).isEqualTo(Place.ALL.size());
        assertThat(Place.ALL.stream().map(Place::county).distinct().count()).isEqualTo(Place.ALL.size());
    }

    @Test
    void sectionsAndSpans() {
        for (GeneratedReport g : REPORTS) {
            ReportRecord r = g.expected();
            String text = g.text();
            assertThat(r.text).isEqualTo(text);
            assertThat(r.sections).extracting(s -> s.number).containsExactly(1, 2, 3, 4, 5, 6);
            String[] cn = {"一", "二", "三", "四", "五", "六"};
            for (ReportRecord.Section s : r.sections) {
                assertThat(text.substring(s.start, s.end)).isEqualTo(s.text);
                assertThat(s.text).startsWith(cn[s.number - 1] + "、" + s.title);
            }
            assertThat(r.figures).isNotEmpty();
            for (StatedFigure f : r.figures) {
                checkSpan(text, f, r);
                if (f.parts != null && !f.parts.isEmpty()) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (StatedFigure p : f.parts) {
                        checkSpan(text, p, r);
                        assertThat(p.start).isGreaterThanOrEqualTo(f.start);
                        assertThat(p.end).isLessThanOrEqualTo(f.end);
                        sum = sum.add(p.value);
                    }
                    assertThat(sum).as("breakdown of %s", f.quote).isEqualByComparingTo(f.value);
                }
            }
        }
    }

    private static void checkSpan(String text, StatedFigure f, ReportRecord r) {
        assertThat(text.substring(f.start, f.end)).isEqualTo(f.quote);
        if (f.value.signum() == 0) {
            assertThat(f.quote).matches(".*(未|没有).*");
        } else {
            assertThat(f.quote).contains(f.value.toPlainString());
        }
        ReportRecord.Section s = r.sections.stream().filter(x -> x.number == f.section).findFirst().orElseThrow();
        assertThat(f.start).isGreaterThanOrEqualTo(s.start);
        assertThat(f.end).isLessThanOrEqualTo(s.end);
    }

    @Test
    void textAgreesWithTables() {
        int none = 0;
        for (GeneratedReport g : REPORTS) {
            ReportRecord r = g.expected();
            String text = g.text();
            assertThat(r.narrative).containsKey(FigureKeys.APPLICATIONS_RECEIVED);
            assertThat(r.narrative).containsKey(FigureKeys.ACTIVE_DISCLOSED_COUNT);
            if (r.applications != null) {
                long received = n(r.applications.get("newReceived").get(6));
                assertThat(n(r.narrative.get(FigureKeys.APPLICATIONS_RECEIVED))).isEqualTo(received);
                // worded as real reports word it: 收到/受理/接收 … 申请 N 件/条 (not one grammar)
                if (received == 0) {
                    assertThat(text).containsPattern("未(收到|受理)[^。]*申请");
                    none++;
                } else {
                    assertThat(text).containsPattern("(收到|受理|接收)[^。]*申请[^。\\d]*" + received + "[件条]");
                }
                long review = n(r.reviewLitigation.get("review").get("total"));
                long lit = n(r.reviewLitigation.get("litigationDirect").get("total"))
                        + n(r.reviewLitigation.get("litigationAfterReview").get("total"));
                assertThat(n(r.narrative.get(FigureKeys.REVIEW_COUNT))).isEqualTo(review);
                assertThat(n(r.narrative.get(FigureKeys.LITIGATION_COUNT))).isEqualTo(lit);
                if (review == 0 && lit == 0) {
                    assertThat(text).containsPattern("未(发生|有)[^。]*行政复议[、和及][^。]*行政诉讼");
                }
                if (g.template().equals("2021")) {
                    assertThat(r.sections.get(5).text).contains("信息处理费");
                    assertThat(r.narrative).containsKey(FigureKeys.FEE_COLLECTED);
                }
            }
            assertThat(Identities.violated(r)).as(g.toString()).isEmpty();
        }
        assertThat(none).isGreaterThan(10);
    }

    @Test
    void noOtherJurisdictionNamed() {
        for (GeneratedReport g : REPORTS) {
            for (Place p : Place.ALL) {
                if (!p.equals(g.place())) {
                    assertThat(g.text()).doesNotContain(p.county());
                }
            }
            String other = g.place().level().equals("县") ? "区" : "县";
            assertThat(g.text()).doesNotContain("全" + other).doesNotContain(other + "委").doesNotContain(other + "政府");
        }
    }

    @Test
    void deterministicAndJsonRoundTrip() {
        GeneratedReport a = new ReportGenerator(7).generate("2021", 2022);
        GeneratedReport b = new ReportGenerator(7).generate("2021", 2022);
        assertThat(a.text()).isEqualTo(b.text());
        assertThat(Json.toString(a.expected())).isEqualTo(Json.toString(b.expected()));
        assertThat(Json.toString(a.expectedCopy())).isEqualTo(Json.toString(a.expected()));
    }

    @Test
    void seriesOfOneAgencyLinksYears() {
        ReportGenerator g = new ReportGenerator(77);
        for (int k = 0; k < 20; k++) {
            List<GeneratedReport> series = g.generateSeries(2017, 2024);
            assertThat(series).hasSize(8);
            for (int i = 0; i < series.size(); i++) {
                GeneratedReport cur = series.get(i);
                assertThat(cur.reportYear()).isEqualTo(2017 + i);
                assertThat(cur.template()).isEqualTo(cur.reportYear() <= 2018 ? "2008" : cur.reportYear() <= 2020 ? "2019" : "2021");
                assertThat(cur.expected().report.agencyCanonical).isEqualTo(series.get(0).expected().report.agencyCanonical);
                assertThat(cur.expected().report.agency).isEqualTo(series.get(0).expected().report.agency);
                assertThat(Identities.violated(cur.expected())).isEmpty();
                if (i == 0) {
                    continue;
                }
                ReportRecord prev = series.get(i - 1).expected();
                ReportRecord now = cur.expected();
                if (prev.applications != null) {
                    for (int c = 0; c < 7; c++) {
                        assertThat(n(now.applications.get("carriedOver").get(c)))
                                .isEqualTo(n(prev.applications.get("carriedForward").get(c)));
                    }
                }
                if (cur.template().equals("2021") && series.get(i - 1).template().equals("2021")) {
                    var p = prev.activeDisclosure.get("normativeDocuments");
                    var q = now.activeDisclosure.get("normativeDocuments");
                    assertThat(n(q.get("inForce"))).isEqualTo(n(p.get("inForce")) + n(q.get("made")) - n(q.get("repealed")));
                }
            }
        }
    }

    @Test
    void seriesWithACarryOverBreakBreaksExactlyThatYear() {
        Place xuanwu = Place.ALL.stream().filter(p -> p.code().equals("320102")).findFirst().orElseThrow();
        for (int breakYear = 2020; breakYear <= 2024; breakYear++) {
            for (long seed = 1; seed <= 8; seed++) {
                List<GeneratedReport> series = new ReportGenerator(seed).generateSeries(2019, 2024, breakYear, xuanwu);
                List<GeneratedReport> plain = new ReportGenerator(seed).generateSeries(2019, 2024, ReportGenerator.NO_BREAK, xuanwu);
                assertThat(series).hasSize(6);
                for (int i = 0; i < series.size(); i++) {
                    GeneratedReport cur = series.get(i);
                    ReportRecord now = cur.expected();
                    assertThat(cur.reportYear()).isEqualTo(2019 + i);
                    assertThat(cur.template()).isEqualTo(cur.reportYear() <= 2020 ? "2019" : "2021");
                    assertThat(now.report.regionCode).isEqualTo("320102");
                    assertThat(now.report.agencyCanonical).startsWith("南京市玄武区")
                            .isEqualTo(series.get(0).expected().report.agencyCanonical);
                    assertThat(Identities.violated(now)).as("seed %d, break %d, year %d", seed, breakYear, cur.reportYear())
                            .isEmpty();
                    if (cur.reportYear() < breakYear) {
                        // the years before the break are those of the unbroken series of the same seed
                        assertThat(Json.toString(now)).isEqualTo(Json.toString(plain.get(i).expected()));
                    }
                    if (i == 0) {
                        continue;
                    }
                    List<BigDecimal> forward = series.get(i - 1).expected().applications.get("carriedForward");
                    List<BigDecimal> over = now.applications.get("carriedOver");
                    if (cur.reportYear() == breakYear) {
                        assertThat(n(over.get(6))).as("break year total").isGreaterThan(n(forward.get(6)));
                        assertThat(n(over.get(0))).isGreaterThan(n(forward.get(0)));
                        for (int c = 1; c < 6; c++) {
                            assertThat(n(over.get(c))).isEqualTo(n(forward.get(c)));
                        }
                    } else {
                        for (int c = 0; c < 7; c++) {
                            assertThat(n(over.get(c))).as("year %d column %d", cur.reportYear(), c)
                                    .isEqualTo(n(forward.get(c)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aBreakYearWithoutAPreviousApplicationsTableIsRefused() {
        ReportGenerator g = new ReportGenerator(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.generateSeries(2019, 2024, 2019, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.generateSeries(2015, 2024, 2018, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.generateSeries(2019, 2022, 2023, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.generateSeries(2017, 2020, 2019, null))
                .isInstanceOf(IllegalArgumentException.class);
        List<GeneratedReport> s = g.generateSeries(2017, 2020, 2020, null);
        assertThat(n(s.get(3).expected().applications.get("carriedOver").get(6)))
                .isNotEqualTo(n(s.get(2).expected().applications.get("carriedForward").get(6)));
    }
}
