package io.nianbao.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests waiting ({@code ?wait=N}) for the validated record of a documentId, completed by the
 * reports.validated reader with the record's digest. Only pending waits are held: no cache of records.
 */
@ApplicationScoped
public class ValidatedWaits {
    private final ConcurrentHashMap<String, Set<CompletableFuture<String>>> pending = new ConcurrentHashMap<>();

    /** Registers interest before publishing, so a fast pipeline cannot be missed. */
    public CompletableFuture<String> register(String documentId) {
        CompletableFuture<String> f = new CompletableFuture<>();
        pending.computeIfAbsent(documentId, k -> ConcurrentHashMap.newKeySet()).add(f);
        return f;
    }

    /** The digest JSON, or empty on timeout (then the registration is dropped). */
    public Optional<String> await(String documentId, CompletableFuture<String> f, Duration timeout) {
        try {
            return Optional.of(f.get(Math.max(timeout.toMillis(), 0), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            cancel(documentId, f);
        }
    }

    public void cancel(String documentId, CompletableFuture<String> f) {
        pending.computeIfPresent(documentId, (k, set) -> {
            set.remove(f);
            return set.isEmpty() ? null : set;
        });
    }

    /** Whether anybody waits for this id (the reader looks into a record only then). */
    public boolean isPending(String documentId) {
        return pending.containsKey(documentId);
    }

    public void complete(String documentId, String digestJson) {
        Set<CompletableFuture<String>> waiting = pending.remove(documentId);
        if (waiting != null) {
            waiting.forEach(f -> f.complete(digestJson));
        }
    }

    public int waiting() {
        return pending.values().stream().mapToInt(Set::size).sum();
    }
}
