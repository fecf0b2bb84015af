package io.nianbao.store.service.view;

import io.nianbao.contract.ReportRecord;

import java.util.List;

/**
 * A finding as served: the rule's message and evidence, the cells or text span it names, its {@code location}
 * (io.nianbao.store.domain.FindingLocation: the key a reviewer's decision is kept under) and that decision, if any.
 */
public record FindingView(String ruleId, String severity, String messageZh, String messageEn, Integer section,
                          List<ReportRecord.CellRef> cells, Integer spanStart, Integer spanEnd, String evidence,
                          String expected, String actual, String origin, String relatedDocumentId, String location,
                          ReviewView review) {
}
