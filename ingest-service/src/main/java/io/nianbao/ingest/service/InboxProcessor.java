package io.nianbao.ingest.service;

import io.nianbao.ingest.domain.InboxTracker;
import io.nianbao.ingest.domain.Refusal;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One inbox folder: files dropped there are ingested once stable ({@link InboxTracker}) and moved to
 * {@code done/} (published or already known) or {@code failed/} (refused; with {@code <name>.reason.txt}).
 * A file is moved only after the publish was acknowledged; if publishing fails it stays and is retried on a later
 * poll. After a crash between the acknowledgement and the move, the next instance re-scans the folder and the
 * duplicate check by documentId answers "duplicate", so the file is moved without a second publish.
 * Plain Java: {@link InboxService} schedules it; tests drive {@link #pollOnce(int)} directly.
 */
public final class InboxProcessor {
    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final Path dir;
    private final Path done;
    private final Path failed;
    private final InboxTracker tracker;
    private final long maxBytes;
    private final Function<Submission, IngestResult> ingest;

    public InboxProcessor(Path dir, int stablePolls, long maxBytes, Function<Submission, IngestResult> ingest) throws IOException {
        this.dir = dir;
        this.done = dir.resolve(DONE);
        this.failed = dir.resolve(FAILED);
        this.tracker = new InboxTracker(stablePolls);
        this.maxBytes = maxBytes;
        this.ingest = ingest;
        Files.createDirectories(done);
        Files.createDirectories(failed);
    }

    public Path dir() {
        return dir;
    }

    /** Result of one poll. */
    public record Poll(int published, int duplicates, int failed, int retried) {
        public int handled() {
            return published + duplicates + failed;
        }
    }

    /** Scans once and handles at most {@code maxFiles} ready files (in name order). */
    public synchronized Poll pollOnce(int maxFiles) {
        Map<String, InboxTracker.FileState> listing = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(f, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (a.isRegularFile()) {
                    listing.put(f.getFileName().toString(),
                            new InboxTracker.FileState(a.size(), a.lastModifiedTime().toMillis()));
                }
            }
        } catch (IOException e) {
            LOG.warnf("cannot list inbox %s: %s", dir, e);
            return new Poll(0, 0, 0, 0);
        }
        List<String> ready = tracker.poll(listing);
        int published = 0, duplicates = 0, failedCount = 0, retried = 0;
        for (String name : ready.subList(0, Math.min(maxFiles, ready.size()))) {
            IngestResult r = handle(dir.resolve(name));
            if (r == null) {
                continue;
            }
            if (r.status() >= 500) {
                retried++;
                continue;
            }
            try {
                if (r.isRefused()) {
                    Path target = move(dir.resolve(name), failed);
                    Files.writeString(failed.resolve(target.getFileName() + ".reason.txt"),
                            r.status() + " " + r.refusal().code() + ": " + r.detail() + "\n", StandardCharsets.UTF_8);
                    failedCount++;
                } else {
                    move(dir.resolve(name), done);
                    if (r.duplicate()) {
                        duplicates++;
                    } else {
                        published++;
                    }
                }
                tracker.forget(name);
            } catch (IOException e) {
                LOG.warnf("cannot move inbox file %s: %s (it will be seen again; dedupe prevents a second publish)", name, e);
            }
        }
        return new Poll(published, duplicates, failedCount, retried);
    }

    private IngestResult handle(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                return IngestResult.refused(Refusal.TOO_LARGE,
                        "The file is larger than the limit of " + maxBytes + " bytes (nianbao.ingest.max-bytes).", name, null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = io.nianbao.ingest.domain.BoundedReader.read(in, maxBytes);
            }
        } catch (io.nianbao.ingest.domain.BoundedReader.TooLargeException e) {
            return IngestResult.refused(Refusal.TOO_LARGE, "The file grew beyond " + maxBytes + " bytes.", name, null);
        } catch (NoSuchFileException e) {
            tracker.forget(name);
            return null;
        } catch (IOException e) {
            LOG.warnf("cannot read inbox file %s: %s", file, e);
            return null;
        }
        return ingest.apply(new Submission(bytes, name, null, null, null, Submission.INBOX));
    }

    /** Moves into {@code target}, never overwriting: a taken name gets a timestamp suffix. */
    private static Path move(Path source, Path targetDir) throws IOException {
        String name = source.getFileName().toString();
        Path target = targetDir.resolve(name);
        if (Files.exists(target)) {
            int dot = name.lastIndexOf('.');
            String stamp = "-" + Instant.now().toEpochMilli();
            String unique = dot > 0 ? name.substring(0, dot) + stamp + name.substring(dot) : name + stamp;
            target = targetDir.resolve(unique);
        }
        try {
            return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(source, target);
        }
    }
}
