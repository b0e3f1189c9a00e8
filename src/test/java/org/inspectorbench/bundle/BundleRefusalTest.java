package org.inspectorbench.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal of docs/bundle-format.md, on bundles crafted from a real one; nothing is ever written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleRefusalTest {

    @TempDir
    static Path dir;

    private Workspace office;
    private Workspace zs;
    private Path good;

    @BeforeAll
    void setUp() throws Exception {
        office = Offices.office(dir.resolve("o"));
        zs = Offices.laptop(dir.resolve("zs.inspector"), Offices.officeBundle(office, dir.resolve("ob.inspbundle")), "张三");
        Finding f = zs.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2));
        Path shot = dir.resolve("shot.png");
        Files.write(shot, TestImages.encode(TestImages.picture(64, 48, 3), "png"));
        zs.evidence().attach(f.id(), List.of(shot));
        good = Offices.export(zs, Offices.ZHANGSAN, dir.resolve("good.inspbundle"), false);
    }

    @AfterAll
    void tearDown() {
        zs.close();
        office.close();
    }

    @Test
    void theUntouchedBundleIsAccepted() {
        assertEquals(2, BundleImport.preview(office, VerifiedBundle.open(good, null)).count(MergeOutcome.NEW));
    }

    @Test
    void aChangedManifestBreaksTheSignature() throws Exception {
        refusedOnImport(BundleProblem.BAD_SIGNATURE, items -> replace(items, "manifest.json",
                text(items, "manifest.json").replace("张三", "李四")));
    }

    @Test
    void aChangedEntryIsRefused() throws Exception {
        refusedOnImport(BundleProblem.CHANGED_ENTRY, items -> replace(items, "records/findings.jsonl",
                text(items, "records/findings.jsonl").replace("\"count\":2", "\"count\":9")));
    }

    @Test
    void aMissingEntryIsRefused() throws Exception {
        refusedOnImport(BundleProblem.MISSING_ENTRY, items -> items.removeIf(i -> i.name().startsWith("evidence/")));
    }

    @Test
    void anEntryNotInTheManifestIsRefused() throws Exception {
        refusedOnImport(BundleProblem.UNLISTED_ENTRY, items -> items.add(new Zips.Item("records/extra.jsonl",
                "{}\n".getBytes(StandardCharsets.UTF_8), false)));
    }

    @Test
    void namesThatEscapeTheFolderAreRefused() throws Exception {
        for (String name : List.of("../evil.sh", "/etc/passwd", "records\\findings.jsonl", "C:/x", "records/../x",
                "evidence/")) {
            refusedOnImport(BundleProblem.UNSAFE_NAME, items -> items.add(new Zips.Item(name, new byte[] {1}, false)));
        }
    }

    @Test
    void duplicateEntriesAreRefused() throws Exception {
        // ZipOutputStream refuses duplicate names: write a twin under a same-length name, then rename it in the bytes.
        Path twin = craft(items -> items.add(new Zips.Item("records/findings.jsonm",
                bytes(items, "records/findings.jsonl"), false)));
        byte[] b = Files.readAllBytes(twin);
        byte[] from = "records/findings.jsonm".getBytes(StandardCharsets.US_ASCII);
        byte[] to = "records/findings.jsonl".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, b, i, to.length);
            }
        }
        Files.write(twin, b);
        assertRefused(BundleProblem.DUPLICATE_ENTRY, twin);
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        byte[] b = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.inspbundle"), Arrays.copyOf(b, b.length / 2));
        assertRefused(BundleProblem.TRUNCATED, cut);
        Path notZip = Files.write(dir.resolve("text.inspbundle"), "hello".getBytes(StandardCharsets.UTF_8));
        assertRefused(BundleProblem.NOT_A_BUNDLE, notZip);
    }

    @Test
    void zipBombsAreStoppedWhileInflating() throws Exception {
        byte[] zeros = new byte[5 << 20];
        Path bomb = craftSigned(items -> items.add(new Zips.Item("records/sampling-draws.jsonl", zeros, false)),
                m -> { });
        BundleException e = assertThrows(BundleException.class, () -> VerifiedBundle.open(bomb, null));
        assertEquals(BundleProblem.ZIP_BOMB, e.problem(), e.getMessage());

        BundleLimits few = new BundleLimits(3, 64L << 20, 1L << 30, 200, 1L << 20);
        BundleException tooMany = assertThrows(BundleException.class, () -> VerifiedBundle.open(good, null, few));
        assertEquals(BundleProblem.ZIP_BOMB, tooMany.problem());
        BundleLimits smallTotal = new BundleLimits(1000, 64L << 20, 1000, 200, 1L << 20);
        assertEquals(BundleProblem.ZIP_BOMB, assertThrows(BundleException.class,
                () -> VerifiedBundle.open(good, null, smallTotal)).problem());
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws Exception {
        Path v2 = craftSigned(items -> { }, m -> m.put("format", 2));
        BundleException e = assertRefused(BundleProblem.UNKNOWN_FORMAT, v2);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void anotherCampaignOrRubricIsRefused() throws Exception {
        refusedAfterVerification(BundleProblem.OTHER_CAMPAIGN, craftSigned(items -> { }, m -> m.put("campaignId", "other")));
        refusedAfterVerification(BundleProblem.OTHER_RUBRIC, craftSigned(items -> { },
                m -> m.put("rubricSha256", "0".repeat(64))));
    }

    @Test
    void aSignerNotInTheTrustListIsRefused() {
        BundleException e = assertThrows(BundleException.class,
                () -> VerifiedBundle.open(good, TestSigners.trusting(Offices.LISI)));
        assertEquals(BundleProblem.UNTRUSTED_SIGNER, e.problem());
        assertEquals("张三", VerifiedBundle.open(good, TestSigners.trusting(Offices.ZHANGSAN)).signerName());
    }

    @Test
    void recordsForAUnitAssignedToOthersAreRefused() throws Exception {
        // 李四 is assigned 市发展改革委 only; 涪城区 belongs to 张三.
        try (Workspace ls = Offices.laptop(dir.resolve("ls.inspector"), dir.resolve("ob.inspbundle"), "李四")) {
            ls.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(1));
            Path b = Offices.export(ls, Offices.LISI, dir.resolve("ls.inspbundle"), false);
            refusedAfterVerification(BundleProblem.UNIT_NOT_ASSIGNED, b);
            // Signed by someone else than 李四, the same work is refused as well.
            Path other = Offices.export(ls, Offices.WANGWU, dir.resolve("ww.inspbundle"), false);
            refusedAfterVerification(BundleProblem.UNIT_NOT_ASSIGNED, other);
        }
    }

    // ---- helpers ----

    private void refusedOnImport(BundleProblem expected, Consumer<List<Zips.Item>> change) throws Exception {
        assertRefused(expected, craft(change));
    }

    private BundleException assertRefused(BundleProblem expected, Path bundle) {
        var before = Offices.dump(office);
        BundleException e = assertThrows(BundleException.class, () -> Offices.importInto(office, bundle));
        assertEquals(expected, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was imported"), e.getMessage());
        assertEquals(before, Offices.dump(office), "a refused bundle writes nothing");
        return e;
    }

    private void refusedAfterVerification(BundleProblem expected, Path bundle) {
        VerifiedBundle.open(bundle, null);
        assertRefused(expected, bundle);
    }

    private int crafted;

    private Path craft(Consumer<List<Zips.Item>> change) throws Exception {
        List<Zips.Item> items = new ArrayList<>(Zips.read(good));
        change.accept(items);
        return Zips.write(dir.resolve("crafted-" + (crafted++) + ".inspbundle"), items);
    }

    /** A variant whose manifest is changed and signed again by 张三, listing every entry truthfully. */
    private Path craftSigned(Consumer<List<Zips.Item>> change, Consumer<ObjectNode> manifest) throws Exception {
        List<Zips.Item> items = new ArrayList<>(Zips.read(good));
        change.accept(items);
        ObjectNode m = (ObjectNode) Json.mapper().readTree(bytes(items, "manifest.json"));
        var entries = Json.mapper().createArrayNode();
        for (Zips.Item i : items) {
            if (!i.name().startsWith("manifest.")) {
                entries.addObject().put("name", i.name()).put("sha256", BundleWriter.sha256(i.bytes()))
                        .put("size", i.bytes().length);
            }
        }
        m.set("entries", entries);
        manifest.accept(m);
        byte[] mb = Json.mapper().writeValueAsBytes(m);
        replace(items, "manifest.json", mb);
        replace(items, "manifest.p7s", ManifestSignature.sign(mb, Offices.ZHANGSAN));
        return Zips.write(dir.resolve("crafted-" + (crafted++) + ".inspbundle"), items);
    }

    private static byte[] bytes(List<Zips.Item> items, String name) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().bytes();
    }

    private static String text(List<Zips.Item> items, String name) {
        return new String(bytes(items, name), StandardCharsets.UTF_8);
    }

    private static void replace(List<Zips.Item> items, String name, String text) {
        replace(items, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void replace(List<Zips.Item> items, String name, byte[] bytes) {
        items.replaceAll(i -> i.name().equals(name) ? i.with(bytes) : i);
    }

}
