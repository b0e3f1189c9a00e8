-- Workspace schema version 4: bundles (docs/bundle-format.md).
-- Every version of every mergeable record that this workspace has seen, made here or received in
-- a bundle. A record's current row (finding, finding_evidence, annotation, sampling_draw,
-- assignment) is the provisional winner among its heads: the versions no other known version was
-- edited from. Two heads or more are a conflict; both versions stay here until a reviewer's
-- resolution, a new version edited from all of them, makes one head again.

CREATE TABLE record_version (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    revision     TEXT NOT NULL,
    parents_json TEXT NOT NULL,
    author       TEXT NOT NULL,
    unit         TEXT,
    deleted      INTEGER NOT NULL,
    state_json   TEXT NOT NULL,
    UNIQUE (kind, record_id, revision)
);

CREATE TABLE record_head (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    revision  TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, revision)
);

-- Provenance: which received bundles carried which version (a set, so the order of imports does
-- not matter). A version made in this workspace has no row here.
CREATE TABLE record_version_bundle (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    revision  TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, revision, bundle_id)
);

CREATE TABLE bundle_received (
    bundle_id          TEXT PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('inspector', 'office')),
    seq                INTEGER NOT NULL,
    author_id          TEXT NOT NULL,
    author_name        TEXT NOT NULL,
    certificate_sha256 TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    file_name          TEXT,
    summary_json       TEXT NOT NULL
);

-- The bundles this workspace wrote: "--since last" exports the records with a version of a seq
-- above the last export's up_to_seq.
CREATE TABLE bundle_exported (
    bundle_id  TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('inspector', 'office')),
    seq        INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    since_seq  INTEGER NOT NULL,
    up_to_seq  INTEGER NOT NULL,
    file_name  TEXT
);
