package io.nianbao.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inbox state machine for files that may still be being written: a file is READY once its size and
 * modification time were the same in {@code stablePolls} consecutive polls after it was first seen; any change
 * resets the count. Temporary names (dotfiles, {@code *.part}, {@code *.tmp}, {@code *.crdownload},
 * {@code *.partial}, {@code *~}, {@code *.reason.txt}) are never picked up, so a writer can write under a
 * temporary name and rename. Not thread-safe: one poller owns it.
 */
public final class InboxTracker {
    /** What a poll saw of one file. */
    public record FileState(long size, long modifiedMillis) {
    }

    private record Observation(FileState state, int stableCount) {
    }

    private final int stablePolls;
    private final Map<String, Observation> seen = new HashMap<>();

    public InboxTracker(int stablePolls) {
        if (stablePolls < 1) {
            throw new IllegalArgumentException("stablePolls must be at least 1");
        }
        this.stablePolls = stablePolls;
    }

    public static boolean ignored(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".crdownload")
                || n.endsWith(".partial") || n.endsWith("~") || n.endsWith(".reason.txt");
    }

    /**
     * Records one poll (the regular files in the inbox, by name) and returns the names that are ready, in
     * name order. Files no longer present are forgotten.
     */
    public List<String> poll(Map<String, FileState> listing) {
        seen.keySet().retainAll(listing.keySet());
        List<String> ready = new ArrayList<>();
        for (Map.Entry<String, FileState> e : listing.entrySet()) {
            if (ignored(e.getKey())) {
                continue;
            }
            Observation before = seen.get(e.getKey());
            Observation now = before != null && before.state().equals(e.getValue())
                    ? new Observation(e.getValue(), before.stableCount() + 1)
                    : new Observation(e.getValue(), 0);
            seen.put(e.getKey(), now);
            if (now.stableCount() >= stablePolls) {
                ready.add(e.getKey());
            }
        }
        ready.sort(null);
        return ready;
    }

    /** Forgets a file (after it was moved away). */
    public void forget(String name) {
        seen.remove(name);
    }

    public int tracked() {
        return seen.size();
    }
}
