package io.nianbao.contract;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a component that shapes a record: the parser ({@code parse-<release>+<hash>}) or the rule set
 * ({@code rules-<release>+<hash>}). The release is a counter that a person raises when the component's output
 * changes on purpose; the hash is taken from the component's content (its code or rule catalogue), so that two
 * builds that differ are never mistaken for one another even when nobody raised the release.
 *
 * <p>Order: by release; within one release, versions with different hashes are {@link Order#CONCURRENT}
 * (neither is older: the caller decides, e.g. the newest arrival wins). A string that is not of this form
 * (older records: {@code parse-1.0}, {@code rules-1.0+abc}) parses with release 0 and orders before all
 * current versions.
 */
public record ComponentVersion(String component, int release, String hash) {

    public static final String PARSER = "parse";
    public static final String RULES = "rules";

    private static final Pattern FORM = Pattern.compile("([a-z]+)-(\\d{1,9})\\+([0-9a-f]{4,64})");

    public enum Order { OLDER, SAME, NEWER, CONCURRENT }

    public ComponentVersion {
        Objects.requireNonNull(component, "component");
        if (release < 0) {
            throw new IllegalArgumentException("release must be >= 0");
        }
        hash = hash == null ? "" : hash;
    }

    public static ComponentVersion of(String component, int release, String hash) {
        return new ComponentVersion(component, release, hash);
    }

    /** Parses the string form; null for null. Unknown forms are release 0 with the whole string as hash. */
    public static ComponentVersion parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = FORM.matcher(s.trim());
        if (m.matches()) {
            return new ComponentVersion(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        int dash = s.indexOf('-');
        String component = dash > 0 ? s.substring(0, dash) : s;
        return new ComponentVersion(component, 0, s.trim());
    }

    /** How {@code incoming} stands to {@code stored}; a missing version is older than any present one. */
    public static Order compare(String incoming, String stored) {
        ComponentVersion a = parse(incoming);
        ComponentVersion b = parse(stored);
        if (a == null && b == null) {
            return Order.SAME;
        }
        if (a == null) {
            return Order.OLDER;
        }
        if (b == null) {
            return Order.NEWER;
        }
        return a.compareTo(b);
    }

    public Order compareTo(ComponentVersion other) {
        if (release != other.release) {
            return release > other.release ? Order.NEWER : Order.OLDER;
        }
        return hash.equals(other.hash) ? Order.SAME : Order.CONCURRENT;
    }

    @Override
    public String toString() {
        return release == 0 && !FORM.matcher(component + "-0+" + hash).matches() ? hash
                : component + "-" + release + "+" + hash;
    }
}
