package io.nianbao.ingest.domain;

/** Decides whether detected bytes are taken, and if not, why (with a detail a person can act on). */
public final class AcceptancePolicy {
    private final long maxBytes;

    public AcceptancePolicy(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The verdict for a document of {@code size} bytes detected as {@code detection} (null when too large/empty). */
    public Verdict decide(long size, Detection detection) {
        if (size == 0) {
            return Verdict.refused(Refusal.EMPTY, "The document is empty (0 bytes).");
        }
        if (size > maxBytes) {
            return tooLarge();
        }
        Detection.Kind kind = detection.kind();
        if (kind.isDocument()) {
            return Verdict.accepted(detection);
        }
        String type = detection.mediaType();
        return switch (kind) {
            case IMAGE -> Verdict.refused(Refusal.IMAGE_NEEDS_OCR,
                    "Detected " + type + ": images without a text layer need OCR, which is not configured.");
            case EXECUTABLE -> Verdict.refused(Refusal.EXECUTABLE,
                    "Detected " + type + ": executables and scripts are never accepted.");
            case ARCHIVE -> Verdict.refused(Refusal.ARCHIVE,
                    "Detected " + type + ": archives are not unpacked; send the report files themselves "
                            + "(DOCX and OFD are recognised by their content).");
            default -> Verdict.refused(Refusal.NOT_A_DOCUMENT,
                    "Detected " + type + ", which is not an accepted document type. "
                            + Refusal.NOT_A_DOCUMENT.defaultDetail());
        };
    }

    public Verdict tooLarge() {
        return Verdict.refused(Refusal.TOO_LARGE,
                "The document is larger than the limit of " + maxBytes + " bytes (nianbao.ingest.max-bytes).");
    }

    public record Verdict(Detection detection, Refusal refusal, String detail) {
        static Verdict accepted(Detection d) {
            return new Verdict(d, null, null);
        }

        static Verdict refused(Refusal r, String detail) {
            return new Verdict(null, r, detail);
        }

        public boolean isAccepted() {
            return refusal == null;
        }
    }
}
