package io.nianbao.parse.extract;

import java.time.Duration;

/** Bounds of the work done on one document. */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeout) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
    }

    public ExtractionLimits {
        if (maxBytes <= 0 || maxChars <= 0 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
