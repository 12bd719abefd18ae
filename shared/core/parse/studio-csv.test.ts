// shared/core tests: the TikTok Studio CSV reader on the real 365-day creator export and on localised and edge-case inputs.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import contentCsv from '../../../tests/fixtures/real/studio-analytics/Content.csv?raw'
import followerActivityCsv from '../../../tests/fixtures/real/studio-analytics/FollowerActivity.csv?raw'
import followerGenderCsv from '../../../tests/fixtures/real/studio-analytics/FollowerGender.csv?raw'
import followerHistoryCsv from '../../../tests/fixtures/real/studio-analytics/FollowerHistory.csv?raw'
import followerTerritoriesCsv from '../../../tests/fixtures/real/studio-analytics/FollowerTopTerritories.csv?raw'
import overviewCsv from '../../../tests/fixtures/real/studio-analytics/Overview.csv?raw'
import viewersCsv from '../../../tests/fixtures/real/studio-analytics/Viewers.csv?raw'
import type { StudioDay } from '../snapshot'
import { readStudioFiles, studioFileKind } from './studio-csv'

const REAL_FILES = [
  { name: 'Content.csv', text: contentCsv },
  { name: 'FollowerActivity.csv', text: followerActivityCsv },
  { name: 'FollowerGender.csv', text: followerGenderCsv },
  { name: 'FollowerHistory.csv', text: followerHistoryCsv },
  { name: 'FollowerTopTerritories.csv', text: followerTerritoriesCsv },
  { name: 'Overview.csv', text: overviewCsv },
  { name: 'Viewers.csv', text: viewersCsv },
]

/** The fixture README: the range ends May 14, 2026; the export was made around then. */
const REFERENCE = Date.parse('2026-05-16T00:00:00Z')
const DAY_MS = 86_400_000
const isoDay = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 10))

describe('readStudioFiles on the real Studio export', () => {
  const { data, read, ignored, warnings } = readStudioFiles(REAL_FILES, { referenceTime: REFERENCE })
  const overviewDays = data.days.filter((d) => d.videoViews !== null)
  const followerDays = data.days.filter((d) => d.followers !== null)

  it('recognises every file and warns about nothing', () => {
    expect(read.map((r) => r.kind).sort()).toEqual(['content', 'follower-activity', 'follower-gender', 'follower-history', 'follower-territories', 'overview', 'viewers'])
    expect(ignored).toEqual([])
    expect(warnings).toEqual([])
    expect(data.files).toEqual(REAL_FILES.map((f) => f.name))
  })

  it('dates 365 overview days May 15, 2025 → May 14, 2026, one per day, ascending', () => {
    expect(overviewDays).toHaveLength(365)
    expect(overviewDays[0]?.date).toBe('2025-05-15')
    expect(overviewDays.at(-1)?.date).toBe('2026-05-14')
    expect(data.days.every((d, i) => i === 0 || d.at - (data.days[i - 1]?.at ?? 0) === DAY_MS)).toBe(true)
    expect(data.days.every((d) => isoDay(d.at) === d.date)).toBe(true)
    expect(overviewDays.at(-1)).toMatchObject({ videoViews: 1627, profileViews: 10, likes: 145, comments: 1, shares: 72 })
  })

  it('merges Viewers, which runs one day later, by date and reads its last "undefined" as null', () => {
    expect(data.days).toHaveLength(366)
    expect(data.days.filter((d) => d.newViewers !== null)).toHaveLength(365)
    expect(data.days.at(-1)).toMatchObject({ date: '2026-05-15', totalViewers: null, newViewers: 0, returningViewers: 0, videoViews: null })
    expect(data.days.find((d) => d.date === '2026-05-14')).toMatchObject({ totalViewers: 1781, newViewers: 1400, returningViewers: 381, followers: 1055 })
  })

  it('keeps the six -1 comment days as -1', () => {
    expect(overviewDays.filter((d) => d.comments === -1)).toHaveLength(6)
    expect(overviewDays.every((d) => d.comments !== null && d.comments >= -1)).toBe(true)
  })

  it('stores the follower "difference" as followers[next day] − followers[this day] on every day that has a next day', () => {
    expect(followerDays).toHaveLength(365)
    const pairs = followerDays.slice(0, -1).map((d, i) => [d, followerDays[i + 1]] as const)
    for (const [day, next] of pairs) expect(day.followerDiffNext).toBe((next?.followers ?? NaN) - (day.followers ?? NaN))
    // TikTok writes 0 for the last day, whose next day is not in the export.
    expect(followerDays.at(-1)).toMatchObject({ date: '2026-05-14', followers: 1055, followerDiffNext: null })
  })

  it('reads follower gender and territories as shares', () => {
    expect(data.followerGender).toEqual([
      { label: 'Male', share: 0.72 },
      { label: 'Female', share: 0.28 },
      { label: 'Other', share: 0 },
    ])
    expect(data.followerTerritories).toHaveLength(11)
    expect(data.followerTerritories[0]).toEqual({ label: 'US', share: 0.755 })
    expect(data.followerTerritories.at(-1)).toEqual({ label: 'Others', share: 0.208 })
    expect(data.followerTerritories.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 2)
  })

  it('reads Content.csv videos with ids, totals and post years', () => {
    expect(data.videos).toHaveLength(13)
    const byId = new Map(data.videos.map((v) => [v.videoId, v]))
    expect(byId.get('7629867741511486734')).toMatchObject({
      link: 'https://www.tiktok.com/@aibiblegospels_/video/7629867741511486734',
      likes: 1538,
      comments: 74,
      shares: 1085,
      views: 15210,
    })
    expect(byId.get('7629867741511486734')?.title).toMatch(/^They don't teach this in church\. .*🔱/)
    const postDays = new Map(data.videos.map((v) => [v.videoId, isoDay(v.postedAt)]))
    // "April 17" is before the May 16 snapshot: same year.
    expect(postDays.get('7629867741511486734')).toBe('2026-04-17')
    // "May 25" is after May 16: the year before.
    expect(postDays.get('7508500851607063839')).toBe('2025-05-25')
    // "February 11" could be 2026, but the upload time in the id says February 2025.
    expect(postDays.get('7470329627030965546')).toBe('2025-02-11')
    expect(data.videos.every((v) => v.postedAt !== null && v.postedAt <= Date.parse('2026-05-16T00:00:00Z'))).toBe(true)
  })

  it('gives identical data for BOM + CRLF copies of the files', () => {
    const variants = REAL_FILES.map((f) => ({ name: f.name, text: `\uFEFF${f.text.replace(/\n/g, '\r\n')}` }))
    const again = readStudioFiles(variants, { referenceTime: REFERENCE })
    expect(again.data).toEqual(data)
    expect(again.warnings).toEqual([])
  })
})

const overview = (dates: readonly string[]): string =>
  ['"Date","Video Views","Profile Views","Likes","Comments","Shares"', ...dates.map((d, i) => `"${d}","${10 + i}","1","2","3","4"`)].join('\n')

const datesOf = (days: readonly StudioDay[]): string[] => days.map((d) => d.date)

describe('readStudioFiles year inference', () => {
  it('walks back across a Dec → Jan boundary', () => {
    const { data } = readStudioFiles([{ name: 'Overview.csv', text: overview(['Dec 30', 'Dec 31', 'Jan 1', 'Jan 2']) }], { referenceTime: Date.parse('2026-01-04T12:00:00Z') })
    expect(datesOf(data.days)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'])
    expect(data.days.map((d) => d.videoViews)).toEqual([10, 11, 12, 13])
  })

  it('lets the last day be one day after the reference time (creator time zones ahead of UTC)', () => {
    const { data } = readStudioFiles([{ name: 'Overview.csv', text: overview(['Dec 31', 'Jan 1']) }], { referenceTime: Date.parse('2025-12-31T20:00:00Z') })
    expect(datesOf(data.days)).toEqual(['2025-12-31', '2026-01-01'])
  })

  it('places 29 February in a leap year', () => {
    const { data } = readStudioFiles([{ name: 'Overview.csv', text: overview(['Feb 28', 'Feb 29', 'Mar 1']) }], { referenceTime: Date.parse('2026-03-05T00:00:00Z') })
    expect(datesOf(data.days)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01'])
  })

  it('drops and counts rows with unreadable dates', () => {
    const { data, warnings } = readStudioFiles([{ name: 'Overview.csv', text: overview(['May 1', 'Someday', 'May 3']) }], { referenceTime: Date.parse('2026-05-05T00:00:00Z') })
    expect(datesOf(data.days)).toEqual(['2026-05-01', '2026-05-03'])
    expect(warnings.find((w) => w.code === 'STUDIO_BAD_DATE')?.count).toBe(1)
  })
})

describe('readStudioFiles localised dates', () => {
  const LOCALISED = [
    { language: 'Vietnamese', dates: ['30 tháng Mười Hai', '31 tháng Mười Hai', '1 tháng Một', '18 tháng Sáu'] },
    { language: 'Vietnamese, numbered', dates: ['30 tháng 12', '31 tháng 12', '1 tháng 1', '18 tháng 6'] },
    { language: 'Greek (genitive)', dates: ['30 Δεκεμβρίου', '31 Δεκεμβρίου', '1 Ιανουαρίου', '18 Ιουνίου'] },
    { language: 'Indonesian', dates: ['30 Desember', '31 Desember', '1 Januari', '18 Juni'] },
    { language: 'Portuguese', dates: ['30 de dezembro', '31 de dezembro', '1 de janeiro', '18 de junho'] },
    { language: 'Spanish', dates: ['30 de diciembre', '31 de diciembre', '1 de enero', '18 de junio'] },
    { language: 'Dutch', dates: ['30 december', '31 december', '1 januari', '18 juni'] },
    { language: 'German', dates: ['30. Dezember', '31. Dezember', '1. Januar', '18. Juni'] },
    { language: 'French', dates: ['30 décembre', '31 décembre', '1er janvier', '18 juin'] },
  ]

  it.each(LOCALISED)('reads $language dates', ({ dates }) => {
    // Not daily on purpose: the inference only needs month/day order.
    const { data, warnings } = readStudioFiles([{ name: 'Overview.csv', text: overview(dates) }], { referenceTime: Date.parse('2026-06-20T00:00:00Z') })
    expect(warnings).toEqual([])
    expect(datesOf(data.days)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-06-18'])
  })

  it('reads a Portuguese-header Overview.csv by its file name and column order', () => {
    const text = '\uFEFF"Data","Visualizações de vídeo","Visualizações de perfil","Curtidas","Comentários","Compartilhamentos"\r\n"24 de setembro","5","1","2","-1","0"\r\n"25 de setembro","7","0","3","undefined","1"'
    expect(studioFileKind('Overview.csv', text)).toBe('overview')
    const { data } = readStudioFiles([{ name: 'Overview.csv', text }], { referenceTime: Date.parse('2025-09-27T00:00:00Z') })
    expect(data.days).toEqual([
      expect.objectContaining({ date: '2025-09-24', videoViews: 5, profileViews: 1, likes: 2, comments: -1, shares: 0 }),
      expect.objectContaining({ date: '2025-09-25', videoViews: 7, profileViews: 0, likes: 3, comments: null, shares: 1 }),
    ])
  })
})

describe('studioFileKind', () => {
  const firstLine = (text: string): string => text.slice(0, text.indexOf('\n'))
  const CASES: Array<{ name: string; header: string; kind: ReturnType<typeof studioFileKind> }> = [
    ...REAL_FILES.map((f) => ({ name: f.name, header: firstLine(f.text), kind: null })),
    { name: 'export (3).csv', header: firstLine(overviewCsv), kind: 'overview' },
    { name: 'renamed.csv', header: `\uFEFF${firstLine(followerHistoryCsv)}\r`, kind: 'follower-history' },
    { name: 'Viewers (1).csv', header: '"Datum","Totaal","Nieuw","Terugkerend"', kind: 'viewers' },
    { name: 'bank-statement.csv', header: '"Date","Amount","Balance"', kind: null },
    { name: 'Viewers.xlsx', header: '', kind: null },
  ]
  const EXPECTED_REAL = new Map([
    ['Content.csv', 'content'],
    ['FollowerActivity.csv', 'follower-activity'],
    ['FollowerGender.csv', 'follower-gender'],
    ['FollowerHistory.csv', 'follower-history'],
    ['FollowerTopTerritories.csv', 'follower-territories'],
    ['Overview.csv', 'overview'],
    ['Viewers.csv', 'viewers'],
  ])

  it.each(CASES)('$name → by header, then by name', ({ name, header, kind }) => {
    expect(studioFileKind(name, header)).toBe(EXPECTED_REAL.get(name) ?? kind)
  })

  it('recognises the real files by header alone', () => {
    for (const f of REAL_FILES) expect(studioFileKind('download.csv', f.text)).toBe(EXPECTED_REAL.get(f.name))
  })

  it('skips unknown CSVs and XLSX files in readStudioFiles', () => {
    const { read, ignored, warnings } = readStudioFiles(
      [
        { name: 'bank-statement.csv', text: '"Date","Amount"\n"May 1","3"' },
        { name: 'Viewers.xlsx', text: 'PK\u0003\u0004' },
      ],
      { referenceTime: REFERENCE },
    )
    expect(read).toEqual([])
    expect(ignored).toEqual(['bank-statement.csv', 'Viewers.xlsx'])
    expect(warnings.map((w) => w.code)).toEqual(['STUDIO_UNKNOWN_FILE'])
  })
})
