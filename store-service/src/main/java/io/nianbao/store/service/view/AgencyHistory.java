package io.nianbao.store.service.view;

import java.util.List;

/** GET /api/agencies/{agency}/history. */
public record AgencyHistory(String agency, List<HistoryYear> years) {
}
