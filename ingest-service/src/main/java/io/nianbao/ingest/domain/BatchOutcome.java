package io.nianbao.ingest.domain;

import java.util.Collection;

/** The HTTP status of a batch answer (multipart, fetch) from the statuses of its items. */
public final class BatchOutcome {
    private BatchOutcome() {
    }

    /**
     * 202 if anything new was accepted; 200 if nothing new but something was a duplicate; if every item was
     * refused, their common status when they agree, else the highest 5xx when one was a
     * server-side failure (503 publish failure, 502 fetch failure), else 422.
     */
    public static int status(Collection<Integer> itemStatuses) {
        if (itemStatuses.isEmpty()) {
            return 400;
        }
        if (itemStatuses.contains(202)) {
            return 202;
        }
        if (itemStatuses.contains(200)) {
            return 200;
        }
        if (itemStatuses.stream().distinct().count() == 1) {
            return itemStatuses.iterator().next();
        }
        int max5xx = itemStatuses.stream().filter(s -> s >= 500).mapToInt(Integer::intValue).max().orElse(0);
        if (max5xx > 0) {
            return max5xx;
        }
        return 422;
    }
}
