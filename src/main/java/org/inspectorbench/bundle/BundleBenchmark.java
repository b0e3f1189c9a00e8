package org.inspectorbench.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.inspectorbench.json.Json;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceLink;
import org.inspectorbench.store.EvidenceMeta;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Workspace;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Issue 6's bundle figures on synthetic data: export of a workspace holding N evidence images
 * (random pixels in BMP containers: valid images that do not compress) against `zip -0 -r` of the
 * same files; import and merge of several inspectors' bundles of N images each into an office;
 * re-import of a bundle already merged. Figures are printed, never asserted.
 */
public final class BundleBenchmark {

    /** What to run. */
    public record Settings(Path dir, int images, int imageKb, int bundles, boolean compareZip) {
    }

    /** What was measured (times in seconds, sizes in bytes). */
    public record Figures(int images, long imageBytes, double setupS, double exportS, long bundleBytes, Double zipS,
                          Long zipBytes, String zipNote, int bundles, long importBytes, double importS,
                          double reimportS, long workspaceBytes) {
    }

    private BundleBenchmark() {
    }

    public static Figures run(Settings s, Consumer<String> progress) throws Exception {
        Files.createDirectories(s.dir());
        Path campaign = campaignWithInspectors(s.dir().resolve("campaign"), s.bundles());
        long t0 = System.nanoTime();
        try (Workspace office = Workspace.create(s.dir().resolve("office.inspector"), campaign, "office")) {
            // 1. A workspace holding N images, attached 10 per finding from files.
            progress.accept("attaching " + s.images() + " images of " + s.imageKb() + " KB to a workspace ...");
            Path images = s.dir().resolve("images");
            Files.createDirectories(images);
            List<Path> files = new ArrayList<>();
            long imageBytes = 0;
            for (int i = 0; i < s.images(); i++) {
                byte[] bmp = bmp(new SplittableRandom(1_000_000L + i), s.imageKb());
                imageBytes += bmp.length;
                files.add(Files.write(images.resolve(String.format("shot-%05d.bmp", i)), bmp));
            }
            List<Unit> units = office.units();
            String[] itemRule = usableItem(office, units);
            for (int i = 0; i < files.size(); i += 10) {
                Finding f = office.putFinding(FindingDraft.rule(units.get((i / 10) % units.size()).name(), itemRule[0],
                        itemRule[1]).withCount(1).withNote("bench " + i));
                office.evidence().attach(f.id(), files.subList(i, Math.min(files.size(), i + 10)));
            }
            double setup = seconds(t0);

            progress.accept("exporting ...");
            BundleSigner officeKey = signer("绵阳市政务公开办");
            Path exported = s.dir().resolve("export.inspbundle");
            long t1 = System.nanoTime();
            BundleExport.export(office, officeKey, exported, new BundleExport.Options(BundleKind.INSPECTOR, false));
            double export = seconds(t1);

            Double zipS = null;
            Long zipBytes = null;
            String zipNote = null;
            if (s.compareZip()) {
                Path zip = s.dir().resolve("images.zip");
                try {
                    long t2 = System.nanoTime();
                    Process p = new ProcessBuilder("zip", "-0", "-r", "-q", zip.toString(), "images")
                            .directory(s.dir().toFile()).redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    if (p.waitFor() == 0) {
                        zipS = seconds(t2);
                        zipBytes = Files.size(zip);
                    } else {
                        zipNote = "zip exited with " + p.exitValue();
                    }
                } catch (IOException e) {
                    zipNote = "zip is not installed (apt-get install zip): comparison skipped";
                }
            }

            // 2. Bundles of other inspectors, N images each, written directly (their laptops are not simulated).
            progress.accept("writing " + s.bundles() + " inspector bundles of " + s.images() + " images ...");
            List<Path> bundles = new ArrayList<>();
            long importBytes = 0;
            Map<String, List<String>> assigned = new java.util.TreeMap<>();
            for (Unit u : office.units()) {
                for (String who : u.inspectors()) {
                    assigned.computeIfAbsent(who, k -> new ArrayList<>()).add(u.name());
                }
            }
            for (int k = 1; k <= s.bundles(); k++) {
                String id = String.format("insp%02d", k);
                Path b = s.dir().resolve(id + ".inspbundle");
                syntheticBundle(office, id, String.format("检查员%02d", k), assigned.get(id), s.images(), s.imageKb(), b,
                        itemRule);
                importBytes += Files.size(b);
                bundles.add(b);
            }

            progress.accept("importing and merging ...");
            long t3 = System.nanoTime();
            for (Path b : bundles) {
                BundleImport.apply(office, VerifiedBundle.openFor(office, b, null));
            }
            double importS = seconds(t3);
            long t4 = System.nanoTime();
            ImportReport again = BundleImport.apply(office, VerifiedBundle.openFor(office, bundles.get(0), null));
            double reimport = seconds(t4);
            if (!again.noChange()) {
                throw new IllegalStateException("re-import changed the workspace");
            }
            long ws = Files.size(s.dir().resolve("office.inspector"));
            return new Figures(s.images(), imageBytes, setup, export, Files.size(exported), zipS, zipBytes, zipNote,
                    s.bundles(), importBytes, importS, reimport, ws);
        }
    }

    /** A rubric item and rule that takes a plain count in every unit (the bench needs any finding). */
    private static String[] usableItem(Workspace office, List<Unit> units) {
        for (var ref : office.rubricIndex().items()) {
            for (String rule : ref.ruleIds()) {
                try {
                    for (Unit u : units) {
                        FindingDraft d = FindingDraft.rule(u.name(), ref.path(), rule).withCount(1);
                        office.putFinding(d);
                        office.deleteFinding(d.id());
                    }
                    return new String[] {ref.path(), rule};
                } catch (RuntimeException e) {
                    // not applicable to some unit kind: try the next one
                }
            }
        }
        throw new IllegalStateException("no rubric item takes a count in every unit");
    }

    private static void syntheticBundle(Workspace office, String inspector, String name, List<String> units, int n,
                                        int kb, Path out, String[] itemRule) {
        BundleSigner key = signer(name);
        Map<RecordKind, List<RecordVersion>> versions = new EnumMap<>(RecordKind.class);
        List<EvidenceMeta> metas = new ArrayList<>();
        Map<String, Long> seeds = new java.util.HashMap<>();
        Instant at = Instant.parse("2022-11-28T08:00:00Z");
        long millis = at.toEpochMilli();
        int counter = 0;
        String findingId = null;
        byte[] thumb = thumbnail();
        for (int i = 0; i < n; i++) {
            if (i % 10 == 0) {
                findingId = UUID.nameUUIDFromBytes((inspector + i).getBytes()).toString();
                Revision rev = new Revision(millis, counter++, inspector);
                Finding f = new Finding(findingId, units.get((i / 10) % units.size()), null, null, Finding.Kind.RULE,
                        itemRule[0], itemRule[1], 1, null, "bench " + i, inspector, at, at, rev, null, false);
                versions.computeIfAbsent(RecordKind.FINDING, k -> new ArrayList<>())
                        .add(new RecordVersion(RecordKind.FINDING, findingId, rev, List.of(), f.unit(), false, json(f)));
            }
            long seed = inspector.hashCode() * 1_000_003L + i;
            byte[] bmp = bmp(new SplittableRandom(seed), kb);
            String sha = BundleWriter.sha256(bmp);
            seeds.put(sha, seed);
            metas.add(new EvidenceMeta(sha, "BMP", 256, bmp.length / 768, bmp.length, "shot-" + i + ".bmp", null, at, at,
                    inspector));
            Revision rev = new Revision(millis, counter++, inspector);
            EvidenceLink l = new EvidenceLink(findingId, sha, i % 10 + 1, inspector, at, rev, null, false);
            versions.computeIfAbsent(RecordKind.EVIDENCE_LINK, k -> new ArrayList<>())
                    .add(new RecordVersion(RecordKind.EVIDENCE_LINK, l.id(), rev, List.of(), units.get(0), false, json(l)));
        }
        Manifest header = new Manifest(BundleWriter.FORMAT_VERSION, UUID.randomUUID().toString(), BundleKind.INSPECTOR, 1,
                office.campaign().id(), office.campaign().rubricSha256(), new Manifest.Author(inspector, name), null, at,
                null, null, units, null, null);
        BundleContent.Images images = new BundleContent.Images() {
            @Override
            public byte[] bytes(String sha256) {
                return bmp(new SplittableRandom(seeds.get(sha256)), kb);
            }

            @Override
            public Optional<BundleTx.Thumb> thumbnail(String sha256) {
                return Optional.of(new BundleTx.Thumb("jpeg", 32, 32, thumb));
            }
        };
        BundleWriter.write(new BundleContent(header, versions, metas, Map.of(), images), key, out);
    }

    /** A 24-bit BMP of random pixels, 256 pixels wide, about {@code kb} KB: valid and incompressible. */
    static byte[] bmp(SplittableRandom random, int kb) {
        int width = 256;
        int height = Math.max(1, kb * 1024 / (width * 3));
        int pixels = width * 3 * height;
        ByteBuffer b = ByteBuffer.allocate(54 + pixels).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(54 + pixels).putInt(0).putInt(54);
        b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0).putInt(pixels)
                .putInt(2835).putInt(2835).putInt(0).putInt(0);
        byte[] out = b.array();
        for (int i = 54; i + 8 <= out.length; i += 8) {
            long r = random.nextLong();
            for (int j = 0; j < 8; j++) {
                out[i + j] = (byte) (r >>> (8 * j));
            }
        }
        return out;
    }

    private static byte[] thumbnail() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object state) {
        try {
            return Json.mapper().writeValueAsString(state);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample campaign with {@code count} inspectors sharing its units round robin. */
    private static Path campaignWithInspectors(Path dir, int count) throws IOException {
        Files.createDirectories(dir.resolve("campaigns"));
        Files.createDirectories(dir.resolve("rubrics"));
        Files.createDirectories(dir.resolve("units"));
        for (String r : List.of("rubrics/mianyang-2022.json", "units/mianyang-2022-units.json")) {
            try (InputStream in = BundleBenchmark.class.getClassLoader().getResourceAsStream("sample-data/" + r)) {
                Files.write(dir.resolve(r), in.readAllBytes());
            }
        }
        ObjectNode c;
        try (InputStream in = BundleBenchmark.class.getClassLoader()
                .getResourceAsStream("sample-data/campaigns/mianyang-2022.json")) {
            c = (ObjectNode) Json.mapper().readTree(in);
        }
        List<String> units = new ArrayList<>();
        Json.mapper().readTree(dir.resolve("units/mianyang-2022-units.json").toFile()).get("units")
                .forEach(u -> units.add(u.get("name").asText()));
        ArrayNode inspectors = c.putArray("inspectors");
        ArrayNode assignments = c.putArray("assignments");
        for (int k = 1; k <= count; k++) {
            inspectors.addObject().put("id", String.format("insp%02d", k)).put("name", String.format("检查员%02d", k));
            ArrayNode mine = assignments.addObject().put("inspector", String.format("insp%02d", k)).putArray("units");
            for (int u = k - 1; u < units.size(); u += count) {
                mine.add(units.get(u));
            }
        }
        inspectors.addObject().put("id", "office").put("name", "办公室");
        Path file = dir.resolve("campaigns/bench.json");
        Json.mapper().writeValue(file.toFile(), c);
        return file;
    }

    private static BundleSigner signer(String name) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = g.generateKeyPair();
            var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
            Instant now = Instant.now();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(1, ChronoUnit.DAYS)), subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new BundleSigner(keys.getPrivate(), List.of(cert));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
