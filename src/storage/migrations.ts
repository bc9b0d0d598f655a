import type { Migration } from './database.ts';
import { OPINIONS_SCHEMA } from '../opinions/schema.ts';
import { MESSAGING_SCHEMA } from './messaging-schema.ts';
import { NOTICES_SCHEMA } from '../notices/schema.ts';
import { MEMBERS_BIND_GUARD_SCHEMA, MEMBERS_SCHEMA } from '../members/registry-schema.ts';
import { DIALOG_SCHEMA } from './dialog-schema.ts';
import { OUTBOX_DELIVERY_SCHEMA } from './outbox-delivery-schema.ts';

/**
 * The whole SQLite database's history, one list so versions cannot collide between modules; each
 * capability keeps its own schema next to its store. Never edit an applied migration: append one.
 */
export const MIGRATIONS: readonly Migration[] = [OPINIONS_SCHEMA, MESSAGING_SCHEMA, MEMBERS_SCHEMA, NOTICES_SCHEMA, MEMBERS_BIND_GUARD_SCHEMA, DIALOG_SCHEMA, OUTBOX_DELIVERY_SCHEMA];
