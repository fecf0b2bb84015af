package io.nianbao.validate.rest;

import io.nianbao.validate.domain.Rule;

import java.util.List;

/** One entry of the catalogue served by GET /api/rules. */
public record RuleDescription(String id, String severity, String titleZh, String titleEn, String descriptionZh,
                              String descriptionEn, List<String> templates, Integer fromYear, Integer toYear,
                              int version) {
    public static RuleDescription of(Rule r) {
        return new RuleDescription(r.id(), r.severity(), r.titleZh(), r.titleEn(), r.descriptionZh(), r.descriptionEn(),
                r.templates().stream().sorted().toList(), r.fromYear(), r.toYear(), r.version());
    }

    /** The catalogue: the rule-set version and the rules in the order findings are reported. */
    public record Catalogue(String ruleSetVersion, List<RuleDescription> rules) {
    }
}
