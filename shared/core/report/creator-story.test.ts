// shared/core tests: the creator report's story on seeded TikTok Studio data — it leads with the fall in reach, reads reach against likes, says the inferred years, and gives creator steps.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReportData } from '@shared/contract/views'
import { LikeTraceEngine } from '../../node/engine/engine'
import { makeStudioScenario } from '../../synth/studio-scenarios'
import type { StudioPlan } from '../../synth/studio-scenarios'

const ROOT = resolve(__dirname, '../../..')

async function studioReport(plan: StudioPlan, withContent: boolean): Promise<ReportData> {
  const scenario = makeStudioScenario('creator-story', plan)
  const dir = mkdtempSync(join(tmpdir(), 'liketrace-creator-'))
  for (const f of scenario.files) if (withContent || f.name !== 'Content.csv') writeFileSync(join(dir, f.name), f.text)
  const engine = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-store-')), resourcesDir: join(ROOT, 'resources'), now: () => scenario.referenceTime })
  const imported = await engine.startImport([dir], () => undefined)
  if (!imported.ok) throw new Error(imported.error.message)
  const r = await engine.reportData({ exportId: imported.value.exportId, generatedAt: '2025-08-01T00:00:00.000Z', paper: 'A4' })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const CREATOR_WORDS = /vanish|likes you gave|like at a normal pace/i

describe('creator story', () => {
  it('leads with the fall in reach, not the follower drop, and reads it as reach: likes per 1,000 views held', async () => {
    const r = await studioReport({ followerDrop: true, likesDrop: false, reachDrop: true, viral: false }, false)
    const lead = r.view.events.find((e) => e.id === r.creator?.leadEventId)
    expect(lead?.kind).toBe('reach-drop')
    expect(r.view.events.some((e) => e.kind === 'follower-drop')).toBe(true)
    // The verdict, the events list and the report lead with the same change.
    expect(r.view.verdict.mostLikely?.eventId).toBe(lead?.id)
    expect(r.view.verdict.text).toMatch(/The change to look at first: /)
    expect(r.view.events[0]?.id).toBe(lead?.id)
    const reach = r.creator?.reach
    expect(reach?.reading).toBe('reach')
    expect(reach?.viewsDuring).toBeLessThan(0.6 * (reach?.viewsBefore ?? 0))
    expect(Math.abs((reach?.rateDuring ?? 0) - (reach?.rateBefore ?? 0))).toBeLessThan(0.25 * (reach?.rateBefore ?? 1))
    // No Content.csv: whether anything was posted is unknown, and the archive is offered.
    expect(r.creator?.postsKnown).toBe(false)
    expect(r.creator?.steps.map((s) => s.label)).toEqual(['Check the status of the videos posted just before', 'Check your account status', 'Add your TikTok data archive'])
    for (const s of r.creator?.steps ?? []) expect(`${s.label} ${s.detail}`).not.toMatch(CREATOR_WORDS)
    expect(r.creator?.years).toEqual({ first: expect.any(Number), last: new Date(r.view.studio?.last ?? '').getUTCFullYear(), countedBackFrom: r.view.summary.exportedAt })
  })

  it('reads a fall in likes received with views holding as likes, not reach', async () => {
    const r = await studioReport({ followerDrop: false, likesDrop: true, reachDrop: false, viral: false }, true)
    const lead = r.view.events.find((e) => e.id === r.creator?.leadEventId)
    expect(lead?.kind).toBe('likes-received-drop')
    expect(r.creator?.postsKnown).toBe(true)
    expect(r.creator?.steps[0]?.label).toBe('Report a problem to TikTok')
  })

  it('has nothing to lead with on a quiet account, and suggests downloading again', async () => {
    const r = await studioReport({ followerDrop: false, likesDrop: false, reachDrop: false, viral: false }, true)
    expect(r.creator?.leadEventId).toBeNull()
    expect(r.creator?.reach).toBeNull()
    expect(r.creator?.steps[0]?.label).toBe('Download your Studio data again in a few weeks')
  })

  it('is absent without Studio data', async () => {
    const engine = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-store-')), resourcesDir: join(ROOT, 'resources') })
    const v = await engine.startImport([join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')], () => undefined)
    if (!v.ok) throw new Error(v.error.message)
    const r = await engine.reportData({ exportId: v.value.exportId, generatedAt: '2025-01-01T00:00:00.000Z', paper: 'A4' })
    expect(r.ok && r.value.creator).toBeNull()
  })
})
