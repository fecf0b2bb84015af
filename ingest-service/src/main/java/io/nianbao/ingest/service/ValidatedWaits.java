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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests waiting ({@code ?wait=N}) for the validated record of a documentId, completed by the
 * reports.validated reader with the record's digest. Only pending waits are held: no cache of records.
 * <p>
 * While nobody waits, the reader does not fetch records at all: it only moves its positions to the topic's end
 * offsets. {@link #generation()} (counts registrations) lets it do so without a race: it keeps an end offset
 * only when no registration happened while it asked for it; {@link #awaitRegistration} wakes it at once.
 */
@ApplicationScoped
public class ValidatedWaits {
    private final ConcurrentHashMap<String, Set<CompletableFuture<String>>> pending = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Object registered = new Object();

    /** Registers interest before publishing, so a fast pipeline cannot be missed. */
    public CompletableFuture<String> register(String documentId) {
        CompletableFuture<String> f = new CompletableFuture<>();
        pending.computeIfAbsent(documentId, k -> ConcurrentHashMap.newKeySet()).add(f);
        generation.incrementAndGet();
        synchronized (registered) {
            registered.notifyAll();
        }
        return f;
    }

    /** How many registrations there were so far (a registration is counted after it is pending). */
    public long generation() {
        return generation.get();
    }

    /** Whether no wait is pending. */
    public boolean none() {
        return pending.isEmpty();
    }

    /** Returns when a wait is registered (at once if one is pending) or after {@code max}. */
    public void awaitRegistration(Duration max) throws InterruptedException {
        synchronized (registered) {
            if (pending.isEmpty()) {
                registered.wait(Math.max(1, max.toMillis()));
            }
        }
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
