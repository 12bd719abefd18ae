// shared/node tests: the one verdict, through the analyze command, on every real fixture, the sample pair, a pair with competing causes, an export without likes, and exports of two accounts.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Verdict } from '@shared/contract/views'
import { COMPETING_NEWER_EXPORT, makeCompetingCausesPair } from '../synth/competing-causes-pair'
import { makeSpec } from '../synth/export-spec'
import { JSON_CATEGORIES, renderJsonString } from '../synth/render-json'
import { renderTxtExport } from '../synth/render-txt'
import { runAnalyze } from './analyze-cli'

const ROOT = resolve(__dirname, '../..')
const REAL = join(ROOT, 'tests/fixtures/real')
const SAMPLE_OLDER = join(ROOT, 'resources/sample/TikTok_Data_1759774360.zip')
const SAMPLE_NEWER = join(ROOT, 'resources/sample/TikTok_Data_1762798360.zip')

async function analyze(args: string[]): Promise<{ code: number; doc: { verdict: Verdict; store?: { comparedWith: string | null }; diff?: unknown; error?: { code: string } }; text: string }> {
  let out = ''
  const code = await runAnalyze([...args, '--json'], { out: (t) => (out += t), err: () => undefined, now: Date.UTC(2026, 10, 25) })
  let text = ''
  await runAnalyze(args, { out: (t) => (text += t), err: () => undefined, now: Date.UTC(2026, 10, 25) })
  return { code, doc: JSON.parse(out), text }
}

/** Every line and the sentence: confidence appears only on inferences. */
function factsCarryNoConfidence(v: Verdict): void {
  for (const l of v.lines) if (l.role === 'finding' || l.role === 'context') expect(l.confidence, l.text).toBeNull()
  expect(v.lines.length).toBeLessThanOrEqual(6)
}

describe('the verdict on the real fixtures', () => {
  it('JSON layout B: 20 likes read, nothing points to lost likes, the private-likes setting as context', async () => {
    const { doc, text } = await analyze([join(REAL, 'json-gen-b-2024-12')])
    const v = doc.verdict
    expect(v.status).toBe('nothing-found')
    expect(v.text).toMatch(/^LikeTrace read 20 likes \(20 Nov – 13 Dec 2024\)\. Nothing in this export points to lost likes, though its watch history is too short to check for days without likes\./)
    expect(v.mostLikely).toBeNull()
    expect(v.lines.map((l) => [l.role, l.kind])).toEqual([
      ['context', 'liked-videos-private'],
      ['context', 'deleted-posts'],
    ])
    expect(v.nextSteps[0]).toBe('compare-exports')
    factsCarryNoConfidence(v)
    // The readable output starts with the same sentence.
    expect(text.startsWith(v.text)).toBe(true)
  })

  it('JSON layout C: one like read, nothing found', async () => {
    const v = (await analyze([join(REAL, 'json-gen-c-2025-03')])).doc.verdict
    expect(v.status).toBe('nothing-found')
    expect(v.text).toMatch(/^LikeTrace read 1 like \(15 Dec 2024\)\./)
    expect(v.headline).toEqual({ value: 1, label: 'like read' })
  })

  it('TXT export without watch and login history: nothing found, and the left-out categories as a fact, not a lead', async () => {
    const { doc, text } = await analyze([join(REAL, 'txt-2023-12')])
    const v = doc.verdict
    expect(v.status).toBe('nothing-found')
    expect(v.text).toMatch(/^LikeTrace read 1,177 likes \(21 Jul 2020 – 27 Dec 2023\)\./)
    expect(v.lines.some((l) => l.role === 'check-first')).toBe(false)
    expect(v.lines).toEqual([expect.objectContaining({ kind: 'partial-export', role: 'context', confidence: null, text: expect.stringMatching(/leaves out .*Watch History and Login History, so checks that need them were skipped/) })])
    // Checks were skipped for want of those categories: a complete export is the first step, then a comparison.
    expect(v.nextSteps.slice(0, 2)).toEqual(['request-new-export', 'compare-exports'])
    // The file does not say when it was made: the newest entry is called that.
    expect(text).toMatch(/Newest entry: 27 Dec 2023/)
    expect(text).not.toMatch(/Exported:/)
  })

  it('TikTok Studio analytics: the creator status, about likes received and followers', async () => {
    const v = (await analyze([join(REAL, 'studio-analytics')])).doc.verdict
    expect(v.status).toBe('creator')
    expect(v.text).toMatch(/^These TikTok Studio files cover 366 days \(15 May 2025 – 15 May 2026\) of likes received, views and followers; they hold no likes you gave\./)
  })
})

describe('the verdict with a comparison', () => {
  it('the sample pair: the fact first, then the burst, which explains the most vanished likes', async () => {
    const v = (await analyze([SAMPLE_NEWER, '--compare', SAMPLE_OLDER])).doc.verdict
    expect(v.status).toBe('likes-vanished')
    expect(v.text).toMatch(/^84 likes vanished between the exports of 6 Oct and 10 Nov 2025\. Most likely \(medium confidence, 72 of them\): you liked 72 videos/)
    expect(v.headline).toEqual({ value: 84, label: 'likes vanished' })
    expect(v.mostLikely).toMatchObject({ kind: 'like-burst', explains: 72 })
    const scattered = v.lines.find((l) => l.kind === 'vanished-likes' && l.role === 'cause')
    expect(scattered?.text).toMatch(/^The videos were deleted or made private by their creators \(12 likes vanished one at a time, on 12 different days/)
    expect(v.doubt).toBeNull()
    factsCarryNoConfidence(v)
  })

  it('competing causes: the burst that lost 120 likes leads, ahead of the new phone (10) and the scattered likes (19)', async () => {
    const pair = makeCompetingCausesPair()
    expect(pair.facts.burstLost.length + pair.facts.phoneLost.length + pair.facts.scatteredLost.length).toBe(149)
    const dir = mkdtempSync(join(tmpdir(), 'liketrace-verdict-'))
    writeFileSync(join(dir, 'older.json'), renderJsonString(pair.older, { generation: 'C' }))
    writeFileSync(join(dir, 'newer.json'), renderJsonString(pair.newer, { generation: 'C' }))
    const v = (await analyze([join(dir, 'newer.json'), '--compare', join(dir, 'older.json')])).doc.verdict
    expect(v.status).toBe('likes-vanished')
    expect(v.text).toMatch(/^149 likes vanished between the exports of 2 Jul and 30 Aug 2025\. Most likely \(medium confidence, 120 of them\): you liked 150 videos in 20 minutes on 7 Jun 2025, and 120 of those likes are gone\./)
    expect(v.mostLikely).toMatchObject({ kind: 'like-burst', explains: 120 })
    const causes = v.lines.filter((l) => l.role === 'cause')
    expect(causes.map((l) => l.kind)).toEqual(['vanished-likes', 'new-device'])
    expect(causes[0]?.text).toMatch(/19 likes vanished one at a time, on 19 different days/)
    expect(causes[1]?.text).toMatch(/^Logged in on a new Android phone on 14 Jun 2025; 10 of the vanished likes were given within a day of it/)
    expect(v.nextSteps[0]).toBe('slow-down-liking')
    factsCarryNoConfidence(v)

    // The earlier export alone cannot show what vanished: a plain status sentence, then the burst as a lead.
    const alone = (await analyze([join(dir, 'older.json')])).doc.verdict
    expect(alone.status).toBe('possible-cause')
    expect(alone.text).toMatch(/^LikeTrace read 2,560 likes \(1 Aug 2020 – 23 Jun 2025\)\. One export cannot show which likes vanished; the strongest lead \(low confidence\): you liked 150 videos in 20 minutes on 7 Jun 2025/)
    expect(alone.mostLikely).toMatchObject({ kind: 'like-burst', explains: 0 })
    expect(alone.nextSteps).toContain('compare-exports')
  })

  it('nothing vanished: says so, with the number of likes checked', async () => {
    const pair = makeCompetingCausesPair('no-loss', { burstLost: 0, phoneLost: 0, scatteredLost: 0 })
    const dir = mkdtempSync(join(tmpdir(), 'liketrace-verdict-'))
    writeFileSync(join(dir, 'older.json'), renderJsonString(pair.older, { generation: 'C' }))
    writeFileSync(join(dir, 'newer.json'), renderJsonString({ ...pair.newer, likes: [...pair.older.likes] }, { generation: 'C' }))
    const v = (await analyze([join(dir, 'newer.json'), '--compare', join(dir, 'older.json')])).doc.verdict
    expect(v.status).toBe('nothing-found')
    expect(v.text).toMatch(/^No likes vanished between the exports of 2 Jul and 30 Aug 2025: all [\d,]+ likes of the earlier export/)
    expect(v.mostLikely).toBeNull()
    expect(COMPETING_NEWER_EXPORT).toBeGreaterThan(0)
  })
})

describe('the verdict without a like list', () => {
  it('says the export has no likes and what to request, naming the category of its layout', async () => {
    const spec = makeSpec({ seed: 'no-activity', likes: 300, watchRows: 200 })
    const dir = mkdtempSync(join(tmpdir(), 'liketrace-verdict-'))
    const path = join(dir, 'user_data_tiktok.json')
    writeFileSync(path, renderJsonString(spec, { generation: 'D', categories: JSON_CATEGORIES.D.filter((c) => c !== 'Likes and Favorites') }))
    const v = (await analyze([path])).doc.verdict
    expect(v).toMatchObject({ status: 'likes-not-in-export', mostLikely: null, headline: null, lines: [], nextSteps: ['request-new-export'] })
    expect(v.text).toBe(
      "This export has no list of your likes: TikTok leaves it out when 'Likes and Favorites' is not ticked. Request a new export with it; LikeTrace has checked nothing about your likes yet.",
    )
  })
})

describe('exports of two accounts', () => {
  // Someone else's like list, which names no account (a TXT "Like List.txt" alone), over the same months as the sample.
  const stranger = makeSpec({ seed: 'stranger', likes: 900, watchRows: 300, exportedAt: Date.UTC(2025, 11, 1), accountAgeDays: 400 })
  const dir = mkdtempSync(join(tmpdir(), 'liketrace-verdict-'))
  const strangerPath = join(dir, 'Like List.txt')
  const likeList = [...renderTxtExport(stranger, { generation: 'D', language: 'en' })].find(([path]) => path.endsWith('Like List.txt'))?.[1] ?? ''
  writeFileSync(strangerPath, likeList)

  it('--store never pairs an export without identity with one it shares no likes with', async () => {
    const store = join(dir, 'store')
    await analyze([SAMPLE_OLDER, '--store', store])
    const { doc } = await analyze([strangerPath, '--store', store])
    expect(doc.store?.comparedWith).toBeNull()
    expect(doc.diff).toBeUndefined()
    expect(doc.verdict.status).not.toBe('likes-vanished')
  })

  it('--compare of two exports not shown to be one account compares, and the verdict states the doubt', async () => {
    const v = (await analyze([strangerPath, '--compare', SAMPLE_OLDER])).doc.verdict
    expect(v.doubt).toMatch(/^These exports may be of two different accounts: one of them does not name its account, and only 0 of [\d,]+ likes from the time both cover are in both\.$/)
    expect(v.text).toMatch(/^If these two exports are of one account, [\d,]+ likes vanished between/)
    expect(v.text.endsWith(v.doubt as string)).toBe(true)
  })
})
