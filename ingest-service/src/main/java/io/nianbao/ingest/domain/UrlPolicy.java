package io.nianbao.ingest.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Which URLs may be fetched at all (before DNS): absolute http/https with a host and no credentials. */
public final class UrlPolicy {
    private UrlPolicy() {
    }

    /** The parsed URI, or a refusal reason. */
    public static Result check(String url) {
        if (url == null || url.isBlank()) {
            return Result.refused("empty URL");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Result.refused("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Result.refused("scheme '" + (scheme.isEmpty() ? "(none)" : scheme) + "' is not fetched; only http and https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Result.refused("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Result.refused("credentials in URLs are not accepted");
        }
        return new Result(Optional.of(uri), null);
    }

    public record Result(Optional<URI> uri, String refusal) {
        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }

        public boolean ok() {
            return refusal == null;
        }
    }
}
