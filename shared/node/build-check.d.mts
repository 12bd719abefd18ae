// shared/node: Node adapters. Types of build-check.mjs (plain JavaScript so launchers can use it before anything is built).
export function newestMtime(path: string): number
export function isBuildFresh(output: string, sources: readonly string[]): boolean
