-- Workspace schema version 1: the campaign, its units, findings and evidence.
-- Every record that inspectors edit carries a revision stamp (hybrid logical clock + author),
-- the revision it was edited from, and a deleted flag (tombstone), so that bundles can merge.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One campaign per workspace. The rubric is a frozen copy: a campaign is scored by the rubric it
-- started with, even if a newer rubric file appears.
CREATE TABLE campaign (
    id                TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    rubric_json       TEXT NOT NULL,
    rubric_sha256     TEXT NOT NULL,
    monitoring_date   TEXT NOT NULL,
    evidence_deadline TEXT,
    source_json       TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    one_row           INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (one_row = 1)
);

CREATE TABLE unit (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL,
    tags_json TEXT NOT NULL DEFAULT '[]',
    position  INTEGER NOT NULL
);

CREATE TABLE website (
    id       INTEGER PRIMARY KEY,
    unit_id  INTEGER NOT NULL REFERENCES unit(id),
    name     TEXT NOT NULL,
    url      TEXT,
    position INTEGER NOT NULL,
    UNIQUE (unit_id, name)
);

-- New-media accounts; sample = 1 marks the invented sample list (the real 212-account
-- whitelist is not public). Findings name an account by its name, unique within the unit.
CREATE TABLE account (
    id       INTEGER PRIMARY KEY,
    unit_id  INTEGER NOT NULL REFERENCES unit(id),
    name     TEXT NOT NULL,
    platform TEXT,
    sample   INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL,
    UNIQUE (unit_id, name)
);

CREATE TABLE inspector (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE assignment (
    inspector_id    TEXT NOT NULL REFERENCES inspector(id),
    unit_id         INTEGER NOT NULL REFERENCES unit(id),
    revision        TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (inspector_id, unit_id)
);

-- kind RULE: a finding against item/rule; kind VETO: a 单项否决 found to hold, item = the veto
-- path (政府网站/首页不更新), rule = the numbered condition or NULL.
CREATE TABLE finding (
    id              TEXT PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES unit(id),
    website_id      INTEGER REFERENCES website(id),
    account_id      INTEGER REFERENCES account(id),
    kind            TEXT NOT NULL CHECK (kind IN ('RULE', 'VETO')),
    item            TEXT NOT NULL,
    rule            TEXT,
    count           INTEGER,
    value           TEXT,
    note            TEXT,
    author          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        TEXT NOT NULL,
    parent_revision TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0,
    seq             INTEGER NOT NULL
);
CREATE INDEX finding_by_unit ON finding (unit_id, seq);

-- Evidence is content-addressed: the same bytes attached twice are stored once. The bytes live in
-- their own table so that listing metadata never reads image pages.
CREATE TABLE evidence (
    sha256        TEXT PRIMARY KEY,
    format        TEXT NOT NULL,
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    byte_size     INTEGER NOT NULL,
    original_name TEXT,
    source_url    TEXT,
    captured_at   TEXT,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL
);

CREATE TABLE evidence_blob (
    sha256 TEXT PRIMARY KEY REFERENCES evidence(sha256),
    bytes  BLOB NOT NULL
);

CREATE TABLE finding_evidence (
    finding_id      TEXT NOT NULL REFERENCES finding(id),
    sha256          TEXT NOT NULL REFERENCES evidence(sha256),
    position        INTEGER NOT NULL,
    author          TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    revision        TEXT NOT NULL,
    parent_revision TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (finding_id, sha256)
);
CREATE INDEX finding_evidence_by_hash ON finding_evidence (sha256);
