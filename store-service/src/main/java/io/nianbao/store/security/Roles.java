package io.nianbao.store.security;

/** Roles given by an API key, and where the key is taken from. */
public final class Roles {
    /** May call the write endpoints (POST /api/admin/**). */
    public static final String ADMIN = "admin";
    /** May read when {@code nianbao.security.protect-reads=true}. */
    public static final String READER = "reader";
    public static final String API_KEY_HEADER = "X-API-Key";
    public static final String CHALLENGE = "ApiKey header=\"" + API_KEY_HEADER + "\"";

    private Roles() {
    }
}
