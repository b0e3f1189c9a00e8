package org.inspectorbench.ui.bundle;

import org.inspectorbench.bundle.TrustFolder;
import org.inspectorbench.signing.Certificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's trust list: certificates in {@code trusted-certs} beside the office workspace.
 * Without the folder any valid signature is accepted (and the preview says so); with it, only its signers.
 */
class TrustFolderPreviewTest {

    @Test
    void theFolderBesideTheWorkspaceDecidesWhoMaySign(@TempDir Path dir) throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            s.finding(2, "首页未更新");
            Path bundle = s.export("zs-1.inspbundle");
            WorkspaceBundles office = new WorkspaceBundles(s.office);

            BundlePreview open = office.preview(bundle);
            assertNull(open.refusal(), open.refusal());
            assertFalse(open.trusted(), "no trust folder: valid, but not checked against a trust list");

            Path trust = Files.createDirectories(s.office.file().toAbsolutePath().getParent().resolve(TrustFolder.BESIDE_WORKSPACE));
            Files.writeString(trust.resolve("office.pem"), Certificates.toPem(BundleScenario.OFFICE.certificate()));
            BundlePreview untrusted = office.preview(bundle);
            assertNotNull(untrusted.refusal(), "张三 is not in the trust folder");
            assertTrue(untrusted.refusal().contains("不受信任"), untrusted.refusal());

            Files.writeString(trust.resolve("zhangsan.pem"), Certificates.toPem(BundleScenario.ZHANGSAN.certificate()));
            BundlePreview trusted = office.preview(bundle);
            assertNull(trusted.refusal(), trusted.refusal());
            assertTrue(trusted.trusted());
        }
    }
}
