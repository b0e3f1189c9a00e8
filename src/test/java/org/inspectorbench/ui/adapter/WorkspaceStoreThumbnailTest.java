package org.inspectorbench.ui.adapter;

import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.port.EvidenceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a bulk import (thumbnails left for later) the evidence grid gets a thumbnail, not the full image. */
class WorkspaceStoreThumbnailTest {

    @Test
    void aMissingThumbnailIsMadeAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.inspector");
        Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三").close();
        BufferedImage big = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x += 7) {
            big.setRGB(x, x % 1000, 0xff3366);
        }
        ImageIO.write(big, "png", dir.resolve("shot.png").toFile());
        try (Workspace ws = Workspace.open(file)) {
            ws.importFindingsWithoutThumbnails(new FindingsInput(LocalDate.of(2022, 11, 25), List.of(new UnitFindings(
                    "涪城区", null, null, List.of(new FindingInput("f-1", "日常工作/省市通报", "1a", 1, null, null, null,
                    List.of("shot.png"))), null, null))), dir, "bulk");
            WorkspaceStore store = new WorkspaceStore(ws);
            List<EvidenceInfo> evidence = store.evidenceOfUnit("涪城区");
            assertEquals(1, evidence.size());

            byte[] thumb = store.thumbnail(evidence.get(0));
            BufferedImage shown = ImageIO.read(new ByteArrayInputStream(thumb));
            assertTrue(Math.max(shown.getWidth(), shown.getHeight()) <= 256,
                    "a thumbnail, not the 1600 px original: " + shown.getWidth());
            assertTrue(thumb.length < Files.size(dir.resolve("shot.png")) || thumb.length < 40_000);
            // Kept: the next read of the unit's evidence carries it.
            assertTrue(ws.evidence().thumbnail(evidence.get(0).sha256()).isPresent());
        }
    }
}
