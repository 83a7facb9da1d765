// Types of history-archive.mjs (plain JavaScript, shared with global-setup.js and the manifest script).
export declare const HISTORIES_DIR: string;
export declare const MANIFEST_FILE: string;
export declare function sha256Of(path: string): string;
export declare function manifestLine(file: string, dir?: string): string;
export declare function readManifest(dir?: string): Map<string, string>;
export declare function historyFiles(dir?: string): string[];
export declare function generationOf(file: string): number;
export declare function checkScenario(scenario: string): string;
export declare function recordingGeneration(
  value: string | undefined,
  dir?: string,
  recordedThisRun?: readonly string[],
): string | undefined;
export declare function recordingTarget(generation: string, scenario: string, dir?: string): string;
