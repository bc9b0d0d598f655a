import type { Migration } from './database.ts';
import { OPINIONS_SCHEMA } from '../opinions/sqlite-schema.ts';
import { MESSAGING_SCHEMA } from './messaging-schema.ts';
import { NOTICES_SCHEMA } from '../notices/sqlite-schema.ts';
import { MEMBERS_BIND_GUARD_SCHEMA, MEMBERS_SCHEMA } from '../members/sqlite-schema.ts';
import { DIALOG_SCHEMA } from './dialog-schema.ts';
import { OUTBOX_DELIVERY_SCHEMA } from './outbox-delivery-schema.ts';
import { QUESTION_CITATIONS_SCHEMA, QUESTIONS_SCHEMA } from './question-log-schema.ts';
import { STAFF_SCHEMA } from '../staff/sqlite-schema.ts';
import { AUDIT_SCHEMA } from '../audit/sqlite-schema.ts';

/**
 * The whole SQLite database's history, one list so versions cannot collide between modules; each
 * capability keeps its own schema next to its store. Never edit an applied migration: append one.
 *
 * Each migration owns only its own tables: it creates, alters, fills or drops tables of its own
 * capability (TABLE_OWNERS) and no other, so a store can move to another engine with its tables.
 * A new migration names its capability in MIGRATION_OWNERS;
 * test/migrations-own-their-tables.test.ts holds every migration to this.
 *
 * Two applied migrations cross the line. They stay as they are (editing them would leave
 * databases already migrated different from new ones) and are listed in APPLIED_CROSSINGS:
 * - 4 `notices` adds the outbox's columns notice_id, member_id, kind and choices, and an index on
 *   them: a notice's deliveries are outbox rows tagged with the notice. The columns belong to the
 *   outbox (messaging) now; the notice store reads and writes them through its SQLite
 *   implementation only. Had it been written under this rule, the messaging capability would
 *   have added them in a migration of its own.
 * - 6 `dialog sessions` moves the rows of opinion_drafts (opinions) and notice_compose (notices)
 *   into dialog_sessions and empties those tables; the empty tables stay with their capabilities.
 */
export const MIGRATIONS: readonly Migration[] = [OPINIONS_SCHEMA, MESSAGING_SCHEMA, MEMBERS_SCHEMA, NOTICES_SCHEMA, MEMBERS_BIND_GUARD_SCHEMA, DIALOG_SCHEMA, OUTBOX_DELIVERY_SCHEMA, QUESTIONS_SCHEMA, STAFF_SCHEMA, AUDIT_SCHEMA, QUESTION_CITATIONS_SCHEMA];

/** The tables of each capability, one capability per store (messaging: the outbox and handled messages). */
export const TABLE_OWNERS = {
  opinions: ['opinion_counters', 'opinions', 'opinion_status_history', 'opinion_drafts'],
  messaging: ['outbox', 'handled_messages'],
  members: ['members', 'member_accounts', 'member_bind_codes', 'member_bind_failures', 'member_bind_locks'],
  notices: ['notices', 'notice_recipients', 'notice_replies', 'notice_reminders', 'notice_compose'],
  dialogs: ['dialog_sessions'],
  questions: ['question_log', 'curated_answers'],
  /** Workbench sign-in and the 编报稿 staff write (src/staff/). */
  staff: ['staff_sign_in_links', 'staff_sessions', 'staff_admins', 'staff_opinion_editions'],
  /** Who changed what, from the command line or the workbench (src/audit/). */
  audit: ['audit_log'],
} as const satisfies Record<string, readonly string[]>;

export type Capability = keyof typeof TABLE_OWNERS;

/** Whose tables each migration may touch, by version. */
export const MIGRATION_OWNERS: Readonly<Record<number, Capability>> = {
  1: 'opinions',
  2: 'messaging',
  3: 'members',
  4: 'notices',
  5: 'members',
  6: 'dialogs',
  7: 'messaging',
  8: 'questions',
  9: 'staff',
  10: 'audit',
  11: 'questions',
};

/** Tables of another capability that an applied migration touches (see above); never add to this. */
export const APPLIED_CROSSINGS: Readonly<Record<number, readonly string[]>> = {
  4: ['outbox'],
  6: ['opinion_drafts', 'notice_compose'],
};
