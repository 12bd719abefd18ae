// scripts/eval: Node. Cross-account pairs: exports of different people, saved in an import store one after the other, must never be compared automatically; one account's two exports must be.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportSnapshot } from '@shared/core/snapshot'
import { accountEvidence } from '@shared/core/store/account'
import { ImportStore } from '@shared/node/import-store'
import type { ControlInput } from './real-exports'
import { samplePairInput } from './real-exports'

/** An export handed to the store, and whether it is the shipped sample. */
export interface StoredExport {
  name: string
  sample: boolean
  snapshot: ExportSnapshot
}

export interface PairingRow {
  /** The export imported second. */
  name: string
  /** The import the store compared it with automatically, or null. */
  comparedWith: string | null
  /** Null when any automatic comparison is wrong (different people), else the import it must be compared with. */
  expected: string | null
  by: 'identity' | 'shared-likes' | null
  /** Likes of the smaller side in the span both cover, and how many of them the other export has too. */
  overlap: { inWindow: number; shared: number } | null
  correct: boolean
}

/** Without uid and username, as a partial export (Activity only), a TXT like list or a layout-D file often is. */
export function withoutIdentity(snapshot: ExportSnapshot): ExportSnapshot {
  return { ...snapshot, profile: { ...snapshot.profile, username: null, displayName: null }, status: { ...snapshot.status, uid: null } }
}

/**
 * Imports `first` into a fresh store, then `second`, exactly as the app does on two drops, and asks the store which
 * earlier import it would compare `second` with.
 */
export async function pairing(first: StoredExport, second: StoredExport, expected: string | null): Promise<PairingRow> {
  const dir = mkdtempSync(join(tmpdir(), 'liketrace-pairing-'))
  try {
    const store = new ImportStore(dir)
    await store.save(first.snapshot, { importedAt: 1, sourceName: first.name, ...(first.sample ? { sample: true } : {}) })
    const saved = await store.save(second.snapshot, { importedAt: 2, sourceName: second.name, ...(second.sample ? { sample: true } : {}) })
    const prior = await store.latestEarlierImport(second.snapshot, saved.id)
    const comparedWith = prior === null ? null : prior.listing.sourceName
    const evidence = accountEvidence(first.snapshot, second.snapshot)
    return {
      name: `${second.name} after ${first.name}`,
      comparedWith,
      expected,
      by: prior?.by ?? null,
      overlap: evidence.overlap,
      correct: comparedWith === expected,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Every ordered pair of different accounts among the real exports and the sample (sample first: the case), the
 * same with identities removed, and, as the control that must pair, one account's two exports without identity.
 */
export async function crossAccountRows(inputs: readonly ControlInput[], sameAccount: { older: StoredExport; newer: StoredExport }): Promise<PairingRow[]> {
  const exports: StoredExport[] = []
  for (const input of inputs) {
    const { snapshot } = await input.read()
    if (snapshot.format === 'studio-csv') continue
    exports.push({ name: input.name, sample: input.source === 'sample', snapshot })
  }
  const rows: PairingRow[] = []
  for (const a of exports) {
    for (const b of exports) {
      if (a === b) continue
      // The store compares a new import only with one exported before it; the other order is the same question.
      const at = (s: ExportSnapshot): number => s.exportedAt ?? s.likes.last ?? 0
      if (at(a.snapshot) >= at(b.snapshot)) continue
      rows.push(await pairing(a, b, null))
      rows.push(await pairing({ ...a, name: `${a.name} (no identity)`, snapshot: withoutIdentity(a.snapshot) }, { ...b, name: `${b.name} (no identity)`, snapshot: withoutIdentity(b.snapshot) }, null))
    }
  }
  const older = { ...sameAccount.older, snapshot: withoutIdentity(sameAccount.older.snapshot) }
  const newer = { ...sameAccount.newer, snapshot: withoutIdentity(sameAccount.newer.snapshot) }
  rows.push(await pairing(older, newer, older.name))
  return rows
}

export function formatPairings(rows: readonly PairingRow[]): string {
  const header = ['second import', 'compared with', 'expected', 'by', 'likes shared (common span)', 'result']
  const body = rows.map((r) => [
    r.name,
    r.comparedWith ?? 'nothing',
    r.expected ?? 'nothing',
    r.by ?? '—',
    r.overlap === null ? '—' : `${r.overlap.shared} of ${r.overlap.inWindow}`,
    r.correct ? 'right' : 'WRONG',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  const cross = rows.filter((r) => r.expected === null)
  const wrong = cross.filter((r) => r.comparedWith !== null).length
  return [
    `different accounts compared automatically: ${wrong} of ${cross.length} (goal 0); one account's exports without identity paired: ${rows.filter((r) => r.expected !== null && r.correct).length} of ${rows.filter((r) => r.expected !== null).length}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n')
}

/** The sample's two exports as if they were a user's own (not marked as the sample): one account, which must be paired. */
export async function oneAccountPair(): Promise<{ older: StoredExport; newer: StoredExport }> {
  const { snapshot, diff } = await samplePairInput().read()
  if (diff === null) throw new Error('the sample pair was not compared')
  return { older: { name: 'one account, earlier export', sample: false, snapshot: diff.older }, newer: { name: 'one account, later export', sample: false, snapshot } }
}
