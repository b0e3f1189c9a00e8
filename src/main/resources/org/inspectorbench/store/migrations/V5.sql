-- Workspace schema version 5: the evidence materials (佐证材料, 附件4) the office receives from
-- each unit, and the office's mark that a unit's inspection is complete.

-- The campaign's materials list, frozen on first use like the rubric: later receipts are judged
-- against the list they were recorded under.
CREATE TABLE material_catalog (
    one_row      INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (one_row = 1),
    catalog_json TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    stored_at    TEXT NOT NULL
);

-- When a unit's material arrived. A date after the campaign's evidence deadline makes it late,
-- which counts as missing (附件4: 逾期未报的,视为未开展相关工作); the receipt is kept all the same.
CREATE TABLE material_receipt (
    unit_id     INTEGER NOT NULL REFERENCES unit(id),
    material    INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    note        TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (unit_id, material)
);

-- The files a material came as (stamped PDFs, scans): bytes stored once by hash.
CREATE TABLE material_blob (
    sha256 TEXT PRIMARY KEY,
    bytes  BLOB NOT NULL
);

CREATE TABLE material_file (
    unit_id   INTEGER NOT NULL,
    material  INTEGER NOT NULL,
    sha256    TEXT NOT NULL REFERENCES material_blob(sha256),
    file_name TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL,
    PRIMARY KEY (unit_id, material, sha256),
    FOREIGN KEY (unit_id, material) REFERENCES material_receipt (unit_id, material)
);

-- A unit whose inspection its inspector (or the office) has declared complete.
CREATE TABLE unit_completion (
    unit_id      INTEGER PRIMARY KEY REFERENCES unit(id),
    completed_by TEXT NOT NULL,
    completed_at TEXT NOT NULL
);
