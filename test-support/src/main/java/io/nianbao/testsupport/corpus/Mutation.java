package io.nianbao.testsupport.corpus;

import io.nianbao.contract.ReportRecord;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One injected inconsistency. {@code record} is a deep copy of the expected record with exactly one
 * value changed (and, for a TEXT_FIGURE, the text, quote, spans and {@code narrative} adjusted to
 * the new wording). For TABLE_CELL: {@code table} (applications / reviewLitigation), {@code row},
 * {@code column}; for TEXT_FIGURE: {@code figureKey}, {@code figureLabel} and {@code figureStart}
 * (span start in the mutated text; a part of a breakdown has {@code column = "part"}).
 * {@code brokenRules}: the rule ids of RULES.md the mutated record violates (per {@link Identities});
 * never empty.
 */
public record Mutation(Kind kind, ReportRecord record, String description,
                       String table, String row, String column,
                       String figureKey, String figureLabel, Integer figureStart,
                       BigDecimal oldValue, BigDecimal newValue, Set<String> brokenRules) {

    public enum Kind { TABLE_CELL, TEXT_FIGURE }
}
