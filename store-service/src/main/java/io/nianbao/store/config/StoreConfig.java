package io.nianbao.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** store-service settings ({@code nianbao.store.*}). */
@ConfigMapping(prefix = "nianbao.store")
public interface StoreConfig {
    /** COPIED_TEXT threshold: Jaccard similarity of the narratives' 5-gram shingles (numbers ignored), as estimated by their MinHash sketches. */
    @WithDefault("0.9")
    double copiedTextThreshold();

    /** Narratives shorter than this (characters after normalization) are not compared. */
    @WithDefault("200")
    int copiedTextMinChars();

    /** At most this many same-year reports of other agencies sharing an LSH band are compared with a report. */
    @WithDefault("200")
    int copiedTextCandidates();

    /** First wait before retrying a batch the database could not take (doubled on each failure). */
    @WithDefault("200ms")
    Duration retryInitial();

    /** Longest wait between two attempts while the database is unreachable. */
    @WithDefault("30s")
    Duration retryMax();

    /** Outbox rows published per relay round. */
    @WithDefault("500")
    int outboxBatch();

    /** How often the relay looks for unsent outbox rows (besides after every stored batch). */
    @WithDefault("2s")
    Duration outboxInterval();

    /** Sent outbox rows older than this are deleted. */
    @WithDefault("P7D")
    Duration outboxRetention();

    /** Largest page size of GET /api/reports. */
    @WithDefault("200")
    int maxPageSize();

    /** Largest number of rows an export writes. */
    @WithDefault("100000")
    int maxExportRows();
}
