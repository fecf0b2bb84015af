package io.nianbao.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings under {@code nianbao.ingest.*}. */
@ConfigMapping(prefix = "nianbao.ingest")
public interface IngestConfig {
    /** Largest document accepted, in bytes (default 16 MiB). Keep below the topic's max.message.bytes. */
    @WithDefault("16777216")
    long maxBytes();

    /** Base URL of store-service, for the {@code store} link of answers. */
    @WithDefault("http://127.0.0.1:8084")
    String storeUrl();

    /** How long a publish may take before the request is answered 503. */
    @WithDefault("30s")
    Duration publishTimeout();

    /**
     * How long a valid submission waits at startup for the duplicate memory (reports.raw.keys) to be loaded;
     * after that it is checked against what is loaded so far and published if unknown.
     */
    @WithDefault("5s")
    Duration indexWait();

    Inbox inbox();

    Fetch fetch();

    @WithName("wait")
    Waiting waiting();

    interface Inbox {
        /** The folder watched; the inbox is disabled when unset. */
        Optional<Path> dir();

        @WithDefault("2s")
        Duration pollInterval();

        /** Polls a file's size and mtime must stay unchanged before it is taken. */
        @WithDefault("2")
        int stablePolls();
    }

    interface Fetch {
        /** Allow loopback, link-local and private addresses (only for tests and closed networks). */
        @WithDefault("false")
        boolean allowPrivate();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Whole-response timeout of each hop. */
        @WithDefault("30s")
        Duration readTimeout();

        @WithDefault("5")
        int maxRedirects();

        /** Most URLs in one request. */
        @WithDefault("20")
        int maxUrls();

        @WithDefault("nianbao-ingest/0.1 (+https://github.com/nianbao)")
        String userAgent();
    }

    interface Waiting {
        /** Upper bound of {@code ?wait=N}. */
        @WithDefault("120s")
        Duration max();

    }
}
