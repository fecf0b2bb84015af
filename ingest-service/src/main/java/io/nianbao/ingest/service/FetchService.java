package io.nianbao.ingest.service;

import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.AddressPolicy;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.InetAddress;

/** Fetches URLs (see {@link UrlFetcher} for the safeguards) and ingests what they deliver. */
@ApplicationScoped
public class FetchService {
    @Inject
    IngestConfig config;
    @Inject
    IngestService ingest;

    private volatile UrlFetcher fetcher;

    UrlFetcher fetcher() {
        if (fetcher == null) {
            synchronized (this) {
                if (fetcher == null) {
                    IngestConfig.Fetch f = config.fetch();
                    fetcher = new UrlFetcher(new AddressPolicy(f.allowPrivate()), f.connectTimeout(), f.readTimeout(),
                            f.maxRedirects(), config.maxBytes(), f.userAgent(), InetAddress::getAllByName);
                }
            }
        }
        return fetcher;
    }

    void stop(@Observes ShutdownEvent ev) {
        if (fetcher != null) {
            fetcher.close();
        }
    }

    public record FetchResult(String url, String finalUrl, IngestResult result) {
    }

    public FetchResult fetch(String url, String agencyHint) {
        UrlFetcher.Outcome o = fetcher().fetch(url);
        if (!o.ok()) {
            return new FetchResult(url, null, ingest.refuse(o.refusal(), o.detail(), null, Submission.FETCH));
        }
        String finalUrl = o.finalUri().toString();
        IngestResult r = ingest.ingest(new Submission(o.bytes(), o.fileName(), o.contentType(), finalUrl, agencyHint,
                Submission.FETCH));
        return new FetchResult(url, finalUrl, r);
    }
}
