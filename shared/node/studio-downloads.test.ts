// shared/node tests: TikTok Studio Excel downloads and overlapping Overview downloads through the whole reader, from seeded generated files.
import { describe, expect, it } from 'vitest'
import type { InputFile } from '../core/read-export'
import { readExport } from '../core/read-export'
import type { ExportSnapshot } from '../core/snapshot'
import { renderStudioXlsx } from '../synth/render-xlsx'
import { makeStudioScenario } from '../synth/studio-scenarios'
import { zipFiles } from '../synth/zip'
import { DEFAULT_LIMITS } from '../core/archive/limits'
import { MemorySource } from '../core/archive/memory-source'
import { inflateRawNative } from './inflate'

const enc = new TextEncoder()
const scenario = makeStudioScenario('downloads', { followerDrop: true, likesDrop: true, reachDrop: false, viral: false })
const table = (name: string): string[][] => scenario.tables.find((t) => t.name === name)?.rows ?? []

async function read(files: Array<[string, string | Uint8Array]>, now = scenario.referenceTime): Promise<ExportSnapshot> {
  const inputs: InputFile[] = files.map(([path, data]) => ({ path, source: new MemorySource(typeof data === 'string' ? enc.encode(data) : data) }))
  const result = await readExport(inputs, { inflateRaw: inflateRawNative, now })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const xlsx = async (rows: string[][], style: 'sheetjs-str' | 'shared-inline', sheetName: string): Promise<Uint8Array> => zipFiles(renderStudioXlsx(rows, { style, sheetName }))
const csvOf = (rows: string[][]): string => rows.map((r) => r.map((v) => `"${v}"`).join(',')).join('\n')

const ARABIC = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** The same table with its dates as Studio writes them in Arabic ("29 سبتمبر"). */
const inArabic = (rows: string[][]): string[][] =>
  rows.map((r, i) => (i === 0 ? r : [r[0]?.replace(/^(\w+) (\d+)$/, (_, m: string, d: string) => `${d} ${ARABIC[ENGLISH.indexOf(m)]}`) ?? '', ...r.slice(1)]))

describe('TikTok Studio Excel downloads', () => {
  it('read into the same days and videos as the CSV download, in both SheetJS styles', async () => {
    const fromCsv = await read(scenario.files.map((f) => [f.name, f.text]))
    for (const style of ['sheetjs-str', 'shared-inline'] as const) {
      const snap = await read(await Promise.all(scenario.tables.map(async (t) => [`${t.name}.xlsx`, await xlsx(t.rows, style, t.name)] as [string, Uint8Array])))
      expect(snap.format).toBe('studio-csv')
      expect(snap.studio?.days).toEqual(fromCsv.studio?.days)
      expect(snap.studio?.videos).toEqual(fromCsv.studio?.videos)
      expect(snap.files.map((f) => f.role)).toEqual(['studio:overview', 'studio:follower-history', 'studio:content'])
      expect(snap.warnings.map((w) => w.code)).not.toContain('XLSX_SKIPPED')
    }
  })

  it('recognise a renamed download by its header, and say what it was read as', async () => {
    const snap = await read([
      ['my stats.xlsx', await xlsx(table('Overview'), 'shared-inline', 'Overview')],
      ['Overview (2).csv', scenario.files[0]?.text ?? ''],
    ])
    expect(snap.files.map((f) => f.role)).toEqual(['studio:overview', 'studio:overview'])
    const note = snap.warnings.find((w) => w.code === 'STUDIO_FILE_READ_AS')
    expect(note?.message).toBe('"my stats.xlsx" was read as your TikTok Studio Overview download (by its header).')
    expect(note?.count).toBe(1)
  })

  it('reads Arabic yearless dates ("29 سبتمبر") to the same days', async () => {
    const english = await read([['Overview.xlsx', await xlsx(table('Overview'), 'sheetjs-str', 'Overview')]])
    const arabic = await read([['Overview.xlsx', await xlsx(inArabic(table('Overview')), 'shared-inline', 'Overview')]])
    expect(arabic.studio?.days.map((d) => [d.date, d.likes])).toEqual(english.studio?.days.map((d) => [d.date, d.likes]))
    expect(arabic.studio?.days).toHaveLength(365)
  })

  it('read Excel downloads packed inside a zip as if dropped themselves', async () => {
    const dropped = await read(await Promise.all(scenario.tables.map(async (t) => [`${t.name}.xlsx`, await xlsx(t.rows, 'sheetjs-str', t.name)] as [string, Uint8Array])))
    const files = new Map<string, string | Uint8Array>()
    for (const t of scenario.tables) files.set(`Studio/${t.name}.xlsx`, await xlsx(t.rows, 'sheetjs-str', t.name))
    const snap = await read([['my studio downloads.zip', await zipFiles(files)]])
    expect(snap.studio?.days).toEqual(dropped.studio?.days)
    expect(snap.studio?.videos).toEqual(dropped.studio?.videos)
    expect(snap.files.map((f) => f.role)).toEqual(['studio:overview', 'studio:follower-history', 'studio:content'])
    expect(snap.warnings.map((w) => w.code)).not.toContain('XLSX_SKIPPED')
  })

  it('skip a packed .xlsx that is not a workbook (or unpacks past its cap) with a warning, and refuse a fake dropped one', async () => {
    const zip = await zipFiles(
      new Map<string, string | Uint8Array>([
        ['Overview.csv', scenario.files[0]?.text ?? ''],
        ['Viewers.xlsx', enc.encode('"Date","Likes"')],
        ['Other.xlsx', await zipFiles(new Map([['readme.txt', 'not a workbook']]))],
      ]),
    )
    const snap = await read([['Overview_2025-05-14_1747180800_creator.zip', zip]])
    expect(snap.warnings.find((w) => w.code === 'XLSX_SKIPPED')?.count).toBe(2)
    expect(snap.studio?.days).toHaveLength(365)
    // Over the packed-workbook cap: skipped, the rest still read.
    const big = await zipFiles(new Map<string, string | Uint8Array>([['Overview.csv', scenario.files[0]?.text ?? ''], ['Overview.xlsx', await xlsx(table('Overview'), 'sheetjs-str', 'Overview')]]))
    const capped = await readExport([{ path: 'studio.zip', source: new MemorySource(big) }], { inflateRaw: inflateRawNative, now: scenario.referenceTime, limits: { ...DEFAULT_LIMITS, maxPackedWorkbookBytes: 1024 } })
    expect(capped.ok && capped.value.warnings.map((w) => w.code)).toContain('XLSX_SKIPPED')
    expect(capped.ok && capped.value.studio?.days).toHaveLength(365)
    // Only packed non-workbooks: nothing to read, and the message says what to do.
    const only = await readExport([{ path: 'studio.zip', source: new MemorySource(await zipFiles(new Map([['Overview.xlsx', '"Date","Likes"']]))) }], { inflateRaw: inflateRawNative, now: scenario.referenceTime })
    expect(only.ok || only.error.code).toBe('UNSUPPORTED_FILE')
    const fake = await readExport([{ path: 'Overview.xlsx', source: new MemorySource(enc.encode('"Date","Likes"')) }], { inflateRaw: inflateRawNative, now: scenario.referenceTime })
    expect(fake.ok || fake.error.code).toBe('UNSUPPORTED_FILE')
  })
})

describe('overlapping Overview downloads', () => {
  const overview = table('Overview')
  const lastDays = (n: number): string[][] => [overview[0] ?? [], ...overview.slice(-n)]

  it('merge by date: 31, 365 and 60 days of one account give the 365 days once, without a warning when they agree', async () => {
    const snap = await read([
      ['a/Overview.csv', csvOf(lastDays(31))],
      ['b/Overview.xlsx', await xlsx(lastDays(365), 'sheetjs-str', 'Overview')],
      ['c/Overview (1).csv', csvOf(lastDays(60))],
    ])
    const alone = await read([['Overview.csv', csvOf(overview)]])
    expect(snap.studio?.days).toEqual(alone.studio?.days)
    expect(snap.warnings.map((w) => w.code)).not.toContain('STUDIO_OVERLAP_DISAGREES')
  })

  it('warn, naming how many days, when the same day disagrees; the download that ends later wins', async () => {
    const older = lastDays(60).slice(0, -5)
    const newer = lastDays(31).map((r, i) => (i >= 1 && i <= 4 ? [r[0] ?? '', r[1] ?? '', r[2] ?? '', String(Number(r[3]) + 7), ...r.slice(4)] : r))
    const snap = await read([
      ['old/Overview.csv', csvOf(older)],
      ['new/Overview.csv', csvOf(newer)],
    ])
    const warning = snap.warnings.find((w) => w.code === 'STUDIO_OVERLAP_DISAGREES')
    expect(warning?.count).toBe(4)
    expect(warning?.message).toMatch(/^TikTok Studio downloads that cover the same 4 days give different numbers for them/)
    const changed = newer.slice(1, 5).map((r) => Number(r[3]))
    const days = snap.studio?.days ?? []
    expect(days.slice(-31, -27).map((d) => d.likes)).toEqual(changed)
  })
})
