-- Model gateway: one row per LLM call (cost ledger), spend per UTC day and
-- budget scope, and the one alert each (day, scope) crossing may send.

CREATE TABLE cost_ledger (
  call_id             TEXT PRIMARY KEY,
  at                  TEXT NOT NULL,              -- ISO 8601, when the call started
  day                 TEXT NOT NULL,              -- 'YYYY-MM-DD' (UTC) of `at`: budgets and roll-ups key on it
  provider            TEXT NOT NULL,
  model               TEXT NOT NULL,
  graph               TEXT NOT NULL,
  node                TEXT NOT NULL,
  prompt_version      TEXT NOT NULL,
  feature             TEXT NOT NULL DEFAULT 'uncategorized',
  user_id             TEXT,
  tenant              TEXT,
  run_id              TEXT,
  input_tokens        INTEGER NOT NULL,
  output_tokens       INTEGER NOT NULL,
  cached_tokens       INTEGER NOT NULL,
  -- NULL when the model is not in the price table (unpriced = 1): never a guessed 0.
  cost_usd            REAL,
  price_table_version TEXT NOT NULL,
  unpriced            INTEGER NOT NULL CHECK (unpriced IN (0, 1)),
  latency_ms          INTEGER NOT NULL,
  cache_hit           INTEGER NOT NULL CHECK (cache_hit IN (0, 1)),
  attempts            INTEGER NOT NULL,
  CHECK ((cost_usd IS NULL) = (unpriced = 1))
);
-- Every roll-up (GET /costs, by graph | node | user | feature | day) is a day-range scan.
CREATE INDEX cost_ledger_by_day ON cost_ledger (day);

-- USD spent per UTC day and scope ('global' or 'graph:<assistant id>'),
-- incremented with each ledger flush and read before every call. The primary
-- key serves both the read and the upsert.
CREATE TABLE budget_spend (
  day        TEXT NOT NULL,
  scope      TEXT NOT NULL,
  spent_usd  REAL NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (day, scope)
);

-- One row per (day, scope) budget crossing. INSERT OR IGNORE on the primary
-- key decides which writer sends the single alert.
CREATE TABLE budget_alerts (
  day        TEXT NOT NULL,
  scope      TEXT NOT NULL,
  spent_usd  REAL NOT NULL,
  limit_usd  REAL NOT NULL,
  alerted_at TEXT NOT NULL,
  PRIMARY KEY (day, scope)
);
