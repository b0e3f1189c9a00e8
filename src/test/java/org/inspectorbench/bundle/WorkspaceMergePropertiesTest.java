package org.inspectorbench.bundle;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real workspaces over random histories: 张三 and 李四 on their laptops and the office edit,
 * delete and attach images to shared findings, export (everything or since last), and the office
 * relays its bundle back at random moments. Two fresh copies of the office then take every bundle
 * in two orders, twice: same canonical dump, the second pass changes nothing, and every exported
 * version and image is there.
 */
class WorkspaceMergePropertiesTest {

    private static Path templates;
    private static List<Path> images;

    /** actor 0 张三, 1 李四, 2 office; op 0 edit, 1 delete, 2 attach, 3 export, 4 office round trip. */
    record Step(int actor, int op, int slot, int value, boolean sinceLast) {
    }

    @BeforeContainer
    static void templates() throws IOException {
        templates = Files.createTempDirectory("bundle-props");
        try (Workspace office = Offices.office(templates.resolve("o"))) {
            Path ob = Offices.officeBundle(office, templates.resolve("ob.inspbundle"));
            Offices.laptop(templates.resolve("zs.inspector"), ob, "张三").close();
            Offices.laptop(templates.resolve("ls.inspector"), ob, "李四").close();
        }
        images = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            images.add(Files.write(templates.resolve("shot" + i + ".png"),
                    TestImages.encode(TestImages.picture(40, 30, 100 + i), "png")));
        }
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> all = Files.walk(templates)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Integer> ops = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(2, 1), Tuple.of(3, 2), Tuple.of(4, 3),
                Tuple.of(3, 4));
        return Combinators.combine(Arbitraries.integers().between(0, 2), ops,
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9),
                        Arbitraries.of(true, false)).as(Step::new)
                .list().ofMinSize(10).ofMaxSize(18);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void anyHistoryMergesTheSameInAnyOrderAndLosesNothing(@ForAll("histories") List<Step> history,
                                                          @ForAll long seed) throws Exception {
        Path run = Files.createTempDirectory(templates, "run");
        List<Path> bundles = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        try (Workspace zs = copy("zs.inspector", run); Workspace ls = copy("ls.inspector", run);
             Workspace office = copy("o/office.inspector", run)) {
            List<Workspace> actors = List.of(zs, ls, office);
            List<BundleSigner> signers = List.of(Offices.ZHANGSAN, Offices.LISI, Offices.OFFICE);
            for (Step s : history) {
                Workspace ws = actors.get(s.actor());
                // Slots 0-1 are 张三's units' findings, 2-3 李四's; the office may touch any it has.
                int slot = s.actor() == 0 ? s.slot() % 2 : s.actor() == 1 ? 2 + s.slot() % 2 : s.slot();
                String id = UUID.nameUUIDFromBytes(("slot" + slot).getBytes()).toString();
                String unit = slot < 2 ? (slot == 0 ? "涪城区" : "高新区") : "市发展改革委";
                Finding f = ws.finding(id).orElse(null);
                switch (s.op()) {
                    case 0 -> ws.putFinding((f == null ? FindingDraft.rule(unit, "政务公开/依申请公开", "1").withId(id)
                            : FindingDraft.of(f)).withCount(s.value()).withNote(ws.author() + " " + s.value()));
                    case 1 -> {
                        if (f != null && !f.deleted()) {
                            ws.deleteFinding(id);
                        }
                    }
                    case 2 -> {
                        if (f != null && !f.deleted()) {
                            ws.evidence().attach(id, List.of(images.get(s.value() % images.size())));
                        }
                    }
                    case 3 -> {
                        if (s.actor() < 2) {
                            bundles.add(Offices.export(ws, signers.get(s.actor()),
                                    run.resolve("b" + bundles.size() + ".inspbundle"), s.sinceLast()));
                        }
                    }
                    default -> {
                        for (Path b : bundles) {
                            Offices.importInto(office, b);
                        }
                        Path ob = run.resolve("b" + bundles.size() + ".inspbundle");
                        BundleExport.export(office, Offices.OFFICE, ob, new BundleExport.Options(BundleKind.OFFICE,
                                s.sinceLast()));
                        bundles.add(ob);
                        Offices.importInto(s.actor() == 1 ? ls : zs, ob);
                    }
                }
            }
            bundles.add(Offices.export(zs, Offices.ZHANGSAN, run.resolve("zs-final.inspbundle"), false));
            bundles.add(Offices.export(ls, Offices.LISI, run.resolve("ls-final.inspbundle"), false));
            Path of = run.resolve("office-final.inspbundle");
            BundleExport.export(office, Offices.OFFICE, of, new BundleExport.Options(BundleKind.OFFICE, false));
            bundles.add(of);
            for (Workspace ws : actors) {
                for (var e : ws.units()) {
                    for (Finding x : ws.findingsWithTombstones(e.name())) {
                        ws.evidence().withTombstones(x.id()).forEach(l -> attached.add(l.sha256()));
                    }
                }
            }
        }
        try (Workspace a = copy("o/office.inspector", run.resolve("a")); Workspace b = copy("o/office.inspector",
                run.resolve("b"))) {
            for (Path bundle : bundles) {
                Offices.importInto(a, bundle);
            }
            List<Path> shuffled = new ArrayList<>(bundles);
            Collections.shuffle(shuffled, new Random(seed));
            for (Path bundle : shuffled) {
                Offices.importInto(b, bundle);
            }
            Map<String, List<String>> dumpA = Offices.dump(a);
            Map<String, List<String>> dumpB = Offices.dump(b);
            for (String table : dumpA.keySet()) {
                List<String> onlyA = new ArrayList<>(dumpA.get(table));
                onlyA.removeAll(dumpB.get(table));
                List<String> onlyB = new ArrayList<>(dumpB.get(table));
                onlyB.removeAll(dumpA.get(table));
                assertEquals(onlyA, onlyB, "the order of imports does not matter: " + table);
            }
            for (Path bundle : shuffled) {
                assertTrue(Offices.importInto(a, bundle).noChange());
            }
            assertEquals(dumpA, Offices.dump(a), "importing again changes nothing");

            Set<String> versions = new HashSet<>(dumpA.get("record_version"));
            for (Path bundle : bundles) {
                for (RecordVersion v : VerifiedBundle.open(bundle, null).allVersions()) {
                    assertTrue(versions.stream().anyMatch(row -> row.startsWith(v.kind().entity() + " | "
                            + v.recordId() + " | " + v.revision() + " |")), "version kept: " + v.key() + " " + v.revision());
                }
            }
            Set<String> stored = a.evidence().ofUnit("涪城区").stream().map(i -> i.meta().sha256())
                    .collect(java.util.stream.Collectors.toSet());
            for (String sha : attached) {
                assertTrue(a.evidence().meta(sha).isPresent(), "image kept: " + sha + " " + stored.size());
            }
        }
    }

    private static Workspace copy(String template, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(Path.of(template).getFileName());
        Files.copy(templates.resolve(template), target);
        return Workspace.open(target);
    }
}
