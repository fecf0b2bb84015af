package io.nianbao.store.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the history rules need of one stored report: plain values, no framework types.
 *
 * @param documentId     SHA-256 of the document
 * @param agencyKey      the agency's canonical name (or its name as written when unresolved)
 * @param year           report year, null when unknown
 * @param template       2021 | 2019 | 2008 | unknown
 * @param carriedOver    section 三 row 上年结转 (7 columns, null cells allowed), null when absent
 * @param carriedForward section 三 row 结转下年度继续办理, null when absent
 * @param active         section 二 row -> column -> value, null when absent
 * @param narrativeChars length of the normalized narrative (see {@link TextSimilarity#normalize})
 * @param sketch         {@link MinHash} sketch of the normalized narrative, null when it is empty
 */
public record ReportFacts(String documentId, String agencyKey, Integer year, String template, LocalDate publishedOn,
                          List<BigDecimal> carriedOver, List<BigDecimal> carriedForward,
                          Map<String, Map<String, BigDecimal>> active, int narrativeChars, int[] sketch) {
}
