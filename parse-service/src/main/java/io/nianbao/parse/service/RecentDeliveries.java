package io.nianbao.parse.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded LRU of deliveries already parsed and published (or being parsed). The key is the documentId together with the delivery's
 * metadata (file name, source URL, received-at...), so only an EXACT re-delivery (Kafka handing the same record
 * again after a rebalance or a retry) is skipped; the same bytes submitted again with other metadata are parsed
 * again. It is in memory: after a restart a re-delivery is parsed again, which is harmless because the record is
 * deterministic (same bytes and metadata give the same event) and the store dedupes on documentId.
 */
public final class RecentDeliveries {
    private final Map<String, Boolean> lru;

    public RecentDeliveries(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.lru = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key of one delivery: documentId and every metadata value, in a fixed order. */
    public static String key(String documentId, String... metadata) {
        StringBuilder sb = new StringBuilder(documentId);
        for (String m : metadata) {
            sb.append('\u0000').append(m == null ? "" : m);
        }
        return sb.toString();
    }

    /**
     * Claims a delivery before working on it: false when the same delivery is already done or under way (two
     * copies of one record consumed concurrently). A claim whose work fails is {@link #release}d.
     */
    public synchronized boolean tryClaim(String key) {
        if (lru.get(key) != null) {
            return false;
        }
        lru.put(key, Boolean.TRUE);
        return true;
    }

    public synchronized void release(String key) {
        lru.remove(key);
    }

    public synchronized boolean contains(String key) {
        return lru.get(key) != null;
    }

    public synchronized void add(String key) {
        lru.put(key, Boolean.TRUE);
    }

    public synchronized int size() {
        return lru.size();
    }
}
