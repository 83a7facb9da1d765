/** The workflow bundle's entry point: workflow functions only (plus their message definitions). */
export * from './nomination/nomination.workflow.js';
export * from './nomination/messages.js';
export * from './nomination/revocation.workflow.js';
export * from './cycle/cycle.workflow.js';
export * from './cycle/unit-reminders.workflow.js';
export * from './cycle/messages.js';
export * from './search-attributes.js';
export type * from './activity-contracts.js';
export * from './nomination/nomination-v2.workflow.js';
export * from './council/session.workflow.js';
export * from './council/messages.js';
export * from './proposal/proposal.workflow.js';
export * from './proposal/messages.js';
