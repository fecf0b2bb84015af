package io.nianbao.validate.real;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.nianbao.contract.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a person who read a real report expects of the rules (src/test/resources/real-findings/&lt;stem&gt;.json):
 * the rules that must fire (its real inconsistencies, and the info a reader needs) and the warning/error rules that
 * would be false alarms on it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class FindingsTruth {
    public String document;
    public List<String> mustFire = new ArrayList<>();
    public List<String> mustNotFire = new ArrayList<>();
    /** Why, per rule id: what in the report makes it fire or not. */
    public Map<String, String> why;

    public static FindingsTruth of(String stem) {
        try (InputStream in = FindingsTruth.class.getResourceAsStream("/real-findings/" + stem + ".json")) {
            if (in == null) {
                return null;
            }
            return Json.read(in.readAllBytes(), FindingsTruth.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
