-- The lexicon's entries and their whole history, so that every node of a deployment scores
-- with the same lexicon and a webmaster can roll back to any earlier version. Each row is one
-- state of one entry, valid from the version that wrote it until the version that replaced or
-- removed it (NULL while it is current); the lexicon at version V is every row valid at V.

CREATE TABLE lexicon_entry (
    entry_id   BIGINT       NOT NULL,
    valid_from BIGINT       NOT NULL,
    valid_to   BIGINT,
    phrase     VARCHAR(200) NOT NULL,
    category   VARCHAR(20)  NOT NULL,
    weight     DOUBLE PRECISION NOT NULL,
    note       VARCHAR(500) NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    PRIMARY KEY (entry_id, valid_from)
);

CREATE INDEX lexicon_entry_current ON lexicon_entry (valid_to, entry_id);

-- One row: the current version and the next entry id. Writers lock it, so versions are a
-- gapless sequence even with several nodes writing.
CREATE TABLE lexicon_state (
    id       INTEGER NOT NULL PRIMARY KEY,
    version  BIGINT  NOT NULL,
    next_id  BIGINT  NOT NULL
);

INSERT INTO lexicon_state (id, version, next_id) VALUES (1, 0, 1);
