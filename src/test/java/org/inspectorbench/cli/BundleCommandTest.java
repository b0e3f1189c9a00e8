package org.inspectorbench.cli;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.TestWorkspaces;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleCommandTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void officeAndInspectorExchangeBundlesAndResolveAConflictFromTheCommandLine() throws Exception {
        Path office = dir.resolve("office.inspector");
        Path campaign = TestWorkspaces.campaign(dir.resolve("campaign"));
        Path officeKey = keystore("绵阳市政务公开办");
        Path zsKey = keystore("张三");
        assertEquals(0, CliRun.of("init", "--workspace", office.toString(), "--campaign", campaign.toString(),
                "--inspector", "office").exit());

        Path ob1 = dir.resolve("office-1.inspbundle");
        CliRun export = CliRun.withStdin(PASSWORD + "\n", "bundle", "export", "--workspace", office.toString(),
                "--out", ob1.toString(), "--keystore", officeKey.toString(), "--password-stdin", "--campaign-only");
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("office bundle"), export.out());

        Path laptop = dir.resolve("zs.inspector");
        CliRun init = CliRun.of("init", "--workspace", laptop.toString(), "--bundle", ob1.toString(), "--inspector", "张三");
        assertEquals(0, init.exit(), init.err());

        String id;
        try (Workspace ws = Workspace.open(laptop)) {
            id = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2)).id();
        }
        Path zs1 = dir.resolve("zs-1.inspbundle");
        assertEquals(0, CliRun.withStdin(PASSWORD + "\n", "bundle", "export", "--workspace", laptop.toString(),
                "--out", zs1.toString(), "--keystore", zsKey.toString(), "--password-stdin", "--since", "last").exit());

        CliRun verify = CliRun.of("bundle", "verify", zs1.toString());
        assertEquals(0, verify.exit(), verify.err());
        assertTrue(verify.out().contains("张三 (zhangsan)") && verify.out().contains("涪城区")
                && verify.out().contains("1 findings"), verify.out());

        Path emptyTrust = Files.createDirectories(dir.resolve("trust"));
        CliRun untrusted = CliRun.of("bundle", "verify", zs1.toString(), "--trust", emptyTrust.toString());
        assertEquals(2, untrusted.exit());
        assertTrue(untrusted.err().contains("not in the trust folder"), untrusted.err());

        CliRun dry = CliRun.of("bundle", "import", "--workspace", office.toString(), zs1.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("新增 new 1") && dry.out().contains("nothing was written"), dry.out());
        try (Workspace ws = Workspace.open(office)) {
            assertTrue(ws.finding(id).isEmpty(), "a dry run writes nothing");
        }
        CliRun imported = CliRun.of("bundle", "import", "--workspace", office.toString(), zs1.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("新增 new 1"), imported.out());
        CliRun again = CliRun.of("bundle", "import", "--workspace", office.toString(), zs1.toString());
        // Recognised from its signed manifest (same id, same manifest SHA-256): nothing to merge, images not re-read.
        assertTrue(again.out().contains("already merged") && again.out().contains("新增 new 0")
                && again.out().contains("imported before"), again.out());

        try (Workspace ws = Workspace.open(office)) {
            ws.putFinding(FindingDraft.of(ws.finding(id).orElseThrow()).withCount(3));
        }
        try (Workspace ws = Workspace.open(laptop)) {
            ws.putFinding(FindingDraft.of(ws.finding(id).orElseThrow()).withCount(4));
        }
        Path zs2 = dir.resolve("zs-2.inspbundle");
        assertEquals(0, CliRun.withStdin(PASSWORD + "\n", "bundle", "export", "--workspace", laptop.toString(),
                "--out", zs2.toString(), "--keystore", zsKey.toString(), "--password-stdin", "--since", "last").exit());
        CliRun conflicted = CliRun.of("bundle", "import", "--workspace", office.toString(), zs2.toString());
        assertTrue(conflicted.out().contains("冲突 in conflict 1"), conflicted.out());

        CliRun list = CliRun.of("conflicts", "list", "--workspace", office.toString());
        assertTrue(list.out().contains("1 个冲突"), list.out());
        String conflictId = list.out().lines().filter(l -> l.strip().startsWith("C-")).findFirst().orElseThrow()
                .strip().split("\\s+")[0];
        CliRun show = CliRun.of("conflicts", "show", conflictId, "--workspace", office.toString());
        assertTrue(show.out().contains("count:") && show.out().contains("张三"), show.out());
        CliRun resolve = CliRun.of("conflicts", "resolve", conflictId, "--workspace", office.toString(),
                "--take", "theirs", "--note", "张三复核为准");
        assertEquals(0, resolve.exit(), resolve.err());
        assertTrue(CliRun.of("conflicts", "list", "--workspace", office.toString()).out().contains("no conflicts"));
        try (Workspace ws = Workspace.open(office)) {
            assertEquals(4, ws.finding(id).orElseThrow().count());
        }
    }

    private Path keystore(String name) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = g.generateKeyPair();
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).addRDN(BCStyle.O, "绵阳市").build();
        Instant now = Instant.now();
        var cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)), subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        Path file = dir.resolve(name + ".p12");
        Identities.save(new SigningIdentity(keys.getPrivate(), List.of(cert)), file, PASSWORD.toCharArray());
        return file;
    }
}
