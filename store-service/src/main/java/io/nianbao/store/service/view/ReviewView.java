package io.nianbao.store.service.view;

import java.time.OffsetDateTime;

/** A reviewer's decision on a finding: confirmed or dismissed, why, by whom (the API key's name), when. */
public record ReviewView(String decision, String reason, String reviewer, OffsetDateTime decidedAt) {
}
