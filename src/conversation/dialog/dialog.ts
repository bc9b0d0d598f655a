import type { InboundMessage, Reply } from '../types.ts';
import type { DialogSession } from './session.ts';

/** Who is talking, as far as dialogs need it: the owner key their session is kept under. */
export interface DialogMember {
  memberId: string;
}

export interface DialogTurn<Who extends DialogMember = DialogMember> {
  message: InboundMessage;
  me: Who;
  session: DialogSession;
  now: Date;
  /** Puts a question said in passing to the knowledge base, for its answer before the dialog's reply. */
  ask?: (question: string) => Promise<Reply[]>;
}

export type StepOutcome =
  /** The dialog goes on at `step` with `data`. */
  | { replies: Reply[]; next: { step: string; data: Record<string, unknown> } }
  /** Finished, or given up: the session is removed; `passOn` hands the message to the other features. */
  | { replies: Reply[]; done: true; passOn?: boolean };

/**
 * One kind of dialog (telegraf's WizardScene in spirit): its steps read answers, the engine keeps
 * the cursor, the expiry and the escapes that work in every step.
 */
export interface Dialog<Who extends DialogMember = DialogMember> {
  readonly kind: string;
  /** How the member hears it named: 社情民意草稿, 会议通知草稿. */
  readonly label: string;
  readonly ttlMs: number;
  /** Starts it: the first step's session, or replies only (e.g. nothing to do). */
  begin(turn: DialogTurn<Who>, start: unknown): Promise<StepOutcome>;
  /** Reads one message at the current step. */
  step(turn: DialogTurn<Who>): Promise<StepOutcome>;
  /** The question the dialog is waiting on, asked again. */
  prompt(session: DialogSession): Reply[];
  /** What has been collected so far, and what comes next. */
  preview(session: DialogSession, me: Who): Promise<Reply[]>;
  /** A message at this step that is a question to the bot rather than an answer. */
  isAside(text: string, session: DialogSession): boolean;
  /**
   * A full dialog keeps the member until finished or cancelled (escapes, asides, the switch
   * question); a light one (a single follow-up question) gives way to anything that is not its answer.
   */
  readonly light: boolean;
  /** Nothing of the member's is held yet (a greeting answered): another feature may take the turn. */
  holdsNothing?(session: DialogSession): boolean;
  cancelled(session: DialogSession): string;
  /** What the member is told when it lapsed; '' says nothing. */
  expired(session: DialogSession): string;
  /**
   * What the member is told when a step could not be saved (disk full, read-only): the session is
   * as it was before the message. Absent or undefined: the engine's general wording.
   */
  notSaved?(session: DialogSession): string | undefined;
}

/** Whether this message asks to start some dialog: the start argument, or null. */
export interface DialogStarter {
  kind: string;
  /** What the member would be starting, for the switch question: 反映社情民意. */
  purpose: string;
  readStart(text: string): unknown | null;
}

/** What features need of the engine: start a dialog, see the member's open one. */
export interface DialogStarts<Who extends DialogMember = DialogMember> {
  start(kind: string, message: InboundMessage, me: Who, start: unknown): Promise<Reply[]>;
  current(me: Who): Promise<DialogSession | null>;
  /** The member's open dialog when it holds something of theirs (a greeting alone does not). */
  engaged(me: Who): Promise<DialogSession | null>;
}
