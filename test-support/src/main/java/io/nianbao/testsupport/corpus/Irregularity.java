package io.nianbao.testsupport.corpus;

/**
 * What a generated report's truth carries because real reports print it so (not parser conveniences). The
 * record keeps what is printed: a blank cell is null, a printed inconsistency stays inconsistent.
 *
 * <p>Shares, per report of the 2019/2021 templates made by {@link ReportGenerator#generate()} (each drawn
 * with the report's own seeded random, independently): {@link #BLANK_LEGAL_PERSON_COLUMNS} 15%,
 * {@link #MIXED_GENERATION_OTHER_HANDLING} 12% of 2021 reports, {@link #SIGNED_CHANGE} about 30% of the
 * non-zero 上一年项目数量 rows of a 2019 report. The three published inconsistencies only with
 * {@link ReportGenerator#withPublishedInconsistencies(double)} (that share of reports, one kind each, equally
 * likely), because a default corpus must stay free of errors for validate's mutation test.
 */
public enum Irregularity {
    /** The five 法人或其他组织 columns of section 三 blank (null) in every row, as 沭阳县发改局 2023 prints them; identities hold with blanks as 0. */
    BLANK_LEGAL_PERSON_COLUMNS(false),
    /** A 2021 report that prints （六）其他处理 as one row (the 2019 layout): the record has otherHandling instead of the three other* rows. */
    MIXED_GENERATION_OTHER_HANDLING(false),
    /** 2019 template: a negative 本年增/减 (e.g. -37) in section 二. */
    SIGNED_CHANGE(false),
    /** Published inconsistency: the （七）总计 row printed as 0 in every column over non-zero outcome rows. */
    TOTAL_ROW_PRINTED_ZERO(true),
    /** Published inconsistency: the 总计 column of section 三 left blank (null) in every row. */
    BLANK_TOTAL_COLUMN(true),
    /** Published inconsistency: one outcome row larger than printed, so the outcome rows exceed （七）总计. */
    OUTCOME_EXCEEDS_TOTAL(true);

    private final boolean inconsistent;

    Irregularity(boolean inconsistent) {
        this.inconsistent = inconsistent;
    }

    /** True for the irregularities that break a table identity (the report is wrong as published). */
    public boolean inconsistent() {
        return inconsistent;
    }
}
