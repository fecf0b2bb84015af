package io.nianbao.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** store-service settings ({@code nianbao.store.*}). */
@ConfigMapping(prefix = "nianbao.store")
public interface StoreConfig {
    /** COPIED_TEXT threshold: Jaccard similarity of the narratives' 5-gram shingles (numbers ignored). */
    @WithDefault("0.9")
    double copiedTextThreshold();

    /** Narratives shorter than this (characters after normalization) are not compared. */
    @WithDefault("200")
    int copiedTextMinChars();

    /** At most this many same-year reports of other agencies are compared with a new report. */
    @WithDefault("200")
    int copiedTextCandidates();

    /** Largest page size of GET /api/reports. */
    @WithDefault("200")
    int maxPageSize();

    /** Largest number of rows an export writes. */
    @WithDefault("100000")
    int maxExportRows();
}
