/**
 * Versioned schema. Each migration runs once, in order, inside a transaction;
 * `PRAGMA user_version` records how far a database has come. A database newer
 * than this code is refused rather than written to.
 */
import type Database from 'better-sqlite3'
import { AGGREGATES_SQL } from './aggregates.js'
import { BATCH_COUNTS_MIGRATION_SQL } from './batch-counts.js'
import { EFFECTIVE_COLUMNS_SQL } from './effective.js'
import { INSERT_EFFECTS_SQL } from './insert-effects.js'
import { ROUND_INDEXES_SQL } from './round-indexes.js'
import { NETWORK_LINKS_SQL } from './links.js'
import { ROUNDS_CHANGES_SQL } from './rounds.js'
import { rebuildWithRowid } from './rowid-tables.js'

export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
  /** Work SQL text cannot say (after `sql`, in the same transaction). */
  readonly run?: (db: Database.Database) => void
  /** Rebuilds tables that others reference: run with foreign keys off, checked after. */
  readonly rebuildsTables?: true
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,                 -- hash of the cleaned text
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        language TEXT NOT NULL,
        published TEXT,
        published_precision TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        profile TEXT,
        version INTEGER NOT NULL,            -- 1 + earlier documents with the same url (or source)
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        analysis TEXT NOT NULL               -- JSON: mentions, events, positions, messages
      );
      CREATE INDEX documents_by_source ON documents(source);
      CREATE INDEX documents_by_url ON documents(url);
      CREATE INDEX documents_by_published ON documents(published);

      CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;

      -- Folded shadow text (case, diacritics, đ/ə/ı) so 'dam phan' finds 'đàm phán'.
      CREATE VIRTUAL TABLE sentence_search USING fts5(
        folded, original UNINDEXED, doc_id UNINDEXED, idx UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        date_value TEXT,
        date_precision TEXT,
        location TEXT,
        negated INTEGER NOT NULL,
        future INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        cluster TEXT,
        record TEXT NOT NULL,                -- JSON EventRecord
        PRIMARY KEY (doc_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX events_by_type ON events(type);
      CREATE INDEX events_by_date ON events(date_value);
      CREATE INDEX events_by_cluster ON events(cluster);

      CREATE TABLE event_actors (
        doc_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        role TEXT NOT NULL,                  -- source | target | mediator | attributed
        actor_id TEXT NOT NULL,
        country TEXT NOT NULL,
        FOREIGN KEY (doc_id, event_id) REFERENCES events(doc_id, id) ON DELETE CASCADE
      );
      CREATE INDEX event_actors_by_actor ON event_actors(actor_id);
      CREATE INDEX event_actors_by_country ON event_actors(country);
      CREATE INDEX event_actors_by_event ON event_actors(doc_id, event_id);

      CREATE TABLE positions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        issue TEXT NOT NULL,
        party TEXT NOT NULL,
        stance TEXT NOT NULL,
        date_value TEXT,
        record TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX positions_by_issue ON positions(issue, party);

      CREATE TABLE actor_mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        country TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (doc_id, actor_id)
      ) WITHOUT ROWID;
      CREATE INDEX actor_mentions_by_actor ON actor_mentions(actor_id);

      -- Analyst corrections live apart from extracted data and survive re-extraction.
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_kind TEXT NOT NULL,           -- event | position
        doc_id TEXT NOT NULL,
        record_key TEXT NOT NULL,            -- event id or position index
        action TEXT NOT NULL,                -- confirm | reject | edit
        patch TEXT,                          -- JSON of edited fields
        note TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX corrections_by_record ON corrections(record_kind, doc_id, record_key);
    `,
  },
  {
    version: 2,
    name: 'clusters',
    sql: `
      -- Events merged across documents and languages (src/merge, src/app/merge.ts).
      -- events.cluster points here; ids are never renumbered.
      CREATE TABLE clusters (
        id TEXT PRIMARY KEY,                 -- derived from the first mention (src/merge/cluster-id.ts)
        seq INTEGER NOT NULL UNIQUE,         -- creation order; ties between candidates go to the older
        type TEXT NOT NULL,                  -- the type most mentions give
        negated INTEGER NOT NULL,
        date_value TEXT,                     -- best date: the most precise, then the most reported
        date_precision TEXT,
        date_lo TEXT,                        -- the days every dated mention allows
        date_hi TEXT,
        place TEXT,                          -- best place (English name)
        place_country TEXT,
        lat REAL,
        lon REAL,
        sources TEXT NOT NULL,               -- states as most reports give them, '+'-joined
        targets TEXT NOT NULL,
        mediators TEXT NOT NULL,
        first_reported TEXT,                 -- earliest / latest publication date of its documents
        last_reported TEXT,
        reports INTEGER NOT NULL,            -- distinct documents
        mentions INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        languages TEXT NOT NULL,             -- comma-separated, most reported first
        contested TEXT,                      -- null, 'denial', 'perpetrator' or 'denial,perpetrator'
        versions TEXT NOT NULL,              -- JSON: each side's version with its attribution
        profile TEXT NOT NULL                -- JSON ClusterProfile, what the merger compares with
      );
      CREATE INDEX clusters_by_type_date ON clusters(type, date_value);
      CREATE INDEX clusters_by_date ON clusters(date_value, first_reported);
      CREATE INDEX clusters_contested ON clusters(contested) WHERE contested IS NOT NULL;

      -- The candidate index: each cluster under (type, month or year bucket, state).
      CREATE TABLE cluster_keys (
        type TEXT NOT NULL,
        bucket TEXT NOT NULL,
        state TEXT NOT NULL,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        PRIMARY KEY (type, bucket, state, cluster_id)
      ) WITHOUT ROWID;
      CREATE INDEX cluster_keys_by_cluster ON cluster_keys(cluster_id);

      -- Why a mention joined a cluster (rule duplicate-event | contested-event) and with which mention.
      CREATE TABLE event_merges (
        doc_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        cluster_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        cause_doc TEXT NOT NULL,
        cause_event TEXT NOT NULL,
        PRIMARY KEY (doc_id, event_id),
        FOREIGN KEY (doc_id, event_id) REFERENCES events(doc_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX event_merges_by_cluster ON event_merges(cluster_id);
    `,
  },
  {
    version: 3,
    name: 'cluster-keys-terms',
    sql: `
      -- The candidate index (src/merge/keys.ts) now files each cluster under (type, month, state)
      -- and (type, year, exact sides | place word | map cell), with its date bounds so that a
      -- lookup filters dates inside the index range it reads. Keys and clusters are derived data:
      -- they are dropped here, and the next merge (ingest or \`parley events\`) files every event
      -- again in ingest order, which gives the same cluster ids.
      DROP TABLE cluster_keys;
      CREATE TABLE cluster_keys (
        type TEXT NOT NULL,
        bucket TEXT NOT NULL,
        term TEXT NOT NULL,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        date_lo TEXT NOT NULL,
        date_hi TEXT NOT NULL,
        PRIMARY KEY (type, bucket, term, cluster_id)
      ) WITHOUT ROWID;
      CREATE INDEX cluster_keys_by_cluster ON cluster_keys(cluster_id);
      DELETE FROM event_merges;
      DELETE FROM clusters;
      UPDATE events SET cluster = NULL WHERE cluster IS NOT NULL;
    `,
  },
  {
    version: 4,
    name: 'document-version-key',
    sql: `
      -- Versioning counts earlier documents with the same url (or source); without this index
      -- that count scanned the whole table on every insert, so ingest slowed as the store grew.
      CREATE INDEX documents_by_version_key ON documents(coalesce(url, source));
      -- Deleting a document must take its search rows too (FTS5 tables have no foreign keys).
      CREATE TRIGGER documents_delete_search AFTER DELETE ON documents BEGIN
        DELETE FROM sentence_search WHERE doc_id = old.id;
      END;
    `,
  },
  // Effective (corrected) values as columns, and the counts the dashboard shows kept by triggers.
  { version: 5, name: 'effective-columns-and-counts', sql: EFFECTIVE_COLUMNS_SQL + AGGREGATES_SQL },
  // Which documents' meetings, agreements or positions changed, for regrouping only the rounds of talks they touch.
  { version: 6, name: 'negotiation-changes', sql: ROUNDS_CHANGES_SQL },
  // The kept counts of stored rows added once per write batch, not per row (ingest speed).
  { version: 7, name: 'batch-counts', sql: BATCH_COUNTS_MIGRATION_SQL },
  // The network's links of each event computed from its participants when counts move, not stored (ingest writes).
  { version: 8, name: 'network-links-on-demand', sql: NETWORK_LINKS_SQL },
  // Events and positions as rowid tables: rows appended, not filed in a deep b-tree of whole rows (ingest writes).
  { version: 9, name: 'rowid-events-positions', sql: '', run: rebuildWithRowid, rebuildsTables: true },
  // What storing a document sets off done by the store's statements, not by insert triggers (ingest writes).
  { version: 10, name: 'insert-effects-in-store', sql: INSERT_EFFECTS_SQL },
  // Meetings and agreements indexed for rounds of talks apart, not every event by type (ingest writes).
  { version: 11, name: 'round-type-indexes', sql: ROUND_INDEXES_SQL },
]

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0
