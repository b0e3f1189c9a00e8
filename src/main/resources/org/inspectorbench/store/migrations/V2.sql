-- Workspace schema version 2: the history log and per-author undo/redo stacks.

-- Append-only: rows are never updated or deleted (the triggers refuse it). An undo is a new
-- group of entries whose before/after are the inverse of the group it undoes.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    TEXT NOT NULL,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('do', 'undo', 'redo')),
    label       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    unit_id     INTEGER REFERENCES unit(id),
    before_json TEXT,
    after_json  TEXT,
    undoes      TEXT
);
CREATE INDEX history_by_group ON history (group_id);
CREATE INDEX history_by_unit ON history (unit_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

-- The undo/redo pointers of each author: the action groups that undo (resp. redo) would take
-- back next, the top of each stack being the highest position.
CREATE TABLE undo_stack (
    author   TEXT NOT NULL,
    stack    TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
    position INTEGER NOT NULL,
    group_id TEXT NOT NULL,
    PRIMARY KEY (author, stack, position)
);
