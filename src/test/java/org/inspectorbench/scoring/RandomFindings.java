package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Valid random findings for any rubric: an item of the place's scope, one of its rules, a fitting input. */
final class RandomFindings {

    private final ScoringEngine engine;
    private final Random random;
    private final LocalDate monitoringDate;

    RandomFindings(ScoringEngine engine, Random random, LocalDate monitoringDate) {
        this.engine = engine;
        this.random = random;
        this.monitoringDate = monitoringDate;
    }

    FindingInput finding(String id, Part.Scope scope) {
        List<org.inspectorbench.rubric.RubricIndex.ItemRef> items = new ArrayList<>();
        for (var ref : engine.index().items()) {
            if (ref.part().scope() == scope) {
                items.add(ref);
            }
        }
        var ref = items.get(random.nextInt(items.size()));
        Rule rule = ref.item().rules().get(random.nextInt(ref.item().rules().size()));
        if (rule.kind() != Rule.Kind.MEASURE) {
            int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            return new FindingInput(id, ref.path(), rule.id(), random.nextBoolean() && count == 1 ? null : count,
                    null, "note " + id, null, null);
        }
        return new FindingInput(id, ref.path(), rule.id(), null, value(rule), null, null, null);
    }

    String value(Rule rule) {
        return switch (rule.measure().type()) {
            case DATE -> monitoringDate.minusDays(random.nextInt(240)).toString();
            case FRACTION -> List.of("0", "0.3", "0.5", "0.79", "0.8", "85%", "94%", "0.99", "1").get(random.nextInt(9));
            case NUMBER -> Integer.toString(random.nextInt(300_001));
            case WORKING_DAYS -> {
                LocalDate asked = LocalDate.of(2022, 9, 1).plusDays(random.nextInt(80));
                yield random.nextInt(5) == 0 ? asked + "/" : asked + "/" + asked.plusDays(random.nextInt(15));
            }
        };
    }

    Part.Scope scope() {
        Part.Scope[] scopes = Part.Scope.values();
        return scopes[random.nextInt(scopes.length)];
    }
}
