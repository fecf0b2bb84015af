package io.nianbao.parse.extract;

import java.time.Duration;

/**
 * Bounds of the work done on one document, and of the extraction threads of one parse instance.
 *
 * @param maxBytes     largest document accepted
 * @param maxChars     longest text kept (the rest is cut, with a note)
 * @param timeout      longest extraction; past it the work is stopped and the document refused as TIMEOUT
 * @param workers      extraction threads that run at once (more callers wait for one)
 * @param maxAbandoned timed-out extractions whose thread did not stop (a parser deaf to interrupts) that may
 *                     still run; each holds a thread of its own beyond {@code workers}; at the cap the instance
 *                     reports itself not live (see {@link DocumentExtractor#abandoned()}) so that it is restarted
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeout, int workers, int maxAbandoned) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_WORKERS = 4;
    public static final int DEFAULT_MAX_ABANDONED = 4;

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
    }

    public ExtractionLimits(long maxBytes, int maxChars, Duration timeout) {
        this(maxBytes, maxChars, timeout, DEFAULT_WORKERS, DEFAULT_MAX_ABANDONED);
    }

    public ExtractionLimits {
        if (maxBytes <= 0 || maxChars <= 0 || timeout == null || timeout.isNegative() || timeout.isZero()
                || workers <= 0 || maxAbandoned < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
