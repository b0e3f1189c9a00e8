package org.inspectorbench.bundle;

import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts an inspector's laptop from the office's bundle: a new workspace of the bundle's campaign
 * (rubric, units, accounts, inspectors from campaign/*.json), then the bundle imported into it
 * (assignments and the office's records). If the import is refused the new file is removed.
 */
public final class OfficeBootstrap {

    private OfficeBootstrap() {
    }

    public static Workspace create(Path workspace, VerifiedBundle office, String inspector) {
        if (office.manifest().kind() != BundleKind.OFFICE) {
            throw new BundleException(BundleProblem.NOT_OFFICE, "不是办公室数据包 " + office.file().getFileName()
                    + " is an inspector's bundle; a workspace starts from the office's bundle (inspector bundle"
                    + " export --campaign-only at the office). Nothing was created.");
        }
        if (CampaignFiles.parse(office) == null) {
            throw new BundleException(BundleProblem.BAD_RECORDS, "缺少考核活动 the office bundle "
                    + office.file().getFileName() + " carries no campaign files. Nothing was created.");
        }
        if (Files.exists(workspace)) {
            throw new WorkspaceException(WorkspaceException.Reason.ALREADY_EXISTS, "“" + workspace
                    + "” 已存在 (already exists): import the bundle into it with `inspector bundle import`, or choose"
                    + " another file name. It was not changed.");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("inspector-campaign");
        } catch (IOException e) {
            throw new BundleException(BundleProblem.IO, "cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            for (Map.Entry<String, byte[]> f : office.campaignFiles().entrySet()) {
                Files.write(dir.resolve(f.getKey().substring(EntryNames.CAMPAIGN_DIR.length())), f.getValue());
            }
            Workspace ws = Workspace.create(workspace, dir.resolve("campaign.json"), inspector);
            try {
                BundleImport.apply(ws, office);
                return ws;
            } catch (RuntimeException e) {
                ws.close();
                deleteWorkspace(workspace);
                throw e;
            }
        } catch (IOException e) {
            throw new BundleException(BundleProblem.IO, "cannot unpack the campaign: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteWorkspace(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover is reported by the next init
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary files
                }
            });
        } catch (IOException ignored) {
            // temporary files
        }
    }
}
