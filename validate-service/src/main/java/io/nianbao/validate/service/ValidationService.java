package io.nianbao.validate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.config.ValidateConfig;
import io.nianbao.validate.domain.Rule;
import io.nianbao.validate.domain.RuleEngine;
import io.nianbao.validate.domain.RuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Validates parsed records with the rule catalogue and counts what it finds. Deterministic: the same input JSON gives
 * the same output JSON (findings in catalogue order, no clock, no randomness), so a redelivered message yields the
 * same validated record and consumers may de-duplicate on documentId + ruleSetVersion.
 */
@ApplicationScoped
public class ValidationService {
    private static final Logger LOG = Logger.getLogger(ValidationService.class);

    private final RuleEngine engine;
    private final MeterRegistry meters;
    private final ObjectMapper mapper;

    public ValidationService(ValidateConfig config, MeterRegistry meters, ObjectMapper mapper) {
        this.meters = meters;
        this.mapper = mapper;
        List<String> disabled = config.disabledRules().orElse(List.of());
        RuleRegistry registry = new RuleRegistry(RuleRegistry.standard().rules().stream()
                .filter(r -> !disabled.contains(r.id())).toList());
        boolean strict = config.failOnRuleError();
        this.engine = new RuleEngine(registry, (rule, e) -> {
            meters.counter("nianbao.validate.rule.failures", "rule", rule.id()).increment();
            if (strict) {
                throw e;
            }
            LOG.errorf(e, "rule %s failed; the record is validated without it", rule.id());
        });
        LOG.infof("rule set %s: %d rules%s", engine.ruleSetVersion(), registry.rules().size(),
                disabled.isEmpty() ? "" : " (disabled: " + disabled + ")");
    }

    public List<Rule> rules() {
        return engine.registry().rules();
    }

    public String ruleSetVersion() {
        return engine.ruleSetVersion();
    }

    /** Validates the record in place and returns it. */
    public ReportRecord validate(ReportRecord record) {
        engine.validate(record);
        for (ReportRecord.Finding f : record.findings) {
            meters.counter("nianbao.validate.findings", "rule", f.ruleId, "severity", f.severity).increment();
        }
        meters.counter("nianbao.validate.records", "status", record.summary.status).increment();
        return record;
    }

    /** Reads a parsed record from JSON; {@link InvalidRecordException} when it is not one. */
    public ReportRecord read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidRecordException("empty body: a parsed record (JSON object) is expected");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException("a parsed record must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        try {
            return mapper.treeToValue(node, ReportRecord.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not a parsed record: " + e.getOriginalMessage(), e);
        }
    }

    public String write(ReportRecord record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the validated record", e);
        }
    }
}
