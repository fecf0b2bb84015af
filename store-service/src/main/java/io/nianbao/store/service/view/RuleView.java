package io.nianbao.store.service.view;

/** A rule of the catalogue (store's history rules) or seen in stored findings, with the number of findings. */
public record RuleView(String ruleId, String severity, String origin, String description, long findings) {
}
