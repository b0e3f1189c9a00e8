-- Workspace schema version 3: thumbnails (backfilled for existing evidence by the migration),
-- annotations drawn over evidence, and the sampling draws of 随机抽查 rules.

-- A new finding's seq is max(seq) + 1: without this index every insert scanned the whole table.
CREATE INDEX finding_by_seq ON finding (seq);

CREATE TABLE evidence_thumb (
    sha256 TEXT PRIMARY KEY REFERENCES evidence(sha256),
    format TEXT NOT NULL,
    width  INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes  BLOB NOT NULL
);

-- Boxes, arrows and text drawn over one evidence image of one finding; the image is unchanged.
CREATE TABLE annotation (
    id              TEXT PRIMARY KEY,
    finding_id      TEXT NOT NULL REFERENCES finding(id),
    sha256          TEXT NOT NULL REFERENCES evidence(sha256),
    shapes_json     TEXT NOT NULL,
    author          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        TEXT NOT NULL,
    parent_revision TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annotation_by_finding ON annotation (finding_id, sha256);

-- One draw for one sampling rule of a unit (and website or account): candidates, seed, size,
-- drawn items and their pass/fail marks, as the sampling tool's JSON.
CREATE TABLE sampling_draw (
    id              TEXT PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES unit(id),
    website_id      INTEGER REFERENCES website(id),
    account_id      INTEGER REFERENCES account(id),
    item            TEXT NOT NULL,
    rule            TEXT NOT NULL,
    finding_id      TEXT REFERENCES finding(id),
    draw_json       TEXT NOT NULL,
    author          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        TEXT NOT NULL,
    parent_revision TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sampling_draw_by_unit ON sampling_draw (unit_id, item, rule);
