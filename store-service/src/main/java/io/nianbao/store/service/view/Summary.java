package io.nianbao.store.service.view;

/** Finding counts by severity and the status they give (clean, warnings, errors). */
public record Summary(int errors, int warnings, int infos, String status) {
}
