package io.nianbao.parse.config;

import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.parse.extract.ExtractionLimits;
import io.nianbao.parse.service.RecentDeliveries;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain-Java pieces as beans, configured from {@link ParseConfig}. */
public class ParseBeans {

    @Produces
    @Singleton
    DocumentExtractor extractor(ParseConfig config) {
        return new DocumentExtractor(new ExtractionLimits(config.maxBytes(), config.maxChars(), config.timeout(),
                config.extractionWorkers(), config.maxAbandonedExtractions()));
    }

    void close(@Disposes DocumentExtractor extractor) {
        extractor.close();
    }

    @Produces
    @Singleton
    ReportParser reportParser() {
        return new ReportParser();
    }

    @Produces
    @Singleton
    RecentDeliveries recentDeliveries(ParseConfig config) {
        return new RecentDeliveries(config.dedupeCapacity());
    }
}
