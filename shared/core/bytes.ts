// shared/core: Electron-free. Joins runs of bytes into one array: a chunk carried over with the next, a workbook unpacked into memory.

/** The parts back to back in one new array (the only part itself when there is just one non-empty part). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const filled = parts.filter((p) => p.length > 0)
  if (filled.length === 1) return filled[0] as Uint8Array
  const out = new Uint8Array(filled.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const p of filled) {
    out.set(p, at)
    at += p.length
  }
  return out
}
