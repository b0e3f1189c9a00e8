package org.inspectorbench.store;

import org.inspectorbench.rubric.Applicability;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.rubric.VetoCondition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Checks a draft against the campaign's rubric and the unit it is about, before anything is
 * stored: the item and rule exist, the website or account belongs to the unit, the item applies
 * to the unit. Returns the draft completed where there is only one possible answer (a unit with
 * one website).
 */
final class FindingRules {

    private final RubricIndex rubric;
    private final Map<String, Unit> units;

    FindingRules(RubricIndex rubric, Map<String, Unit> units) {
        this.rubric = rubric;
        this.units = units;
    }

    FindingDraft check(FindingDraft d) {
        if (d.unit() == null || !units.containsKey(d.unit())) {
            throw unknownUnit(d.unit());
        }
        Unit unit = units.get(d.unit());
        if (d.kind() == null || d.item() == null) {
            throw bad("a finding of " + d.unit() + " has no kind or item");
        }
        if (d.count() != null && d.count() < 0) {
            throw bad(d.item() + " rule " + d.rule() + " of " + d.unit() + ": count " + d.count() + " is negative");
        }
        Part.Scope scope;
        Applicability applicability;
        if (d.kind() == Finding.Kind.RULE) {
            RubricIndex.ItemRef ref = rubric.item(d.item()).orElseThrow(() -> bad("unknown item “" + d.item()
                    + "” (unit " + d.unit() + ")" + suggest(d.item(), rubric.itemPaths())));
            Rule rule = ref.rule(d.rule()).orElseThrow(() -> bad(d.item() + " has no rule “" + d.rule()
                    + "” (unit " + d.unit() + "); its rules are " + ref.ruleIds()));
            if (rule.kind() == Rule.Kind.MEASURE && (d.value() == null || d.value().isBlank())) {
                throw bad(d.item() + " rule " + d.rule() + " (unit " + d.unit() + ") is a measurement: give a value");
            }
            scope = ref.part().scope();
            applicability = ref.item().applicability();
        } else {
            Veto veto = rubric.veto(d.item()).orElseThrow(() -> bad("unknown veto “" + d.item() + "” (unit "
                    + d.unit() + ")" + suggest(d.item(), rubric.vetoPaths())));
            if (d.rule() != null && veto.conditions() != null
                    && veto.conditions().stream().map(VetoCondition::id).noneMatch(d.rule()::equals)) {
                throw bad("veto " + d.item() + " has no condition “" + d.rule() + "”; its conditions are "
                        + veto.conditions().stream().map(VetoCondition::id).toList());
            }
            scope = rubric.part(veto.target()).map(Part::scope).orElse(Part.Scope.UNIT);
            applicability = veto.applicability();
        }
        if (applicability != null && !applicability.appliesTo(unit.kind(), unit.tags())) {
            throw bad(d.item() + " 不适用 (does not apply to " + d.unit() + ", a " + unit.kind() + ")"
                    + (applicability.reason() == null ? "" : ": " + applicability.reason()));
        }
        return checkTarget(d, unit, scope);
    }

    private FindingDraft checkTarget(FindingDraft d, Unit unit, Part.Scope scope) {
        List<String> sites = unit.websites().stream().map(Website::name).toList();
        List<String> accounts = unit.accounts().stream().map(Account::name).toList();
        switch (scope) {
            case WEBSITE -> {
                if (d.account() != null) {
                    throw bad(d.item() + " is about a website, not the account " + d.account());
                }
                if (d.site() == null) {
                    if (sites.size() != 1) {
                        throw bad(d.item() + " (unit " + d.unit() + "): name the website, one of " + sites);
                    }
                    return d.withSite(sites.get(0));
                }
                if (!sites.contains(d.site())) {
                    throw bad(d.unit() + " has no website “" + d.site() + "”; its websites are " + sites);
                }
                return d;
            }
            case NEW_MEDIA -> {
                if (d.site() != null) {
                    throw bad(d.item() + " is about new media, not the website " + d.site());
                }
                if (d.account() != null && !accounts.contains(d.account())) {
                    throw bad(d.unit() + " has no new-media account “" + d.account() + "”; its accounts are "
                            + accounts + " (add accounts with `inspector lists import`)");
                }
                return d;
            }
            default -> {
                if (d.site() != null || d.account() != null) {
                    throw bad(d.item() + " is about the unit as a whole, not a website or account");
                }
                return d;
            }
        }
    }

    private static String suggest(String name, java.util.Collection<String> known) {
        if (name == null || known.isEmpty()) {
            return "";
        }
        return "; did you mean " + RubricIndex.closest(name, known, 3) + "?";
    }

    static WorkspaceException bad(String message) {
        return new WorkspaceException(Reason.INVALID_INPUT, message);
    }

    WorkspaceException unknownUnit(String name) {
        return bad("unknown unit “" + name + "”" + suggest(name, units.keySet()));
    }

    Optional<Unit> unit(String name) {
        return Optional.ofNullable(units.get(name));
    }
}
