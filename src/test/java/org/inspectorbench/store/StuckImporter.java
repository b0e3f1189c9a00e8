package org.inspectorbench.store;

import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.UnitFindings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The writing program of {@link CrashSafetyTest#killedInsideABulkImportLeavesThePreviousState}:
 * one import of many large images, long enough for the test to stop it inside the transaction.
 */
public final class StuckImporter {

    private StuckImporter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path images = Path.of(args[1]);
        int big = Integer.parseInt(args[2]);
        try (Workspace ws = Workspace.open(file)) {
            List<FindingInput> findings = new ArrayList<>();
            for (int i = 0; i < big; i++) {
                String name = "big" + i + ".bmp";
                findings.add(new FindingInput(UUID.randomUUID().toString(), "政务公开/依申请公开", "1", i + 1, null,
                        "stuck " + i, null, List.of(name)));
            }
            System.out.println("IMPORTING");
            System.out.flush();
            ws.importFindingsWithoutThumbnails(new FindingsInput(LocalDate.of(2022, 11, 25),
                    List.of(new UnitFindings("涪城区", null, null, findings, null, null))), images, "stuck import");
            System.out.println("COMMITTED");
        }
    }
}
