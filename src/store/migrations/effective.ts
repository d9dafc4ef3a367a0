/**
 * Migration 5: each event and position carries its *effective* values (as
 * the latest analyst correction leaves them: type, date, place, issue,
 * stance, review status) and its stable record key in columns of its own,
 * so the dashboard's filters, counts and orderings read indexed columns
 * instead of extracting the corrections' JSON for every row of every query.
 *
 * They are kept right by triggers, in the transaction of the write that
 * changes them: storing or deleting a correction recomputes the records it
 * names, and a record stored again (re-ingest) takes its latest correction
 * back. The JSON logic mirrors correctedEvent / correctedPosition of
 * src/app/corrections.ts (the record the API shows is still built there);
 * store tests check that both agree.
 */

/** Recompute the effective columns of the events `scope` selects (a condition on `e2`). */
export function refreshEvents(scope: string): string {
  return `UPDATE events SET correction_id = x.cid, status = coalesce(x.action, 'none'),
      eff_type = coalesce(json_extract(x.patch, '$.type'), events.type),
      eff_date = CASE WHEN json_type(x.patch, '$.date') IS NOT NULL THEN json_extract(x.patch, '$.date.value') ELSE events.date_value END,
      eff_date_precision = CASE WHEN json_type(x.patch, '$.date') IS NOT NULL THEN json_extract(x.patch, '$.date.precision') ELSE events.date_precision END,
      eff_location = CASE WHEN json_type(x.patch, '$.location') IS NOT NULL THEN json_extract(x.patch, '$.location') ELSE events.location END,
      eff_place = lower(CASE WHEN json_type(x.patch, '$.location') IS NOT NULL THEN json_extract(x.patch, '$.location') ELSE events.location END)
    FROM (SELECT e2.doc_id AS doc, e2.id AS eid, c.id AS cid, c.action AS action, c.patch AS patch FROM events e2
      LEFT JOIN corrections c ON c.id = (SELECT max(k.id) FROM corrections k WHERE k.record_kind = 'event' AND k.doc_id = e2.doc_id AND k.record_key = e2.record_key)
      WHERE ${scope}) AS x
    WHERE events.doc_id = x.doc AND events.id = x.eid`
}

/** Recompute the effective columns of the positions `scope` selects (a condition on `p2`). */
export function refreshPositions(scope: string): string {
  return `UPDATE positions SET correction_id = x.cid, status = coalesce(x.action, 'none'),
      eff_issue = coalesce(json_extract(x.patch, '$.issue'), positions.issue),
      eff_stance = coalesce(json_extract(x.patch, '$.stance'), positions.stance),
      eff_when = coalesce(CASE WHEN json_type(x.patch, '$.date') IS NOT NULL THEN json_extract(x.patch, '$.date.value') ELSE positions.date_value END, x.published)
    FROM (SELECT p2.doc_id AS doc, p2.idx AS pidx, c.id AS cid, c.action AS action, c.patch AS patch, d.published AS published
      FROM positions p2 JOIN documents d ON d.id = p2.doc_id
      LEFT JOIN corrections c ON c.id = (SELECT max(k.id) FROM corrections k WHERE k.record_kind = 'position' AND k.doc_id = p2.doc_id AND k.record_key = p2.record_key)
      WHERE ${scope}) AS x
    WHERE positions.doc_id = x.doc AND positions.idx = x.pidx`
}

const EVENT_KEY = `type || '@' || json_extract(record, '$.evidence.start') || '-' || json_extract(record, '$.evidence.end')
  || '#' || json_extract(record, '$.trigger.start') || '-' || json_extract(record, '$.trigger.end')`
const POSITION_KEY = `issue || '/' || json_extract(record, '$.party.id') || '@' || json_extract(record, '$.evidence.start') || '-' || json_extract(record, '$.evidence.end')`

const onCorrection = (row: 'new' | 'old') => `
    ${refreshEvents(`${row}.record_kind = 'event' AND e2.doc_id = ${row}.doc_id AND e2.record_key = ${row}.record_key`)};
    ${refreshPositions(`${row}.record_kind = 'position' AND p2.doc_id = ${row}.doc_id AND p2.record_key = ${row}.record_key`)};`

export const EFFECTIVE_COLUMNS_SQL = `
  ALTER TABLE events ADD COLUMN record_key TEXT NOT NULL DEFAULT '';  -- eventKey() of src/app/corrections.ts
  ALTER TABLE events ADD COLUMN language TEXT;                       -- the document's (for filters without a join)
  ALTER TABLE events ADD COLUMN published TEXT;                      -- the document's (for the date order)
  ALTER TABLE events ADD COLUMN location_country TEXT;               -- as extracted
  ALTER TABLE events ADD COLUMN located INTEGER NOT NULL DEFAULT 0;  -- extracted place has coordinates
  ALTER TABLE events ADD COLUMN eff_type TEXT NOT NULL DEFAULT '';
  ALTER TABLE events ADD COLUMN eff_date TEXT;                       -- YYYY, YYYY-MM or YYYY-MM-DD
  ALTER TABLE events ADD COLUMN eff_date_precision TEXT;
  ALTER TABLE events ADD COLUMN eff_location TEXT;
  ALTER TABLE events ADD COLUMN eff_place TEXT;                      -- lower(eff_location)
  ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'none'; -- none | confirm | reject | edit
  ALTER TABLE events ADD COLUMN correction_id INTEGER;               -- the latest correction, if any
  -- ' ARM ARM@source nikol-pashinyan nikol-pashinyan@source AZE AZE@target ': who takes part (ids and states,
  -- alone and with their role), for the actor filter; ' border-delimitation ': issues of positions stated
  -- in the event's sentence, for the issue filter (src/store/rows.ts builds both the same way).
  ALTER TABLE events ADD COLUMN actor_keys TEXT;
  ALTER TABLE events ADD COLUMN issue_keys TEXT;
  -- The document's profile, and what rounds of talks need of the record, compact: a JSON array
  -- [source states, target states, mediator states, mode, negated, future, evidence start, evidence end].
  ALTER TABLE events ADD COLUMN profile TEXT;
  ALTER TABLE events ADD COLUMN brief TEXT NOT NULL DEFAULT '[]';
  UPDATE events SET record_key = ${EVENT_KEY},
    language = (SELECT d.language FROM documents d WHERE d.id = events.doc_id),
    profile = (SELECT d.profile FROM documents d WHERE d.id = events.doc_id),
    brief = json_array(
      json((SELECT json_group_array(json_extract(v.value, '$.country')) FROM json_each(record, '$.source') v)),
      json((SELECT json_group_array(json_extract(v.value, '$.country')) FROM json_each(record, '$.target') v)),
      json((SELECT json_group_array(json_extract(v.value, '$.country')) FROM json_each(record, '$.mediators') v)),
      json_extract(record, '$.mode'), json_extract(record, '$.negated') = 1, json_extract(record, '$.future') = 1,
      json_extract(record, '$.evidence.start'), json_extract(record, '$.evidence.end')),
    published = (SELECT d.published FROM documents d WHERE d.id = events.doc_id),
    location_country = json_extract(record, '$.location.country'),
    located = json_extract(record, '$.location.lat') IS NOT NULL,
    eff_type = type, eff_date = date_value, eff_date_precision = date_precision, eff_location = location, eff_place = lower(location);
  ${refreshEvents(`EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'event' AND k.doc_id = e2.doc_id AND k.record_key = e2.record_key)`)};

  ALTER TABLE positions ADD COLUMN record_key TEXT NOT NULL DEFAULT '';  -- positionKey()
  ALTER TABLE positions ADD COLUMN party_id TEXT;
  ALTER TABLE positions ADD COLUMN profile TEXT;                        -- the document's
  ALTER TABLE positions ADD COLUMN sentence INTEGER;
  ALTER TABLE positions ADD COLUMN eff_issue TEXT NOT NULL DEFAULT '';
  ALTER TABLE positions ADD COLUMN eff_stance TEXT NOT NULL DEFAULT '';
  ALTER TABLE positions ADD COLUMN eff_when TEXT;                       -- corrected date, else the document's publication
  ALTER TABLE positions ADD COLUMN status TEXT NOT NULL DEFAULT 'none';
  ALTER TABLE positions ADD COLUMN correction_id INTEGER;
  ALTER TABLE positions ADD COLUMN ev_start INTEGER;                    -- the evidence's offsets
  ALTER TABLE positions ADD COLUMN ev_end INTEGER;
  UPDATE positions SET record_key = ${POSITION_KEY}, party_id = json_extract(record, '$.party.id'),
    profile = (SELECT d.profile FROM documents d WHERE d.id = positions.doc_id),
    sentence = json_extract(record, '$.sentence'), eff_issue = issue, eff_stance = stance,
    ev_start = json_extract(record, '$.evidence.start'), ev_end = json_extract(record, '$.evidence.end'),
    eff_when = coalesce(date_value, (SELECT d.published FROM documents d WHERE d.id = positions.doc_id));
  ${refreshPositions(`EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'position' AND k.doc_id = p2.doc_id AND k.record_key = p2.record_key)`)};
  UPDATE events SET
    actor_keys = (SELECT ' ' || group_concat(k, ' ' ORDER BY k) || ' ' FROM (
      SELECT a.actor_id AS k FROM event_actors a WHERE a.doc_id = events.doc_id AND a.event_id = events.id
      UNION SELECT a.country FROM event_actors a WHERE a.doc_id = events.doc_id AND a.event_id = events.id
      UNION SELECT a.actor_id || '@' || a.role FROM event_actors a WHERE a.doc_id = events.doc_id AND a.event_id = events.id
      UNION SELECT a.country || '@' || a.role FROM event_actors a WHERE a.doc_id = events.doc_id AND a.event_id = events.id)),
    issue_keys = (SELECT ' ' || group_concat(DISTINCT p.issue ORDER BY p.issue) || ' ' FROM positions p WHERE p.doc_id = events.doc_id AND p.sentence = events.sentence);
  UPDATE events SET issue_keys = ' ' || replace(trim(issue_keys), ',', ' ') || ' ' WHERE issue_keys IS NOT NULL;

  CREATE TRIGGER corrections_insert_effective AFTER INSERT ON corrections BEGIN ${onCorrection('new')} END;
  CREATE TRIGGER corrections_delete_effective AFTER DELETE ON corrections BEGIN ${onCorrection('old')} END;
  CREATE TRIGGER corrections_update_effective AFTER UPDATE ON corrections BEGIN ${onCorrection('old')} ${onCorrection('new')} END;
  -- A record stored again (re-ingest after a stage improved) takes its latest correction back.
  CREATE TRIGGER events_insert_effective AFTER INSERT ON events
    WHEN EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'event' AND k.doc_id = new.doc_id AND k.record_key = new.record_key)
    BEGIN ${refreshEvents('e2.doc_id = new.doc_id AND e2.id = new.id')}; END;
  CREATE TRIGGER positions_insert_effective AFTER INSERT ON positions
    WHEN EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'position' AND k.doc_id = new.doc_id AND k.record_key = new.record_key)
    BEGIN ${refreshPositions('p2.doc_id = new.doc_id AND p2.idx = new.idx')}; END;

  -- The indexes the dashboard's queries use (src/store/queries/*.ts). events_filter is the one event lists
  -- and their counts read: in date order and holding every filter's column, so a filter is tested in the
  -- index and only the rows of the page are read from the table (whose rows are large: the record JSON).
  DROP INDEX events_by_type;
  DROP INDEX events_by_date;
  CREATE INDEX events_filter ON events(eff_date, published, doc_id, sentence, id, status, eff_type, language,
    eff_place, location_country, located, cluster, actor_keys, issue_keys);
  -- Meetings and agreements for rounds of talks, read from the index alone (src/app/rounds.ts).
  CREATE INDEX events_by_type ON events(eff_type, eff_date, published, doc_id, sentence, id, status, eff_location, profile, language, correction_id, brief);
  CREATE INDEX positions_by_eff_issue ON positions(eff_issue, party, eff_when, doc_id, idx, status, sentence, eff_stance, ev_start, ev_end);
  CREATE INDEX documents_by_profile ON documents(profile);
  CREATE INDEX documents_list ON documents(published, source, id);
  CREATE INDEX documents_by_language_list ON documents(language, published, source, id);
  CREATE INDEX documents_by_ingest ON documents(ingested_at, source, id);

  -- Names and mapped places per document, so the actor directory and the map do not parse every analysis.
  CREATE TABLE actor_names (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT,
    country TEXT,
    sector TEXT,
    count INTEGER NOT NULL,
    PRIMARY KEY (doc_id, actor_id, name)
  ) WITHOUT ROWID;
  INSERT INTO actor_names (doc_id, actor_id, name, type, country, sector, count)
    SELECT d.id, json_extract(m.value, '$.actor.id'), coalesce(json_extract(m.value, '$.actor.name'), json_extract(m.value, '$.actor.id')),
      max(json_extract(m.value, '$.actor.type')), max(json_extract(m.value, '$.actor.country')), max(json_extract(m.value, '$.actor.sector')), count(*)
    FROM documents d, json_each(d.analysis, '$.actors') m GROUP BY 1, 2, 3;

  CREATE TABLE place_mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL,
    name TEXT,
    country TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (doc_id, place_id)
  ) WITHOUT ROWID;
  CREATE INDEX place_mentions_by_place ON place_mentions(place_id);
  INSERT INTO place_mentions (doc_id, place_id, name, country, lat, lon, count)
    SELECT d.id, json_extract(m.value, '$.place.id'), max(json_extract(m.value, '$.place.name')), max(json_extract(m.value, '$.place.country')),
      max(json_extract(m.value, '$.place.lat')), max(json_extract(m.value, '$.place.lon')), count(*)
    FROM documents d, json_each(d.analysis, '$.places') m
    WHERE json_extract(m.value, '$.place.lat') IS NOT NULL AND json_extract(m.value, '$.place.lon') IS NOT NULL
    GROUP BY 1, 2;
`
