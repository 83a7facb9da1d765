import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Recording a fact or sending a notice must eventually succeed: retry without limit, backing
 * off to a minute. (An activity that can never succeed fails non-retryably on its own.)
 */
export const PERSISTENT: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};
