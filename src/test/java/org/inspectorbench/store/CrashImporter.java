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
 * The writing program of the crash test: imports batches of findings (each with two evidence
 * images) in a loop until it is killed, printing a line after every commit.
 */
public final class CrashImporter {

    static final int BATCH = 20;
    static final int IMAGES_PER_BATCH = 2;
    static final int IMAGE_POOL = 40;

    private CrashImporter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path images = Path.of(args[1]);
        try (Workspace ws = Workspace.open(file)) {
            for (int batch = 0; ; batch++) {
                ImportResult r = ws.importFindingsWithoutThumbnails(batch(batch), images, "crash test batch " + batch);
                System.out.println("COMMITTED " + batch + " " + r.added());
                System.out.flush();
            }
        }
    }

    static FindingsInput batch(int batch) {
        List<FindingInput> findings = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            List<String> evidence = i < IMAGES_PER_BATCH
                    ? List.of("img" + ((batch * IMAGES_PER_BATCH + i) % IMAGE_POOL) + ".png") : null;
            findings.add(new FindingInput(UUID.randomUUID().toString(), "政务公开/依申请公开", "1", i + 1, null,
                    "batch " + batch, null, evidence));
        }
        return new FindingsInput(LocalDate.of(2022, 11, 25),
                List.of(new UnitFindings("涪城区", null, null, findings, null, null)));
    }
}
