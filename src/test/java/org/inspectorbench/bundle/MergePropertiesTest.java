package org.inspectorbench.bundle;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pure merge over random edit histories of 2-4 replicas (no SQLite): each replica edits and
 * deletes records from what it shows, sends all it knows to another at random moments, and in
 * the end one receiver takes every bundle in two different orders, twice.
 */
class MergePropertiesTest {

    /** One step: replica {@code who} edits (0), deletes (1) or sends to {@code other} (2) record {@code record}. */
    record Step(int who, int op, int record, int other, int value) {
    }

    /** A replica: every version it knows, per record. */
    static final class Replica {
        final Map<RecordVersion.Key, Map<Revision, RecordVersion>> versions = new TreeMap<>();

        void receive(List<RecordVersion> bundle) {
            Map<RecordVersion.Key, List<RecordVersion>> local = new HashMap<>();
            Map<RecordVersion.Key, Revision> shown = new HashMap<>();
            versions.forEach((k, v) -> {
                local.put(k, new ArrayList<>(v.values()));
                shown.put(k, VersionGraph.winner(VersionGraph.heads(v.values())).revision());
            });
            for (RecordPlan p : Merge.plan(local, shown, bundle)) {
                p.added().forEach(v -> versions.computeIfAbsent(v.key(), k -> new TreeMap<>()).put(v.revision(), v));
                assertEquals(VersionGraph.winner(VersionGraph.heads(versions.get(p.key()).values())).revision(),
                        p.after().revision());
            }
        }

        List<RecordVersion> all() {
            List<RecordVersion> out = new ArrayList<>();
            versions.values().forEach(m -> out.addAll(m.values()));
            return out;
        }

        Map<RecordVersion.Key, String> shown() {
            Map<RecordVersion.Key, String> out = new TreeMap<>();
            versions.forEach((k, v) -> {
                List<RecordVersion> heads = VersionGraph.heads(v.values());
                out.put(k, VersionGraph.winner(heads).stateJson() + " heads=" + heads.stream()
                        .map(RecordVersion::revision).toList());
            });
            return out;
        }
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 9)).as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 150)
    void mergingIsIdempotentOrderIndependentAndLosesNoVersion(@ForAll("histories") List<Step> history,
                                                              @ForAll long seed) {
        int n = 4;
        List<Replica> replicas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            replicas.add(new Replica());
        }
        List<List<RecordVersion>> bundles = new ArrayList<>();
        long clock = 1_000;
        for (Step s : history) {
            Replica r = replicas.get(s.who());
            String author = "inspector" + s.who();
            RecordVersion.Key key = new RecordVersion.Key(RecordKind.FINDING, "f" + s.record());
            Map<Revision, RecordVersion> known = r.versions.get(key);
            if (s.op() == 2) {
                List<RecordVersion> bundle = r.all();
                bundles.add(bundle);
                replicas.get(s.other()).receive(bundle);
                continue;
            }
            RecordVersion shown = known == null ? null : VersionGraph.winner(VersionGraph.heads(known.values()));
            if (s.op() == 1 && shown == null) {
                continue;
            }
            Revision rev = new Revision(clock++, 0, author);
            boolean deleted = s.op() == 1;
            String state = "{\"id\":\"f" + s.record() + "\",\"count\":" + s.value() + ",\"deleted\":" + deleted
                    + ",\"revision\":\"" + rev + "\"}";
            RecordVersion v = new RecordVersion(RecordKind.FINDING, key.recordId(), rev,
                    shown == null ? List.of() : List.of(shown.revision()), "涪城区", deleted, state);
            r.receive(List.of(v));
        }
        for (Replica r : replicas) {
            bundles.add(r.all());
        }
        Replica forward = new Replica();
        bundles.forEach(forward::receive);
        Replica shuffled = new Replica();
        List<List<RecordVersion>> order = new ArrayList<>(bundles);
        Collections.shuffle(order, new Random(seed));
        order.forEach(shuffled::receive);
        assertEquals(forward.shown(), shuffled.shown(), "order independence");

        Map<RecordVersion.Key, String> before = forward.shown();
        bundles.forEach(forward::receive);
        assertEquals(before, forward.shown(), "idempotence");

        for (Replica r : replicas) {
            for (RecordVersion v : r.all()) {
                assertTrue(forward.versions.get(v.key()).containsKey(v.revision()), "no version is lost: " + v.revision());
            }
        }
    }
}
