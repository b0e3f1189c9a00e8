package org.inspectorbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small test campaign (fixtures/*.json) copied into a folder, and workspaces made from it. */
public final class TestWorkspaces {

    private TestWorkspaces() {
    }

    public static Path campaign(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : new String[] {"campaign.json", "rubric.json", "units.json"}) {
                try (InputStream in = TestWorkspaces.class.getResourceAsStream("fixtures/" + name)) {
                    Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir.resolve("campaign.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new workspace {@code dir/ws.inspector} from the test campaign, worked in by 张三. */
    public static Workspace create(Path dir) {
        return Workspace.create(dir.resolve("ws.inspector"), campaign(dir.resolve("campaign")), "张三");
    }
}
