package org.inspectorbench.ui.bundle;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.inspectorbench.bundle.BundleExport;
import org.inspectorbench.bundle.BundleImport;
import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.BundleSigner;
import org.inspectorbench.bundle.OfficeBootstrap;
import org.inspectorbench.bundle.VerifiedBundle;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.TestWorkspaces;
import org.inspectorbench.store.Workspace;

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

/**
 * An office workspace (the store fixtures' campaign: 张三 on 涪城区 and 高新区, 李四 on 市发展改革委) and
 * 张三's laptop started from its office bundle, with bundles made from the laptop.
 */
final class BundleScenario implements AutoCloseable {

    static final BundleSigner OFFICE = signer("绵阳市政务公开办");
    static final BundleSigner ZHANGSAN = signer("张三");

    final Path dir;
    final Workspace office;
    final Workspace laptop;
    private int n;

    BundleScenario(Path dir) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir.resolve("o"));
        office = Workspace.create(dir.resolve("o/office.inspector"), TestWorkspaces.campaign(dir.resolve("campaign")),
                "office");
        Path ob = dir.resolve("office-1.inspbundle");
        BundleExport.export(office, OFFICE, ob, new BundleExport.Options(BundleKind.OFFICE, false));
        laptop = OfficeBootstrap.create(dir.resolve("zs.inspector"), VerifiedBundle.open(ob, null), "张三");
    }

    /** 张三 records a finding with a screenshot on 涪城区. */
    Finding finding(int count, String note) throws Exception {
        Finding f = laptop.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(count).withNote(note));
        Path shot = dir.resolve("shot" + (++n) + ".png");
        Files.write(shot, TestImages.encode(TestImages.picture(120, 80, n), "png"));
        laptop.evidence().attach(f.id(), List.of(shot));
        return f;
    }

    /** A bundle of what 张三 did since his last export. */
    Path export(String name) {
        Path out = dir.resolve(name);
        BundleExport.export(laptop, ZHANGSAN, out, new BundleExport.Options(BundleKind.INSPECTOR, true));
        return out;
    }

    /** A conflict in the office: 张三 and the office both edit the same finding after a first merge. */
    Finding conflict() throws Exception {
        Finding f = finding(2, "初查");
        BundleImport.apply(office, VerifiedBundle.open(export("zs-1.inspbundle"), null));
        office.putFinding(FindingDraft.of(office.finding(f.id()).orElseThrow()).withCount(5));
        laptop.putFinding(FindingDraft.of(laptop.finding(f.id()).orElseThrow()).withNote("复查: 三件逾期"));
        BundleImport.apply(office, VerifiedBundle.open(export("zs-2.inspbundle"), null));
        return f;
    }

    @Override
    public void close() {
        laptop.close();
        office.close();
    }

    static BundleSigner signer(String name) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = g.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
                    .addRDN(BCStyle.O, "绵阳市政务公开检查组").build();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                    keys.getPublic());
            return new BundleSigner(keys.getPrivate(), List.of(new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
