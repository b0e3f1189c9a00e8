package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL of the evidence materials: the frozen list, the receipts and their files (schema: V5.sql). */
final class MaterialRows {

    /** A receipt as stored: which unit sent which material when. */
    record Receipt(String unit, int material, LocalDate receivedOn, String note) {
    }

    private MaterialRows() {
    }

    static Optional<String> catalogJson(Connection c) throws SQLException {
        return Sql.one(c, "SELECT catalog_json FROM material_catalog", rs -> rs.getString(1));
    }

    static void storeCatalog(Connection c, String json, String sha256, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO material_catalog (catalog_json, sha256, stored_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (one_row) DO UPDATE SET catalog_json = excluded.catalog_json,"
                + " sha256 = excluded.sha256, stored_at = excluded.stored_at", json, sha256, at.toString());
    }

    static List<Receipt> receipts(Connection c, String unit) throws SQLException {
        return Sql.list(c, "SELECT u.name, r.material, r.received_on, r.note FROM material_receipt r"
                        + " JOIN unit u ON u.id = r.unit_id WHERE (? IS NULL OR u.name = ?) ORDER BY u.position, r.material",
                rs -> new Receipt(rs.getString(1), rs.getInt(2), LocalDate.parse(rs.getString(3)), rs.getString(4)),
                unit, unit);
    }

    /** Files per "unit\nmaterial", in the order they were added. */
    static Map<String, List<MaterialFile>> files(Connection c, String unit) throws SQLException {
        Map<String, List<MaterialFile>> out = new HashMap<>();
        for (Object[] row : Sql.list(c, "SELECT u.name, f.material, f.file_name, f.sha256, f.byte_size, f.added_at,"
                        + " f.added_by FROM material_file f JOIN unit u ON u.id = f.unit_id"
                        + " WHERE (? IS NULL OR u.name = ?) ORDER BY f.rowid",
                rs -> new Object[] {rs.getString(1) + "\n" + rs.getInt(2), new MaterialFile(rs.getString(3),
                        rs.getString(4), rs.getLong(5), Instant.parse(rs.getString(6)), rs.getString(7))},
                unit, unit)) {
            out.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((MaterialFile) row[1]);
        }
        return out;
    }

    static void putReceipt(Connection c, long unitId, int material, LocalDate receivedOn, String note,
                           String author, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO material_receipt (unit_id, material, received_on, note, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (unit_id, material) DO UPDATE SET"
                        + " received_on = excluded.received_on, note = COALESCE(excluded.note, material_receipt.note),"
                        + " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
                unitId, material, receivedOn.toString(), note, author, at.toString());
    }

    /** Stores a file's bytes once by hash and links it to the receipt; false when it was linked already. */
    static boolean addFile(Connection c, long unitId, int material, String name, String sha256, byte[] bytes,
                           String author, Instant at) throws SQLException {
        Sql.update(c, "INSERT OR IGNORE INTO material_blob (sha256, bytes) VALUES (?, ?)", sha256, bytes);
        return Sql.update(c, "INSERT OR IGNORE INTO material_file (unit_id, material, sha256, file_name, byte_size,"
                        + " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                unitId, material, sha256, name, (long) bytes.length, at.toString(), author) > 0;
    }

    static Optional<byte[]> bytes(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT bytes FROM material_blob WHERE sha256 = ?", rs -> rs.getBytes(1), sha256);
    }
}
