/**
 * Migration 9: events and positions become ordinary (rowid) tables, with
 * their primary key kept as a unique index, so that stored rows are
 * appended in ingest order instead of filed inside a b-tree of their
 * whole rows.
 *
 * Why: a WITHOUT ROWID table keeps every row in its key's b-tree, interior
 * pages included; an event row (its record JSON, some 800 bytes) left four
 * of them to a 4 KB page, so the tree was seven levels deep at 38,000
 * events and every stored document rewrote several of its pages (a fifth
 * of an ingest's page writes, and the most expensive inserts). SQLite
 * advises WITHOUT ROWID only for rows under a twentieth of a page.
 *
 * What stays: the columns in their order, every constraint, the foreign
 * keys that point here (to the unique (doc_id, id) / (doc_id, idx) key), the
 * triggers and indexes, re-created as they were; an index not naming the
 * key columns gets them added, so that it still covers them and orders ties
 * by them as the WITHOUT ROWID index did. Rows are copied in key order.
 * Runs with foreign keys off (a rebuilt table must not cascade its
 * deletion to the rows that reference it); sqlite.ts checks them after.
 */
import type Database from 'better-sqlite3'

/** The tables rebuilt, with their primary key columns. */
const TABLES = [
  { table: 'events', key: ['doc_id', 'id'] },
  { table: 'positions', key: ['doc_id', 'idx'] },
] as const

export function rebuildWithRowid(db: Database.Database): void {
  for (const { table, key } of TABLES) rebuild(db, table, key)
}

interface SchemaRow {
  readonly type: string
  readonly name: string
  readonly sql: string
}

function rebuild(db: Database.Database, table: string, key: readonly string[]): void {
  const schema = db.prepare('SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL').all(table) as SchemaRow[]
  const create = schema.find((r) => r.type === 'table')
  if (!create || !/\)\s*WITHOUT\s+ROWID\s*$/i.test(create.sql)) return
  const old = `${table}_without_rowid`
  // Note: with legacy_alter_table the rename leaves the other tables' triggers and foreign keys naming `table`,
  // which is the new table once it is created.
  db.pragma('legacy_alter_table = ON')
  try {
    db.exec(`ALTER TABLE ${table} RENAME TO ${old}`)
    db.exec(create.sql.replace(/\)\s*WITHOUT\s+ROWID\s*$/i, ')'))
    db.exec(`INSERT INTO ${table} SELECT * FROM ${old} ORDER BY ${key.join(', ')}`)
    db.exec(`DROP TABLE ${old}`)
  } finally {
    db.pragma('legacy_alter_table = OFF')
  }
  for (const r of schema.filter((x) => x.type === 'index')) db.exec(withKey(r.sql, key))
  for (const r of schema.filter((x) => x.type === 'trigger')) db.exec(r.sql)
}

/**
 * An index definition with the key columns it lacks appended (what a WITHOUT
 * ROWID index held implicitly). Only a plain column list is touched (no
 * expression, no WHERE); these tables have no other kind.
 */
function withKey(sql: string, key: readonly string[]): string {
  const match = /^(CREATE\s+(?:UNIQUE\s+)?INDEX\s+\S+\s+ON\s+\S+\s*\()([^()]*)\)\s*$/i.exec(sql)
  if (!match) return sql
  const columns = match[2]!.split(',').map((c) => c.trim())
  const missing = key.filter((k) => !columns.includes(k))
  return missing.length === 0 ? sql : `${match[1]}${[...columns, ...missing].join(', ')})`
}
