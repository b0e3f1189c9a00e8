package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's scorecard: total, 等次, 绩效, the parts with their verdicts, the bonus gate and every item.
 *
 * @param total              the sum of the non-bonus parts and the counted bonus, 2 decimals
 * @param tier               the 等次 name, from the rubric
 * @param performancePercent the tier's 绩效 percentage
 * @param vetoed             true when any 单项否决 holds: the tier is then the rubric's veto tier
 * @param vetoReasons        the vetoes that hold, with the site where there are several
 * @param bonusEarned        the bonus parts' score before the gate
 * @param bonusCounted       whether the gate let it count
 * @param bonusNote          why it did not count ("加分未计入: 第二部分 41.5 < 44"), else null
 * @param items              every item in rubric order; per-website items once per site
 */
public record UnitResult(
        String unit,
        String kind,
        BigDecimal total,
        String tier,
        BigDecimal performancePercent,
        boolean vetoed,
        List<String> vetoReasons,
        List<PartResult> parts,
        BigDecimal bonusEarned,
        boolean bonusCounted,
        String bonusNote,
        List<ItemResult> items) {

    public Optional<PartResult> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The first part of a scope: the website part for WEBSITE, the new-media part for NEW_MEDIA. */
    public Optional<PartResult> partOfScope(Part.Scope scope) {
        return parts.stream().filter(p -> p.scope() == scope).findFirst();
    }

    /** Part name to what it contributes to the total (a held-back bonus shows as 0). */
    public Map<String, BigDecimal> countedParts() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (PartResult p : parts) {
            map.put(p.name(), p.counted());
        }
        return map;
    }

    /** The item at {@code path}; {@code site} for per-website items, else null. */
    public Optional<ItemResult> item(String path, String site) {
        return items.stream()
                .filter(i -> i.item().equals(path) && Objects.equals(i.site(), site))
                .findFirst();
    }
}
