package io.nianbao.store.service.view;

import java.time.LocalDate;

/** Another document of the same report (same agency, same year). */
public record SameReportDoc(String documentId, LocalDate publishedOn, boolean current) {
}
