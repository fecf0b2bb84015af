package io.nianbao.validate.domain;

import io.nianbao.validate.domain.rules.AgencyUnresolvedRule;
import io.nianbao.validate.domain.rules.AppBalanceRule;
import io.nianbao.validate.domain.rules.AppTotalColumnRule;
import io.nianbao.validate.domain.rules.AppTotalRowRule;
import io.nianbao.validate.domain.rules.CountNotWholeRule;
import io.nianbao.validate.domain.rules.EmptyCellsRule;
import io.nianbao.validate.domain.rules.FeeNotReportedRule;
import io.nianbao.validate.domain.rules.OtherJurisdictionRule;
import io.nianbao.validate.domain.rules.ParseIncompleteRule;
import io.nianbao.validate.domain.rules.ParseUncertainRule;
import io.nianbao.validate.domain.rules.PublishedLateRule;
import io.nianbao.validate.domain.rules.ReviewTotalRule;
import io.nianbao.validate.domain.rules.RuleFailedRule;
import io.nianbao.validate.domain.rules.SectionMissingRule;
import io.nianbao.validate.domain.rules.StockFlowRule;
import io.nianbao.validate.domain.rules.TemplateOutdatedRule;
import io.nianbao.validate.domain.rules.TextApplicationsRule;
import io.nianbao.validate.domain.rules.TextBreakdownRule;
import io.nianbao.validate.domain.rules.TextReviewRule;
import io.nianbao.validate.domain.rules.TextSameFigureRule;
import io.nianbao.validate.domain.rules.YearMismatchRule;

import java.util.List;
import java.util.Optional;

/** The catalogue: every one-record rule of RULES.md, in the order findings are reported. */
public final class RuleRegistry {
    private final List<Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        long distinct = rules.stream().map(Rule::id).distinct().count();
        if (distinct != rules.size()) {
            throw new IllegalArgumentException("duplicate rule ids in " + rules);
        }
    }

    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new AppBalanceRule(),
                new AppTotalRowRule(),
                new AppTotalColumnRule(),
                new ReviewTotalRule(),
                new CountNotWholeRule(),
                new StockFlowRule(),
                new EmptyCellsRule(),
                new TextApplicationsRule(),
                new TextReviewRule(),
                new TextBreakdownRule(),
                new TextSameFigureRule(),
                new SectionMissingRule(),
                new TemplateOutdatedRule(),
                new FeeNotReportedRule(),
                new PublishedLateRule(),
                new YearMismatchRule(),
                new OtherJurisdictionRule(),
                new AgencyUnresolvedRule(),
                new ParseUncertainRule(),
                new ParseIncompleteRule(),
                new RuleFailedRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
