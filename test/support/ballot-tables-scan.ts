import pg from 'pg';
import type { Member } from './secrecy-scan.js';

/**
 * The ballot tables of every database on the suite's PostgreSQL (each test file has its own,
 * `t_<name>_<suffix>`, kept until the suite ends), read for anything that links a member to a
 * choice, and for counts published without quorum (test/ballot-secrecy.test.ts).
 *
 * - `ballot_boxes` (a session's box): its running totals sealed, gone once the box is sealed; the
 *   counted totals kept only for a session closed with quorum;
 * - `ballot_box_totals` (running totals in the clear, written before they were sealed): no row;
 * - `ballot_box_voters` (who voted in a session, and how: ballot or written opinion): no choice,
 *   no time, no order;
 * - `ballot_box` (the sealed ballots of the per-nomination vote): no voter, no time, a random id,
 *   every sealed ballot the same length;
 * - a per-nomination vote that failed for want of quorum recorded no tally (event, read model),
 *   a session without quorum no results; no notice names a member beside a choice, and none
 *   about a vote or session without quorum carries a count of choices.
 */

export interface TableFinding {
  database: string;
  rule: string;
  detail: string;
}

export interface TablesScan {
  databases: string[];
  /** Rows read, per table, over every database. */
  rows: Record<string, number>;
  /** Length → number of sealed ballots in `ballot_box`, over every database. */
  sealedLengths: Map<number, number>;
  findings: TableFinding[];
}

const COLUMNS: Record<string, string[]> = {
  ballot_box: ['id', 'nomination_id', 'sealed_choice'],
  ballot_boxes: ['session_id', 'state', 'sealed_totals', 'counted_totals'],
  ballot_box_totals: ['session_id', 'nomination_id', 'agree', 'disagree', 'abstain'],
  ballot_box_voters: ['session_id', 'member', 'via', 'document_id'],
};
const CHOICE = /^(AGREE|DISAGREE|ABSTAIN|đồng ý|không đồng ý|không biểu quyết)$/iu;
const CHOICE_PHRASE = /(?<!\p{L})(không đồng ý|đồng ý|không biểu quyết)(?!\p{L})/iu;
/** A count of choices in a text: "5 đồng ý", "3/9 thành viên đồng ý", "2 phiếu không đồng ý". */
const COUNT_PHRASE = /\d+\s*(?:\/\s*\d+\s*)?(?:thành viên\s*|phiếu\s*)?(?:không đồng ý|đồng ý|không biểu quyết)(?!\p{L})/iu;

export async function scanBallotTables(adminUrl: string, members: readonly Member[]): Promise<TablesScan> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let databases: string[];
  try {
    const rows = (await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 't\\_%' ORDER BY datname`))
      .rows;
    databases = rows.map((r) => r.datname);
  } finally {
    await admin.end();
  }
  const scan: TablesScan = { databases: [], rows: {}, sealedLengths: new Map(), findings: [] };
  for (const database of databases) {
    const db = new pg.Client({ connectionString: adminUrl.replace(/\/[^/]*$/, `/${database}`) });
    await db.connect();
    try {
      if (await scanDatabase(db, database, members, scan)) scan.databases.push(database);
    } finally {
      await db.end();
    }
  }
  return scan;
}

const named = (members: readonly Member[], text: string) =>
  members.find(
    (m) =>
      new RegExp(`(?<![\\w.])${m.username.replace(/\./g, '\\.')}(?!\\w)`).test(text) ||
      (m.fullName !== undefined && text.toLowerCase().includes(m.fullName.toLowerCase())),
  )?.username;

/** False when the database is not one of the system's (not migrated). */
async function scanDatabase(db: pg.Client, database: string, members: readonly Member[], scan: TablesScan): Promise<boolean> {
  const exists = async (table: string) => (await db.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [table])).rows[0].ok as boolean;
  if (!(await exists('nomination_events'))) return false;
  const find = (rule: string, detail: string) => scan.findings.push({ database, rule, detail });
  const rows = async <T extends pg.QueryResultRow>(table: string, sql: string, params: unknown[] = []) => {
    const result = await db.query<T>(sql, params);
    scan.rows[table] = (scan.rows[table] ?? 0) + result.rows.length;
    return result.rows;
  };

  for (const [table, expected] of Object.entries(COLUMNS)) {
    if (!(await exists(table))) {
      find('table-missing', `${table} does not exist`);
      continue;
    }
    const columns = (
      await db.query<{ column_name: string; column_default: string | null }>(
        `SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      )
    ).rows;
    const names = columns.map((c) => c.column_name);
    if (names.join(',') !== expected.join(','))
      find('columns', `${table} has columns ${names.join(', ')}; expected ${expected.join(', ')}`);
    for (const c of columns) {
      // A default that numbers or stamps rows would say in which order (or when) ballots came in.
      if (c.column_default && /now\(|clock_|current_|nextval\(|statement_timestamp|transaction_timestamp/i.test(c.column_default)) {
        find('order-or-time', `${table}.${c.column_name} defaults to ${c.column_default}`);
      }
    }
  }

  // The sealed ballots of the per-nomination vote.
  for (const row of await rows<{ id: string; sealed_choice: string }>('ballot_box', `SELECT id::text, sealed_choice FROM ballot_box`)) {
    scan.sealedLengths.set(row.sealed_choice.length, (scan.sealedLengths.get(row.sealed_choice.length) ?? 0) + 1);
    if (row.id[14] !== '4') find('order-or-time', `ballot_box id ${row.id} is not a random (version 4) uuid`);
    if (CHOICE.test(row.sealed_choice.trim())) find('choice-in-clear', `ballot_box holds a choice in the clear: ${row.sealed_choice}`);
  }

  // A session's voters: who, and by which way; never what.
  for (const row of await rows<Record<string, string | null>>('ballot_box_voters', `SELECT * FROM ballot_box_voters`)) {
    if (row.via !== 'BALLOT' && row.via !== 'WRITTEN_OPINION') find('choice-next-to-member', `ballot_box_voters.via is ${row.via}`);
    for (const [column, value] of Object.entries(row)) {
      if (typeof value === 'string' && (CHOICE.test(value.trim()) || CHOICE_PHRASE.test(value))) {
        find('choice-next-to-member', `ballot_box_voters.${column} of ${row.member} says "${value}"`);
      }
    }
  }

  // A session's box: totals sealed while it is open, and counted ones kept only with quorum.
  for (const box of await rows<{ session_id: string; state: string; sealed: boolean; counted: unknown[] | null; status: string | null }>(
    'ballot_boxes',
    `SELECT b.session_id::text, b.state, b.sealed_totals IS NOT NULL AS sealed, b.counted_totals AS counted, s.status
       FROM ballot_boxes b LEFT JOIN council_sessions s ON s.id = b.session_id`,
  )) {
    if (box.state === 'SEALED' && box.sealed)
      find('sealed-totals-kept', `ballot_boxes keeps sealed totals of closed session ${box.session_id}`);
    if (box.status === 'INQUORATE' && (box.counted?.length ?? 0) > 0)
      find('count-without-quorum', `ballot_boxes keeps counted totals of session ${box.session_id}, closed without quorum`);
  }
  for (const row of await rows<{ session_id: string }>('ballot_box_totals', `SELECT session_id::text FROM ballot_box_totals`)) {
    find('totals-in-the-clear', `ballot_box_totals holds running totals of session ${row.session_id} in the clear`);
  }
  const inquorate = (
    await rows<{ id: string; results: unknown }>(
      'council_sessions',
      `SELECT id::text, view->'results' AS results FROM council_sessions WHERE status = 'INQUORATE'`,
    )
  ).map((s) => {
    if (s.results !== null) find('count-without-quorum', `council_sessions ${s.id} (no quorum) shows results`);
    return s.id;
  });
  for (const e of await rows<{ session_id: string; type: string }>(
    'council_session_events',
    `SELECT council_session_id::text AS session_id, type FROM council_session_events
      WHERE council_session_id = ANY($1::uuid[]) AND (data ? 'results' OR data ? 'totals' OR data::text ~ '"agree"')`,
    [inquorate],
  )) {
    find('count-without-quorum', `council_session_events ${e.type} of session ${e.session_id} (no quorum) carries counts`);
  }

  // The per-nomination vote: failed for want of quorum, it recorded no tally and its read model shows none.
  const failed = await rows<{ nomination_id: string; tally: unknown; tally_now: unknown }>(
    'nomination_events',
    `SELECT e.nomination_id::text, e.data->'tally' AS tally, n.view->'tally' AS tally_now
       FROM nomination_events e LEFT JOIN nominations n ON n.id = e.nomination_id
      WHERE e.type = 'CouncilVoteFailed' AND e.data->>'reason' = 'QUORUM_NOT_REACHED'`,
  );
  for (const row of failed) {
    if (row.tally !== null)
      find('count-without-quorum', `CouncilVoteFailed of ${row.nomination_id} (no quorum) records ${JSON.stringify(row.tally)}`);
    if (row.tally_now !== null)
      find('count-without-quorum', `nominations ${row.nomination_id} (no quorum) shows ${JSON.stringify(row.tally_now)}`);
  }
  const uncounted = new Set(failed.map((f) => f.nomination_id));
  const inquorateSessions = new Set(inquorate);

  // Notices and their mail: no member beside a choice; nothing about a vote without quorum counts choices.
  for (const n of await rows<{ occasion: string; recipient: string; nomination_id: string | null; subject: string; body: string }>(
    'notifications',
    `SELECT occasion, recipient, nomination_id::text, subject, body FROM notifications`,
  )) {
    const text = `${n.subject}\n${n.body}`;
    for (const line of text.split('\n')) {
      const who = named(members, line);
      if (who && CHOICE_PHRASE.test(line)) find('choice-next-to-member', `notice ${n.occasion} to ${n.recipient}: "${line}"`);
    }
    const aboutInquorate =
      (n.nomination_id !== null && uncounted.has(n.nomination_id)) || [...inquorateSessions].some((id) => n.occasion.includes(id));
    if (aboutInquorate && COUNT_PHRASE.test(text)) {
      find('count-without-quorum', `notice ${n.occasion} to ${n.recipient} counts choices: "${COUNT_PHRASE.exec(text)?.[0]}"`);
    }
  }
  return true;
}
