package org.inspectorbench.store;

import java.nio.file.Path;

/** A second program for tests: opens the workspace given and keeps it open until killed. */
public final class HoldWorkspace {

    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("OPEN pid " + ProcessHandle.current().pid() + " units " + ws.units().size());
            System.out.flush();
            Thread.sleep(120_000);
        } catch (WorkspaceException e) {
            System.out.println("REFUSED " + e.reason() + " " + e.getMessage());
        }
    }
}
