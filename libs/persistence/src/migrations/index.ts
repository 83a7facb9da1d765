import { InitialSchema1763712000000 } from './1763712000000-initial-schema.js';
import { CalendarAndNotifications1763800000000 } from './1763800000000-calendar-and-notifications.js';
import { BallotBox1763900000000 } from './1763900000000-ballot-box.js';
import { NotificationReads1764000000000 } from './1764000000000-notification-reads.js';
import { NomineeSearch1764100000000 } from './1764100000000-nominee-search.js';
import { CouncilSessions1764200000000 } from './1764200000000-council-sessions.js';
import { SealedBallotBoxTotals1764350000000 } from './1764350000000-sealed-ballot-box-totals.js';
import { IssuedDocumentNumbers1764400000000 } from './1764400000000-issued-document-numbers.js';
import { AwardHistory1764530000000 } from './1764530000000-award-history.js';
import { CycleEligibility1764540000000 } from './1764540000000-cycle-eligibility.js';
import { Dossiers1764520000000 } from './1764520000000-dossiers.js';

/** In order. Listed explicitly: ESM has no reliable glob loading of classes. */
export const MIGRATIONS = [
  InitialSchema1763712000000,
  CalendarAndNotifications1763800000000,
  BallotBox1763900000000,
  NotificationReads1764000000000,
  NomineeSearch1764100000000,
  CouncilSessions1764200000000,
  SealedBallotBoxTotals1764350000000,
  IssuedDocumentNumbers1764400000000,
  Dossiers1764520000000,
  AwardHistory1764530000000,
  CycleEligibility1764540000000,
];
