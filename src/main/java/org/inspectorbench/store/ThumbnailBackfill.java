package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.Thumbnail;
import org.inspectorbench.evidence.UnsupportedImageException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Version 3's Java step: thumbnails for the evidence stored before thumbnails existed. */
final class ThumbnailBackfill {

    private ThumbnailBackfill() {
    }

    static void run(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT e.sha256, e.original_name, b.bytes FROM evidence e JOIN evidence_blob b USING (sha256)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM evidence_thumb t WHERE t.sha256 = e.sha256)");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO evidence_thumb (sha256, format, width, height, bytes) VALUES (?, ?, ?, ?, ?)");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String sha = rs.getString(1);
                Thumbnail t;
                try {
                    t = EvidenceImage.prepare(rs.getBytes(3), String.valueOf(rs.getString(2))).thumbnail();
                } catch (UnsupportedImageException e) {
                    // Version 1 and 2 checked images on import too, so this cannot happen with
                    // their data; a grid shows a placeholder for an evidence without thumbnail.
                    continue;
                }
                insert.setString(1, sha);
                insert.setString(2, Thumbnail.FORMAT);
                insert.setInt(3, t.width());
                insert.setInt(4, t.height());
                insert.setBytes(5, t.jpeg());
                insert.executeUpdate();
            }
        }
    }
}
