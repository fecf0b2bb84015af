package io.nianbao.ingest.security;

/** Roles given by an API key. */
public final class Roles {
    /** May submit documents (every POST). */
    public static final String WRITER = "writer";
    /** May read (GET /api/...) when {@code nianbao.security.protect-reads=true}. */
    public static final String READER = "reader";

    /** The request headers a key is taken from. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private Roles() {
    }
}
