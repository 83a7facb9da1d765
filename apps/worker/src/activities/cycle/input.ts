import type { CycleActivities } from '#workflows';

/** What the cycle workflow passes to activity `K`. */
export type Input<K extends keyof CycleActivities> = Parameters<CycleActivities[K]>[0];
