package io.nianbao.ingest.service;

import io.nianbao.ingest.config.IngestConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Polls {@code nianbao.ingest.inbox.dir} every {@code inbox.poll-interval} (disabled when the dir is unset). */
@ApplicationScoped
public class InboxService {
    private static final Logger LOG = Logger.getLogger(InboxService.class);

    @Inject
    IngestConfig config;
    @Inject
    IngestService ingest;

    private ScheduledExecutorService scheduler;
    private volatile InboxProcessor processor;
    private volatile String problem;

    void start(@Observes StartupEvent ev) {
        Optional<Path> dir = config.inbox().dir();
        if (dir.isEmpty()) {
            return;
        }
        try {
            processor = new InboxProcessor(dir.get(), config.inbox().stablePolls(), config.maxBytes(), ingest::ingest);
        } catch (IOException e) {
            problem = "cannot prepare inbox " + dir.get() + ": " + e;
            LOG.error(problem);
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inbox-poller");
            t.setDaemon(true);
            return t;
        });
        long every = config.inbox().pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        LOG.infof("inbox %s polled every %d ms", dir.get(), every);
    }

    private void poll() {
        if (!ingest.memoryLoaded()) {
            // a re-scan after a crash must recognise the files already published: wait for the duplicate memory
            return;
        }
        try {
            InboxProcessor.Poll p = processor.pollOnce(Integer.MAX_VALUE);
            problem = null;
            if (p.handled() > 0 || p.retried() > 0) {
                LOG.infof("inbox: %d published, %d duplicates, %d failed, %d left for retry", p.published(),
                        p.duplicates(), p.failed(), p.retried());
            }
        } catch (RuntimeException e) {
            problem = e.toString();
            LOG.warn("inbox poll failed", e);
        }
    }

    void stop(@Observes ShutdownEvent ev) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    public boolean enabled() {
        return processor != null || problem != null;
    }

    public Optional<Path> dir() {
        return config.inbox().dir();
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
