// scripts/eval tests. On every real export in the fixtures, and on a seeded realistic export with dynamic home addresses, the events stay few and what was merged stays in the evidence.
import { describe, expect, it } from 'vitest'
import type { EventKind } from '@shared/contract/model'
import { DEFAULT_DETECTOR_OPTIONS } from '@shared/core/analysis/detector-options'
import { detectLoginChanges } from '@shared/core/analysis/detectors/login-changes'
import { analyzeExport } from '@shared/core/analysis/analyze'
import { summarize } from '@shared/core/summary'
import { dynamicHomeInput, formatControlTable, MAX_EVENTS, MAX_PER_KIND, realFixtureInputs, runControl, samplePairInput } from './real-exports'

const CONTEXT_KINDS: readonly EventKind[] = ['new-device', 'os-change', 'new-network']

describe('real exports in the fixtures', () => {
  it('each stays within the goal: no kind more than 4 times, at most 12 events, no error', async () => {
    const inputs = realFixtureInputs()
    expect(inputs.map((i) => i.name)).toEqual(['json-gen-b-2024-12', 'json-gen-c-2025-03', 'studio-analytics', 'txt-2023-12'])
    const rows = await Promise.all(inputs.map(runControl))
    const table = formatControlTable(rows)
    for (const row of rows) {
      expect(row.error, table).toBeNull()
      expect(row.events.length, `${row.name}\n${table}`).toBeLessThanOrEqual(MAX_EVENTS)
      expect(Math.max(0, ...row.byKind.values()), `${row.name}\n${table}`).toBeLessThanOrEqual(MAX_PER_KIND)
    }
    expect(table).toMatch(/met by all/)
  })

  it('dates the deleted posts of the layout-B export by their deletion, and says its watch history is too short to check', async () => {
    const genB = realFixtureInputs().find((i) => i.name === 'json-gen-b-2024-12')
    if (genB === undefined) throw new Error('the layout-B fixture is missing')
    const { snapshot } = await genB.read()
    const events = analyzeExport({ snapshot })
    expect(events.filter((e) => e.kind === 'deleted-posts').map((e) => e.title)).toEqual(['You deleted 2 posts on 13 Dec 2024'])
    expect(summarize(snapshot).sections.deletedPosts).toMatchObject({ first: '2024-12-13T07:04:50.000Z', last: '2024-12-13T07:05:00.000Z' })
    expect(events.filter((e) => e.kind === 'retention-window').map((e) => e.title)).toEqual(['The watch history covers too little to check for days without likes'])
  })

  it('compares the sample pair: 84 likes vanished, one burst next to them', async () => {
    const row = await runControl(samplePairInput())
    expect(row.error).toBeNull()
    expect(row.vanished).toBe(84)
    expect(row.byKind.get('like-burst')).toBe(1)
    expect(row.byKind.get('new-network') ?? 0).toBeLessThanOrEqual(1)
  })
})

describe('a seeded export with dynamic home addresses over 14 months', () => {
  it('yields at most one event per login kind, and the merged line keeps every network it folds in', async () => {
    const { snapshot } = await dynamicHomeInput().read()
    const wifiIps = new Set(snapshot.logins.filter((l) => l.networkType === 'Wi-Fi').map((l) => l.ip))
    expect(wifiIps.size).toBeGreaterThanOrEqual(260)
    expect(wifiIps.size).toBeLessThanOrEqual(300)
    expect((snapshot.logins.at(-1)?.at ?? 0) - (snapshot.logins[0]?.at ?? 0)).toBeGreaterThan(400 * 86_400_000)
    // Before merging, each new /16 was its own event.
    const raw = detectLoginChanges({ snapshot, diff: null, options: DEFAULT_DETECTOR_OPTIONS })
    const rawNetworks = raw.filter((e) => e.kind === 'new-network')
    expect(rawNetworks.length).toBeGreaterThan(30)

    const events = analyzeExport({ snapshot })
    for (const kind of CONTEXT_KINDS) expect(events.filter((e) => e.kind === kind).length, kind).toBeLessThanOrEqual(1)
    expect(events.length).toBeLessThanOrEqual(MAX_EVENTS)
    const [line] = events.filter((e) => e.kind === 'new-network')
    expect(line?.confidence).toBe('low')
    expect(line?.explanation).toMatch(new RegExp(`^Your account connected from ${rawNetworks.length} networks not seen before in your login history, over [\\d,]+ logins \\(each is listed in the evidence\\)`))
    expect(line?.explanation).not.toMatch(/\d+\.\d+\.x\.x/)
    expect(line?.title).toBe(`${rawNetworks.length} new networks between ${line?.title.split(' between ')[1] ?? ''}`)
    const subjects = rawNetworks.map((e) => e.evidence.rowIds[1])
    expect(line?.evidence.rowIds).toEqual(expect.arrayContaining([...subjects, ...rawNetworks.map((e) => e.evidence.rowIds[0])]))
    // Rows written twice with the old system make no OS event.
    for (const e of events.filter((x) => x.kind === 'os-change')) expect(e.title).toMatch(/updated$/)
  })
})
