package io.nianbao.store.domain;

import java.util.List;

/** A header and rows: what an export writes as CSV or XLSX. */
public record Tabular(String name, List<String> header, List<List<Object>> rows) {
}
