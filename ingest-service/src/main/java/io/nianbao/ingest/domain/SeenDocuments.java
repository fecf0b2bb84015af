package io.nianbao.ingest.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The duplicate memory: documentIds known to be on reports.raw, plus those being published right now. A
 * second submission of bytes that are being published waits for the first publish to settle: if it succeeded
 * the second is a duplicate, if it failed the second takes over, so a failed publish never turns a later
 * submission into a false "duplicate". Thread-safe.
 */
public final class SeenDocuments {
    public enum Claim {
        /** The caller must publish, then call {@link #published} or {@link #failed}. */
        OWNER,
        /** Already on the topic. */
        DUPLICATE
    }

    /** Completed with true when published, false when the publish failed. */
    private final ConcurrentHashMap<String, CompletableFuture<Boolean>> ids = new ConcurrentHashMap<>();
    private static final CompletableFuture<Boolean> PUBLISHED = CompletableFuture.completedFuture(true);

    /** Marks an id as on the topic (loaded from the topic, or published by another replica). */
    public void known(String documentId) {
        ids.merge(documentId, PUBLISHED, (old, neu) -> {
            old.complete(true);
            return PUBLISHED;
        });
    }

    public boolean contains(String documentId) {
        CompletableFuture<Boolean> f = ids.get(documentId);
        return f != null && f.isDone() && f.getNow(false);
    }

    public Claim claim(String documentId, long waitMillis) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (true) {
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            CompletableFuture<Boolean> existing = ids.putIfAbsent(documentId, mine);
            if (existing == null) {
                return Claim.OWNER;
            }
            try {
                long left = deadline - System.nanoTime();
                if (existing.get(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                    return Claim.DUPLICATE;
                }
            } catch (ExecutionException e) {
                // the owner failed: loop and take over
            }
            ids.remove(documentId, existing);
        }
    }

    public void published(String documentId) {
        CompletableFuture<Boolean> f = ids.put(documentId, PUBLISHED);
        if (f != null) {
            f.complete(true);
        }
    }

    public void failed(String documentId) {
        CompletableFuture<Boolean> f = ids.get(documentId);
        if (f != null && f != PUBLISHED && ids.remove(documentId, f)) {
            f.complete(false);
        }
    }

    public int size() {
        return ids.size();
    }
}
