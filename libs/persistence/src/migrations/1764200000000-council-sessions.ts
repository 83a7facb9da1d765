import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council sessions, the standing office's proposals and the list's one decision:
 * - the cycle's council (members named for it, a chair and a secretary) and its new settings;
 * - each session's and proposal's append-only stream and read model;
 * - a session's ballot box: who voted (public) apart from what was chosen (totals per candidate,
 *   no voter, no time, no order), so no row links a member to a choice;
 * - decisions, one row each, numbered uniquely;
 * - tasks that belong to a session or a proposal rather than to one nomination.
 */
export class CouncilSessions1764200000000 implements MigrationInterface {
  name = 'CouncilSessions1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cycle_council_members (
        cycle_code text NOT NULL REFERENCES cycles(code),
        username text NOT NULL REFERENCES users(username),
        council_role text NOT NULL CHECK (council_role IN ('CHAIR', 'SECRETARY', 'MEMBER')),
        position int NOT NULL,
        PRIMARY KEY (cycle_code, username)
      )`);
    await q.query(`
      INSERT INTO cycle_council_members (cycle_code, username, council_role, position)
      SELECT c.code, u.username,
             CASE row_number() OVER (PARTITION BY c.code ORDER BY u.username) WHEN 1 THEN 'CHAIR' WHEN 2 THEN 'SECRETARY' ELSE 'MEMBER' END,
             row_number() OVER (PARTITION BY c.code ORDER BY u.username)
      FROM cycles c CROSS JOIN users u WHERE 'COUNCIL_MEMBER' = ANY(u.roles)`);
    // A cycle keeps the council process it was created with: the cycles that exist vote per nomination.
    await q.query(`ALTER TABLE cycles ADD COLUMN council_process text NOT NULL DEFAULT 'PER_NOMINATION'`);
    await q.query(`ALTER TABLE cycles ADD COLUMN recusal_counting text NOT NULL DEFAULT 'AS_NOT_AGREEING'`);
    await q.query(`ALTER TABLE cycles ADD COLUMN spread_rules jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE cycles ADD COLUMN conference_place text`);
    await q.query(`ALTER TABLE cycles ADD COLUMN conference_held_on timestamptz`);

    for (const stream of ['council_session', 'proposal']) {
      await q.query(`
        CREATE TABLE ${stream}_events (
          ${stream}_id uuid NOT NULL,
          version int NOT NULL,
          key text NOT NULL,
          type text NOT NULL,
          data jsonb NOT NULL,
          actor text NOT NULL,
          occurred_at timestamptz NOT NULL,
          recorded_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (${stream}_id, version),
          UNIQUE (${stream}_id, key)
        )`);
    }
    await q.query(`
      CREATE TABLE council_sessions (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL,
        cycle_code text NOT NULL REFERENCES cycles(code),
        status text NOT NULL,
        meeting_at timestamptz NOT NULL,
        version int NOT NULL,
        view jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX council_sessions_cycle_idx ON council_sessions (cycle_code, meeting_at)`);
    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL,
        cycle_code text NOT NULL REFERENCES cycles(code),
        status text NOT NULL,
        submitted_at timestamptz NOT NULL,
        version int NOT NULL,
        view jsonb NOT NULL
      )`);
    // One proposal before the minister at a time per cycle.
    await q.query(`CREATE UNIQUE INDEX proposals_one_pending_idx ON proposals (cycle_code) WHERE status = 'SUBMITTED'`);

    await q.query(`CREATE TABLE ballot_boxes (session_id uuid PRIMARY KEY, state text NOT NULL CHECK (state IN ('OPEN', 'SEALED')))`);
    await q.query(`
      CREATE TABLE ballot_box_voters (
        session_id uuid NOT NULL REFERENCES ballot_boxes(session_id),
        member text NOT NULL,
        via text NOT NULL CHECK (via IN ('BALLOT', 'WRITTEN_OPINION')),
        document_id text,
        PRIMARY KEY (session_id, member)
      )`);
    await q.query(`
      CREATE TABLE ballot_box_totals (
        session_id uuid NOT NULL REFERENCES ballot_boxes(session_id),
        nomination_id uuid NOT NULL,
        agree int NOT NULL DEFAULT 0,
        disagree int NOT NULL DEFAULT 0,
        abstain int NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, nomination_id)
      )`);

    await q.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        year int NOT NULL,
        cycle_code text NOT NULL REFERENCES cycles(code),
        proposal_id uuid,
        signed_at timestamptz NOT NULL,
        signed_by text NOT NULL,
        signer_name text NOT NULL,
        signature text NOT NULL,
        on_behalf_of jsonb,
        nomination_ids jsonb NOT NULL,
        struck jsonb NOT NULL
      )`);

    await q.query(`ALTER TABLE tasks ALTER COLUMN nomination_id DROP NOT NULL`);
    await q.query(`ALTER TABLE tasks ADD COLUMN session_id uuid`);
    await q.query(`ALTER TABLE tasks ADD COLUMN proposal_id uuid`);
    await q.query(`CREATE INDEX tasks_session_idx ON tasks (session_id) WHERE session_id IS NOT NULL`);
    await q.query(`CREATE INDEX tasks_proposal_idx ON tasks (proposal_id) WHERE proposal_id IS NOT NULL`);

    // The demo council members head ministry units (recused for their own unit's candidates).
    const units = ['VU-TCCB', 'VU-PC', 'VU-KHTC', 'VU-HTQT', 'VU-KHCN', 'VP-BO', 'TTR-BO', 'TC-QLDD', 'TC-MT'];
    for (const [i, unit] of units.entries()) {
      await q.query(
        `UPDATE users SET unit_code = $2 WHERE username = $1 AND unit_code IS NULL AND EXISTS (SELECT 1 FROM units WHERE code = $2)`,
        [`council.${i + 1}`, unit],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM tasks WHERE nomination_id IS NULL`);
    await q.query(`DROP INDEX IF EXISTS tasks_proposal_idx`);
    await q.query(`DROP INDEX IF EXISTS tasks_session_idx`);
    await q.query(`ALTER TABLE tasks DROP COLUMN IF EXISTS proposal_id`);
    await q.query(`ALTER TABLE tasks DROP COLUMN IF EXISTS session_id`);
    await q.query(`ALTER TABLE tasks ALTER COLUMN nomination_id SET NOT NULL`);
    for (const table of [
      'decisions',
      'ballot_box_totals',
      'ballot_box_voters',
      'ballot_boxes',
      'proposals',
      'council_sessions',
      'proposal_events',
      'council_session_events',
      'cycle_council_members',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const column of ['conference_held_on', 'conference_place', 'spread_rules', 'recusal_counting', 'council_process']) {
      await q.query(`ALTER TABLE cycles DROP COLUMN IF EXISTS ${column}`);
    }
  }
}
