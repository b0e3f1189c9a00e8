package org.inspectorbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceLink;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordStates;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;
import org.inspectorbench.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The conflicts of a workspace: listing them, showing both (all) sides, previewing a resolution
 * without writing, and resolving: a new version edited from every side, which then travels in the
 * next office bundle and supersedes the sides in every workspace that imports it.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static String idOf(RecordVersion.Key key) {
        return "C-" + BundleWriter.sha256(key.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    public static List<Conflict> list(Workspace ws) {
        return BundleTx.read(ws, tx -> {
            List<Conflict> out = new ArrayList<>();
            for (Map.Entry<RecordVersion.Key, List<Revision>> e : tx.conflictedHeads().entrySet()) {
                Conflict c = describe(tx, e.getKey(), e.getValue());
                if (c != null) {
                    out.add(c);
                }
            }
            out.sort(Comparator.comparing((Conflict c) -> Objects.toString(c.unit(), "")).thenComparing(Conflict::key));
            return out;
        });
    }

    /** The conflict with this id (or a unique prefix of it, or of the record's id). */
    public static Conflict show(Workspace ws, String id) {
        List<Conflict> matches = list(ws).stream().filter(c -> c.id().equalsIgnoreCase(id)
                || c.id().toLowerCase(java.util.Locale.ROOT).startsWith(id.toLowerCase(java.util.Locale.ROOT))
                || c.key().recordId().startsWith(id)).toList();
        if (matches.size() != 1) {
            throw new BundleException(BundleProblem.UNKNOWN_REFERENCE, matches.isEmpty()
                    ? "没有该冲突 no conflict " + id + " in this workspace: list them with `inspector conflicts list`"
                    : "冲突编号不唯一 " + id + " matches " + matches.size() + " conflicts: give more of the id");
        }
        return matches.get(0);
    }

    /** What the record would become; nothing is written. */
    public static String preview(Workspace ws, String id, Resolution r) {
        Conflict c = show(ws, id);
        return merged(c, r, ws.author(), Revision.parse("0000000000000000.0000." + ws.author()),
                java.time.Instant.now()).toString();
    }

    /** Resolves a conflict as the workspace's inspector; returns the new version. */
    public static RecordVersion resolve(Workspace ws, String id, Resolution r, String note) {
        Conflict c = show(ws, id);
        String label = "解决冲突 resolve conflict " + c.id() + " (" + c.key() + ")"
                + (note == null || note.isBlank() ? "" : ": " + note);
        return BundleTx.write(ws, label, tx -> {
            tx.syncLocalVersions();
            List<Revision> heads = tx.heads(c.key());
            Set<Revision> sides = new LinkedHashSet<>();
            c.sides().forEach(s -> sides.add(s.revision()));
            if (!sides.equals(new LinkedHashSet<>(heads))) {
                throw new BundleException(BundleProblem.INCONSISTENT_HISTORY, "冲突已变化 conflict " + c.id()
                        + " changed while you looked at it: show it again and decide again. Nothing was written.");
            }
            Revision rev = tx.newRevision();
            ObjectNode state = merged(c, r, tx.author(), rev, tx.now());
            String json;
            try {
                json = Json.mapper().writeValueAsString(RecordStates.parse(c.key().kind(), state.toString()));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new BundleException(BundleProblem.BAD_RECORDS, "无法合并 the resolution does not make a valid "
                        + c.key().kind().entity() + ": " + e.getMessage() + ". Nothing was written.");
            }
            boolean deleted = RecordStates.deletedOf(RecordStates.parse(c.key().kind(), json));
            RecordVersion v = new RecordVersion(c.key().kind(), c.key().recordId(), rev, heads, c.unit(), deleted, json);
            tx.addVersion(v);
            tx.setHeads(c.key(), List.of(rev));
            tx.materialize(v);
            return v;
        });
    }

    static ObjectNode merged(Conflict c, Resolution r, String author, Revision rev, java.time.Instant at) {
        ConflictSide base = pick(c, r.take());
        ObjectNode state = StateContent.tree(base.stateJson());
        for (Map.Entry<String, String> f : r.fieldsFrom().entrySet()) {
            requireField(c, state, f.getKey());
            JsonNode value = StateContent.tree(pick(c, f.getValue()).stateJson()).get(f.getKey());
            if (value == null) {
                state.remove(f.getKey());
            } else {
                state.set(f.getKey(), value);
            }
        }
        for (Map.Entry<String, String> v : r.values().entrySet()) {
            requireField(c, state, v.getKey());
            JsonNode old = state.get(v.getKey());
            if (v.getValue() == null || v.getValue().isEmpty()) {
                state.remove(v.getKey());
            } else if (old != null && old.isNumber()) {
                try {
                    state.put(v.getKey(), Integer.parseInt(v.getValue().strip()));
                } catch (NumberFormatException e) {
                    throw new BundleException(BundleProblem.BAD_RECORDS, v.getKey() + " is a number: "
                            + v.getValue() + " is not. Nothing was written.");
                }
            } else if (old != null && old.isBoolean()) {
                state.put(v.getKey(), Boolean.parseBoolean(v.getValue().strip()));
            } else {
                state.put(v.getKey(), v.getValue());
            }
        }
        Set<String> components = components(c.key().kind());
        state.put("revision", rev.toString());
        if (components.contains("parent")) {
            state.put("parent", c.sides().get(0).revision().toString());
        }
        if (components.contains("author")) {
            state.put("author", author);
        }
        if (components.contains("updatedAt")) {
            state.put("updatedAt", at.toString());
        }
        return state;
    }

    private static void requireField(Conflict c, ObjectNode state, String field) {
        if (StateContent.BOOKKEEPING.contains(field) || field.equals("id")
                || !components(c.key().kind()).contains(field)) {
            throw new BundleException(BundleProblem.BAD_RECORDS, "无此字段 a " + c.key().kind().entity()
                    + " has no field " + field + " that a reviewer can set; fields: " + settable(c.key().kind()));
        }
    }

    private static List<String> settable(RecordKind kind) {
        return components(kind).stream().filter(f -> !StateContent.BOOKKEEPING.contains(f) && !f.equals("id")).toList();
    }

    private static Set<String> components(RecordKind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (var rc : RecordStates.type(kind).getRecordComponents()) {
            out.add(rc.getName());
        }
        return out;
    }

    /** The side a selector names: mine, theirs, a number, or a revision (prefix). */
    static ConflictSide pick(Conflict c, String selector) {
        String s = selector == null ? "" : selector.strip();
        List<ConflictSide> sides = c.sides();
        if (s.equalsIgnoreCase("mine")) {
            return sides.stream().filter(ConflictSide::mine).findFirst()
                    .orElseGet(() -> sides.get(c.shown() - 1));
        }
        if (s.equalsIgnoreCase("theirs")) {
            ConflictSide mine = pick(c, "mine");
            List<ConflictSide> others = sides.stream().filter(x -> x != mine).toList();
            if (others.size() != 1) {
                throw new BundleException(BundleProblem.UNKNOWN_REFERENCE, "conflict " + c.id() + " has "
                        + sides.size() + " sides: say which with its number (1-" + sides.size() + ") or revision");
            }
            return others.get(0);
        }
        if (s.matches("\\d{1,3}")) {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= sides.size()) {
                return sides.get(n - 1);
            }
        }
        List<ConflictSide> byRevision = sides.stream().filter(x -> !s.isEmpty() && x.revision().toString().startsWith(s))
                .toList();
        if (byRevision.size() == 1) {
            return byRevision.get(0);
        }
        throw new BundleException(BundleProblem.UNKNOWN_REFERENCE, "无此版本 conflict " + c.id() + " has no side \""
                + selector + "\": use mine, theirs, a side number (1-" + sides.size() + ") or a revision stamp");
    }

    private static Conflict describe(BundleTx tx, RecordVersion.Key key, List<Revision> heads) throws SQLException {
        Map<Revision, RecordVersion> versions = new HashMap<>();
        for (RecordVersion v : tx.versions(key)) {
            versions.put(v.revision(), v);
        }
        List<RecordVersion> sides = heads.stream().map(versions::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(RecordVersion::revision).reversed()).toList();
        if (!VersionGraph.conflicting(sides)) {
            return null;
        }
        Map<String, String> names = new HashMap<>();
        for (Inspector i : tx.inspectors()) {
            names.put(i.id(), i.name());
        }
        Map<String, String> bundleAuthors = new HashMap<>();
        for (BundleTx.Received r : tx.received()) {
            bundleAuthors.put(r.bundleId(), r.authorName());
        }
        Map<Revision, List<String>> provenance = tx.provenance(key);
        Revision shownRevision = tx.current(key).map(RecordStates.Loaded::revision).orElse(null);
        List<ConflictSide> out = new ArrayList<>();
        int shown = 1;
        for (int i = 0; i < sides.size(); i++) {
            RecordVersion v = sides.get(i);
            List<String> bundles = provenance.getOrDefault(v.revision(), List.of()).stream()
                    .map(b -> bundleAuthors.getOrDefault(b, "?") + ": " + b).toList();
            boolean isShown = v.revision().equals(shownRevision);
            if (isShown) {
                shown = i + 1;
            }
            out.add(new ConflictSide(i + 1, v.revision(), v.author(), names.getOrDefault(v.author(), v.author()), bundles,
                    v.deleted(), fields(v.stateJson()), v.stateJson(), isShown,
                    bundles.isEmpty() && v.author().equals(tx.author())));
        }
        List<FieldDifference> diffs = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        out.forEach(s -> all.addAll(s.fields().keySet()));
        for (String f : all) {
            if (StateContent.BOOKKEEPING.contains(f)) {
                continue;
            }
            List<Object> values = out.stream().map(s -> s.fields().get(f)).toList();
            if (values.stream().distinct().count() > 1) {
                diffs.add(new FieldDifference(f, values));
            }
        }
        List<String> evidence = new ArrayList<>();
        if (key.kind() == RecordKind.FINDING) {
            for (RecordVersion.Key k : linkKeys(tx, key.recordId())) {
                tx.current(k).filter(l -> !l.deleted()).ifPresent(l -> evidence.add(
                        ((EvidenceLink) RecordStates.parse(RecordKind.EVIDENCE_LINK, l.json())).sha256()));
            }
        }
        String unit = sides.get(0).unit();
        return new Conflict(idOf(key), key, unit, out, shown, diffs, evidence);
    }

    private static List<RecordVersion.Key> linkKeys(BundleTx tx, String findingId) throws SQLException {
        List<RecordVersion.Key> out = new ArrayList<>();
        for (RecordVersion v : tx.allVersions()) {
            if (v.kind() == RecordKind.EVIDENCE_LINK && v.recordId().startsWith(findingId + "/")
                    && !out.contains(v.key())) {
                out.add(v.key());
            }
        }
        return out;
    }

    private static Map<String, Object> fields(String json) {
        Map<String, Object> out = new LinkedHashMap<>();
        StateContent.tree(json).fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().numberValue()
                        : e.getValue().isBoolean() ? e.getValue().booleanValue()
                        : e.getValue().isNull() ? null
                        : e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
        return out;
    }
}
