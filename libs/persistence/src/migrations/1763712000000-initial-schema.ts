import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763712000000 implements MigrationInterface {
  name = 'InitialSchema1763712000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE blocks (
        code text PRIMARY KEY,
        name text NOT NULL,
        leader_unit_code text NOT NULL,
        deputy_unit_code text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE units (
        code text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        block_code text NOT NULL REFERENCES blocks(code),
        email text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE users (
        username text PRIMARY KEY,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        title text NOT NULL,
        email text NOT NULL,
        roles text[] NOT NULL,
        unit_code text REFERENCES units(code)
      )`);
    await q.query(`
      CREATE TABLE cycles (
        code text PRIMARY KEY,
        title text NOT NULL,
        plan_reference text NOT NULL,
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        submission_cutoff timestamptz NOT NULL,
        block_review_target timestamptz NOT NULL,
        council_vote_target timestamptz NOT NULL,
        decision_target timestamptz NOT NULL,
        conference_date timestamptz NOT NULL,
        quota int NOT NULL CHECK (quota > 0),
        approval_rule text NOT NULL,
        max_change_rounds int NOT NULL,
        revision_days int NOT NULL,
        decision_suffix text NOT NULL,
        time_zone text NOT NULL,
        workflow_id text NOT NULL,
        conference_held_at timestamptz,
        conference_held_by text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE nomination_streams (
        nomination_id uuid PRIMARY KEY,
        version int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE nomination_events (
        position bigserial PRIMARY KEY,
        nomination_id uuid NOT NULL,
        version int NOT NULL CHECK (version > 0),
        key text NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor text NOT NULL,
        data jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nomination_events_version_unique UNIQUE (nomination_id, version),
        CONSTRAINT nomination_events_key_unique UNIQUE (nomination_id, key)
      )`);
    await q.query(`CREATE INDEX nomination_events_type_idx ON nomination_events (type)`);
    // Facts are never changed or deleted; a correction is a new event.
    await q.query(`
      CREATE FUNCTION nomination_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'nomination_events is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER nomination_events_append_only
      BEFORE UPDATE OR DELETE ON nomination_events
      FOR EACH ROW EXECUTE FUNCTION nomination_events_append_only()`);
    await q.query(`
      CREATE TABLE decision_number_counters (
        year int NOT NULL,
        suffix text NOT NULL,
        last_number int NOT NULL,
        PRIMARY KEY (year, suffix)
      )`);
    await q.query(`
      CREATE TABLE conference_placements (
        cycle_code text NOT NULL REFERENCES cycles(code),
        nomination_id uuid NOT NULL,
        workflow_id text NOT NULL,
        rank int NOT NULL,
        honoured boolean NOT NULL,
        certificate_number text UNIQUE,
        PRIMARY KEY (cycle_code, nomination_id)
      )`);
    await q.query(`
      CREATE TABLE nominations (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL UNIQUE,
        cycle_code text NOT NULL,
        unit_code text NOT NULL,
        block_code text NOT NULL,
        nominee_key text NOT NULL,
        nominee_kind text NOT NULL,
        stage text NOT NULL,
        status text NOT NULL,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL,
        view jsonb NOT NULL,
        CONSTRAINT nominations_nominee_unique UNIQUE (cycle_code, unit_code, nominee_key)
      )`);
    await q.query(`CREATE INDEX nominations_filter_idx ON nominations (cycle_code, stage, status)`);
    await q.query(`CREATE INDEX nominations_unit_idx ON nominations (unit_code)`);
    await q.query(`CREATE INDEX nominations_block_idx ON nominations (block_code)`);
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY,
        nomination_id uuid NOT NULL,
        type text NOT NULL,
        assignee_kind text NOT NULL,
        assignee_ref text NOT NULL,
        due_at timestamptz,
        opened_at timestamptz NOT NULL,
        status text NOT NULL,
        closed_at timestamptz,
        closed_by text
      )`);
    await q.query(`CREATE INDEX tasks_open_idx ON tasks (assignee_kind, assignee_ref) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX tasks_nomination_idx ON tasks (nomination_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'tasks',
      'nominations',
      'conference_placements',
      'decision_number_counters',
      'nomination_events',
      'nomination_streams',
      'cycles',
      'users',
      'units',
      'blocks',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS nomination_events_append_only()`);
  }
}
