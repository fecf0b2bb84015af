package io.nianbao.parse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code nianbao.parse.*}: the bounds of the work on one document and the re-delivery memory. */
@ConfigMapping(prefix = "nianbao.parse")
public interface ParseConfig {
    /** Largest document accepted, in bytes (larger: refused, 413 on REST, dead letter on Kafka). */
    @WithDefault("20971520")
    long maxBytes();

    /** Extracted text is cut at this many characters (a TEXT_TRUNCATED parse note says so). */
    @WithDefault("2000000")
    int maxChars();

    /** Longest extraction of one document before it is abandoned as unreadable. */
    @WithDefault("30s")
    Duration timeout();

    /** Extraction threads that run at once per instance (callers beyond wait). */
    @WithDefault("4")
    int extractionWorkers();

    /**
     * Timed-out extractions that ignored their interrupt and may still hold a thread; at this count the instance
     * reports itself not live (restart).
     */
    @WithDefault("4")
    int maxAbandonedExtractions();

    /** How many recently published deliveries the Kafka consumer remembers to skip exact re-deliveries. */
    @WithDefault("10000")
    int dedupeCapacity();
}
