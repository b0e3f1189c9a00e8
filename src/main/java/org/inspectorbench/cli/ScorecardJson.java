package org.inspectorbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.scoring.ItemResult;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.SiteResult;
import org.inspectorbench.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON output of {@code inspector score} (issue 2's contract): one object per unit; numbers are
 * JSON numbers with at most 2 decimals; part names come from the rubric.
 */
public final class ScorecardJson {

    private ScorecardJson() {
    }

    public static String render(List<UnitResult> units) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode array = root.putArray("units");
        for (UnitResult unit : units) {
            array.add(unit(unit));
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter()
                    .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scorecard JSON", e);
        }
    }

    static ObjectNode unit(UnitResult u) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("unit", u.unit());
        n.put("kind", u.kind());
        n.put("total", num(u.total()));
        n.put("tier", u.tier());
        n.put("performancePercent", num(u.performancePercent()));
        ObjectNode parts = n.putObject("parts");
        for (Map.Entry<String, BigDecimal> e : u.countedParts().entrySet()) {
            parts.put(e.getKey(), num(e.getValue()));
        }
        n.put("bonusEarned", num(u.bonusEarned()));
        n.put("bonusCounted", u.bonusCounted());
        if (u.bonusNote() != null) {
            n.put("bonusNote", u.bonusNote());
        }
        n.put("vetoed", u.vetoed());
        u.partOfScope(Part.Scope.WEBSITE).ifPresent(p -> n.set("website", verdict(p, true)));
        u.partOfScope(Part.Scope.NEW_MEDIA).ifPresent(p -> n.set("newMedia", verdict(p, false)));
        ArrayNode items = n.putArray("items");
        for (ItemResult i : u.items()) {
            ObjectNode item = items.addObject();
            item.put("item", i.item());
            if (i.site() != null) {
                item.put("site", i.site());
            }
            item.put("max", num(i.max()));
            item.put("score", num(i.score()));
            item.put("applicable", i.applicable());
            item.put("explanation", i.explanation());
        }
        return n;
    }

    private static ObjectNode verdict(PartResult p, boolean withSites) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("score", num(p.score()));
        if (p.verdict() != null) {
            n.put("verdict", p.verdict());
        }
        ArrayNode reasons = n.putArray("reasons");
        p.reasons().forEach(reasons::add);
        if (withSites) {
            ArrayNode sites = n.putArray("sites");
            for (SiteResult s : p.sites()) {
                ObjectNode site = sites.addObject();
                site.put("site", s.site());
                site.put("score", num(s.score()));
                if (p.judged()) {
                    site.put("verdict", s.pass() ? org.inspectorbench.scoring.Verdicts.PASS : org.inspectorbench.scoring.Verdicts.FAIL);
                    ArrayNode r = site.putArray("reasons");
                    s.reasons().forEach(r::add);
                }
            }
        }
        return n;
    }

    private static BigDecimal num(BigDecimal value) {
        return Points.forOutput(value);
    }
}
