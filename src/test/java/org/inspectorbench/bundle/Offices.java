package org.inspectorbench.bundle;

import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.TestWorkspaces;
import org.inspectorbench.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A test office (the campaign of store's fixtures: 张三 on 涪城区 and 高新区, 李四 on 市发展改革委) and
 * inspectors' laptops started from its office bundle.
 */
final class Offices {

    static final BundleSigner OFFICE = TestSigners.ec("绵阳市政务公开办");
    static final BundleSigner ZHANGSAN = TestSigners.ec("张三");
    static final BundleSigner LISI = TestSigners.ec("李四");
    static final BundleSigner WANGWU = TestSigners.ec("王五");

    private Offices() {
    }

    /** A fresh office workspace at dir/office.inspector, worked in by "office". */
    static Workspace office(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workspace ws = Workspace.create(dir.resolve("office.inspector"), TestWorkspaces.campaign(dir.resolve("campaign")),
                "office");
        return ws;
    }

    static Path officeBundle(Workspace office, Path out) {
        BundleExport.export(office, OFFICE, out, new BundleExport.Options(BundleKind.OFFICE, false));
        return out;
    }

    /** An inspector's laptop started from {@code officeBundle}. */
    static Workspace laptop(Path file, Path officeBundle, String inspector) {
        return OfficeBootstrap.create(file, VerifiedBundle.open(officeBundle, null), inspector);
    }

    static Path export(Workspace ws, BundleSigner signer, Path out, boolean sinceLast) {
        BundleExport.export(ws, signer, out, new BundleExport.Options(BundleKind.INSPECTOR, sinceLast));
        return out;
    }

    static ImportReport importInto(Workspace ws, Path bundle) {
        return BundleImport.apply(ws, VerifiedBundle.open(bundle, null));
    }

    static Map<String, List<String>> dump(Workspace ws) {
        return BundleTx.read(ws, BundleTx::canonicalRows);
    }
}
