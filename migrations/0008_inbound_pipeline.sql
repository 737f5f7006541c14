-- The inbound pipeline (workers/email/src/inbound): every message that reaches
-- the reply domain is kept, matched or not, with the reason it was not
-- attached to a thread or not classified. Rows of 0005 keep NULLs here.

-- The envelope recipient (RCPT TO) the message was delivered to.
ALTER TABLE inbound_messages ADD COLUMN to_address TEXT;
-- 'matched': the signed reply token named a live thread; 'unmatched': kept for
-- a human, never attached (no token, a forged token, a thread that is gone).
ALTER TABLE inbound_messages ADD COLUMN match_status TEXT CHECK (match_status IN ('matched', 'unmatched'));
-- Why the message is unmatched or unclassified: no_token | forged_token |
-- unknown_thread | malformed_mime | oversized | classify_rejected.
ALTER TABLE inbound_messages ADD COLUMN reason TEXT;
-- Which inbound_classify stage decided the label (headers | lexical | model).
ALTER TABLE inbound_messages ADD COLUMN stage TEXT;
-- Bytes of the raw message read (capped at the parse limit for oversized mail).
ALTER TABLE inbound_messages ADD COLUMN raw_size INTEGER;

CREATE INDEX inbound_by_match ON inbound_messages (match_status, received_at);
