package io.nianbao.validate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Settings of the validate stage ({@code nianbao.validate.*}). */
@ConfigMapping(prefix = "nianbao.validate")
public interface ValidateConfig {
    /** Rule ids switched off (the rule-set version changes with them). */
    Optional<List<String>> disabledRules();

    /**
     * What a rule that throws does: false (default) = log it, count it in
     * {@code nianbao_validate_rule_failures_total} and validate without that rule; true = the record fails (and goes
     * to the dead-letter topic).
     */
    @WithDefault("false")
    boolean failOnRuleError();
}
