package io.nianbao.ingest.service;

import io.nianbao.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests waiting ({@code ?wait=N}) for the validated record of a documentId, completed by the
 * reports.validated listener; also keeps the most recent validated records (bounded) for GET /api/documents/{id}.
 */
@ApplicationScoped
public class ValidatedWaits {
    private final Map<String, Set<CompletableFuture<String>>> pending = new ConcurrentHashMap<>();
    private Map<String, String> recent;

    @Inject
    IngestConfig config;

    synchronized Map<String, String> recent() {
        if (recent == null) {
            int max = config == null ? 1000 : config.waiting().recentRecords();
            recent = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > max;
                }
            };
        }
        return recent;
    }

    /** Registers interest before publishing, so a fast pipeline cannot be missed. */
    public CompletableFuture<String> register(String documentId) {
        CompletableFuture<String> f = new CompletableFuture<>();
        pending.computeIfAbsent(documentId, k -> ConcurrentHashMap.newKeySet()).add(f);
        Optional<String> known = latest(documentId);
        known.ifPresent(f::complete);
        return f;
    }

    /** The record JSON, or empty on timeout (then the registration is dropped). */
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

    public void complete(String documentId, String recordJson) {
        synchronized (this) {
            recent().put(documentId, recordJson);
        }
        Set<CompletableFuture<String>> waiting = pending.remove(documentId);
        if (waiting != null) {
            waiting.forEach(f -> f.complete(recordJson));
        }
    }

    public synchronized Optional<String> latest(String documentId) {
        return Optional.ofNullable(recent().get(documentId));
    }

    public int waiting() {
        return pending.values().stream().mapToInt(Set::size).sum();
    }
}
