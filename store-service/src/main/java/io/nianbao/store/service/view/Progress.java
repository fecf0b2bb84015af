package io.nianbao.store.service.view;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET /api/progress: what the store received and stored per minute over the last {@code minutes}, from the
 * database (documents.received_at = ingest's arrival time, documents.first_stored_at = stored), and the totals.
 */
public record Progress(OffsetDateTime now, int minutes, List<Minute> perMinute, long receivedInWindow,
                       long storedInWindow, long documents, long reports, long currentReports, long findings,
                       long outboxUnsent, OffsetDateTime lastStoredAt) {
    /** One minute (start of the minute, UTC). */
    public record Minute(OffsetDateTime minute, long received, long stored) {
    }
}
