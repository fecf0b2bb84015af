package io.nianbao.store.service.view;

import io.nianbao.store.domain.TableDiff;
import io.nianbao.store.domain.TextDiff;

import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/compare?a=&b=: two reports side by side. {@code cells}: every cell of either report with both values
 * and whether they differ; {@code text}: the narrative (sections 一, 五, 六 on the 2019/2021 templates, all on 2008)
 * as runs of sentences kept, removed (only in a) and added (only in b).
 */
public record Comparison(Side a, Side b, List<TableDiff.Row> cells, int differingCells, List<TextDiff.Part> text,
                         int sentencesRemoved, int sentencesAdded) {
    public record Side(String documentId, String title, String agency, String agencyCanonical, Integer reportYear,
                       String template, LocalDate publishedOn, boolean current, String status) {
    }
}
