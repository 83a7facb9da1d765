import { InitialSchema1763712000000 } from './1763712000000-initial-schema.js';

/** In order. Listed explicitly: ESM has no reliable glob loading of classes. */
export const MIGRATIONS = [InitialSchema1763712000000];
