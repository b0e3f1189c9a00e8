package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;
import org.inspectorbench.rubric.RubricIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's evidence-materials list as data (sample-data/materials/*.json): the materials, and
 * the list's own words on the deadline ("逾期未报的,视为未开展相关工作").
 */
public record MaterialCatalog(String campaign, String title, String source, String deadlineText, String reading,
                              List<Material> materials) {

    /** Where the jar keeps the list of a campaign: sample-data/materials/{campaign id}-materials.json. */
    static final String BUNDLED = "/sample-data/materials/%s-materials.json";

    public MaterialCatalog {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public static MaterialCatalog empty(String campaign) {
        return new MaterialCatalog(campaign, null, null, null, null, List.of());
    }

    public Optional<Material> material(int number) {
        return materials.stream().filter(m -> m.number() == number).findFirst();
    }

    /**
     * Reads a list, refusing one that cannot be used: a material without a number or text, or a
     * number given twice. {@code where} names the file in the message.
     */
    public static MaterialCatalog parse(String json, String where) {
        MaterialCatalog catalog;
        try {
            catalog = Json.mapper().readValue(json, MaterialCatalog.class);
        } catch (JsonProcessingException e) {
            throw bad(where, e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < catalog.materials().size(); i++) {
            Material m = catalog.materials().get(i);
            if (m.number() <= 0 || m.text() == null || m.text().isBlank()) {
                throw bad(where, "materials[" + i + "] needs a number above 0 and a text");
            }
            if (!seen.add(m.number())) {
                throw bad(where, "materials[" + i + "]: number " + m.number() + " is given twice");
            }
        }
        return catalog;
    }

    /** The list the program ships for a campaign id, if any. */
    public static Optional<MaterialCatalog> bundled(String campaignId) {
        String name = String.format(BUNDLED, campaignId);
        try (InputStream in = MaterialCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The materials that are evidence for a rubric item (its path), for the checklist to show beside it. */
    public List<Material> supporting(String itemPath) {
        return materials.stream().filter(m -> m.supports().contains(itemPath)).toList();
    }

    /** The supported item paths that the rubric does not know, as "#n: path" lines. */
    public List<String> unknownItems(RubricIndex index) {
        List<String> out = new ArrayList<>();
        for (Material m : materials) {
            for (String path : m.supports()) {
                if (index.item(path).isEmpty()) {
                    out.add("#" + m.number() + ": " + path);
                }
            }
        }
        return out;
    }

    private static WorkspaceException bad(String where, String what) {
        return new WorkspaceException(WorkspaceException.Reason.INVALID_INPUT,
                "佐证材料清单有误 (the evidence-materials list " + where + " is not valid): " + what
                        + ". Fix the file (see sample-data/materials/mianyang-2022-materials.json).");
    }
}
