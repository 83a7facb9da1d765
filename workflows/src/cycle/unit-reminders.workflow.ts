import { proxyActivities } from '@temporalio/workflow';
import type { CycleActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../common/activity-options.js';

const activities = proxyActivities<CycleActivities>({ ...PERSISTENT, startToCloseTimeout: '5 minutes' });

/**
 * Started every morning at 08:00 Hanoi time by the cycle's schedule: reminds each unit that
 * has not submitted, 7, 3 and 1 days before the cutoff. Safe to run twice: every reminder
 * is sent once per unit per occasion.
 */
export async function unitRemindersWorkflow({ cycleCode }: { cycleCode: string }): Promise<{ daysLeft: number; reminded: string[] }> {
  return activities.remindUnitsBeforeCutoff({ cycleCode, at: new Date().toISOString() });
}
