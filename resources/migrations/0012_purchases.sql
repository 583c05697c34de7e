-- The assets module, part 2a: purchase requests (申购, a declared workflow whose 入库 step creates register
-- entries) and supplies issued (申领发放), each with item lines. Money in fen.

-- 申购. Lists are by request date; the dashboard counts the requests awaiting approval (by state), and the
-- state filters list each state by date.
CREATE TABLE purchase_requests (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    requested_on  TEXT NOT NULL,
    requester     TEXT NOT NULL,
    campus        TEXT,
    reason        TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'rejected', 'accepted', 'stocked')),
    reviewed_by   TEXT,
    reviewed_on   TEXT,
    accepted_by   TEXT,
    second_signer TEXT,
    accepted_on   TEXT,
    stocked_by    TEXT,
    stocked_on    TEXT,
    -- The two signatures of an acceptance are two people (the rule says so too, translated).
    CHECK (accepted_by IS NULL OR second_signer IS NULL OR accepted_by <> second_signer)
) STRICT;
CREATE INDEX purchase_requests_requested_on ON purchase_requests(requested_on);
CREATE INDEX purchase_requests_state_requested_on ON purchase_requests(state, requested_on);
CREATE TABLE purchase_request_lines (
    id                  INTEGER PRIMARY KEY,
    purchase_request_id INTEGER NOT NULL REFERENCES purchase_requests(id) ON DELETE CASCADE,
    line_no             INTEGER NOT NULL,
    name                TEXT NOT NULL,
    category            TEXT NOT NULL,
    model               TEXT,
    unit                TEXT,
    quantity            INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price          INTEGER NOT NULL CHECK (unit_price >= 0),
    for_campus          TEXT,
    location            TEXT,
    note                TEXT,
    UNIQUE (purchase_request_id, line_no)
) STRICT;

-- 申领发放. Lists are by date, a class's or a person's issues by recipient.
CREATE TABLE requisitions (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    issued_on      TEXT NOT NULL,
    campus         TEXT,
    recipient_type TEXT NOT NULL CHECK (recipient_type IN ('class', 'person')),
    recipient      TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    issued_by      TEXT NOT NULL,
    received_by    TEXT,
    note           TEXT
) STRICT;
CREATE INDEX requisitions_issued_on ON requisitions(issued_on);
CREATE INDEX requisitions_recipient ON requisitions(recipient, issued_on);
CREATE TABLE requisition_lines (
    id             INTEGER PRIMARY KEY,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    line_no        INTEGER NOT NULL,
    item           TEXT NOT NULL,
    quantity       INTEGER NOT NULL CHECK (quantity >= 1),
    unit           TEXT,
    UNIQUE (requisition_id, line_no)
) STRICT;
