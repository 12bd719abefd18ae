// shared/core tests: CSV exports round-trip through papaparse, start with a BOM, and neutralise formula injection (OWASP).
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { CauseEvent, ExportSummary } from '@shared/contract/model'
import type { ExportView } from '@shared/contract/views'
import { BOM, buildCsvFiles, csvBaseName, neutralise, toCsv } from './csv'

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM), 'BOM first').toBe(true)
  const r = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
  expect(r.errors).toEqual([])
  return r.data
}

const INJECTIONS: Array<[string, string]> = [
  ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
  ['+1+cmd|" /C calc"!A0', `'+1+cmd|" /C calc"!A0`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
  ['\t=1+1', `'\t=1+1`],
  ['\r=1+1', `'\r=1+1`],
  // A trigger behind what a spreadsheet skips or a reader cannot see is still a trigger.
  ['  =1+1', `'  =1+1`],
  ['\u00A0=1+1', `'\u00A0=1+1`],
  ['\u200B=1+1', `'\u200B=1+1`],
  ['\u2060\uFEFF+1', `'\u2060\uFEFF+1`],
  ['\u202E@SUM(A1)', `'\u202E@SUM(A1)`],
  ['\u3000-1', `'\u3000-1`],
  ['＝1+1', `'＝1+1`],
  ['＋1', `'＋1`],
  ['－1', `'－1`],
  ['＠SUM(A1)', `'＠SUM(A1)`],
  [' \t=1', `' \t=1`],
  ['plain', 'plain'],
  ['  plain', '  plain'],
  ['x;=1+1;', 'x;=1+1;'],
  ['a=b', 'a=b'],
  ['', ''],
  ['Café ☕ «déjà vu» 日本', 'Café ☕ «déjà vu» 日本'],
]

describe('neutralise', () => {
  it.each(INJECTIONS)('%j → %j', (input, expected) => expect(neutralise(input)).toBe(expected))
})

describe('toCsv', () => {
  it('round-trips every cell (quotes, commas, newlines, accents) and neutralises formulas, header included', () => {
    const rows = [
      ['a,b', 'say "hi"', 'line\nbreak', 'Zoë'],
      ...INJECTIONS.map(([input]) => [input, 'x', 'y', 'z']),
    ]
    const csv = toCsv(['=header', 'two', 'three', 'four'], rows)
    const back = parse(csv)
    expect(back[0]).toEqual([`'=header`, 'two', 'three', 'four'])
    expect(back[1]).toEqual(['a,b', 'say "hi"', 'line\nbreak', 'Zoë'])
    INJECTIONS.forEach(([, expected], i) => expect(back[i + 2]?.[0], `row ${i}`).toBe(expected))
    expect(csv).toContain('\r\n')
  })

  it('writes numbers as numbers and null as empty', () => {
    expect(parse(toCsv(['n', 'm'], [[-5, null]]))[1]).toEqual(['-5', ''])
    expect(toCsv(['n'], [[-5], [null]]).split('\r\n').slice(1)).toEqual(['-5', '', ''])
  })

  it('quotes every text cell, so a ";" list separator never splits one into a bare formula', () => {
    const csv = toCsv(['device'], [['x;=1+1;'], ['iPhone; +1'], ['a"b']])
    expect(csv.split('\r\n').slice(0, 4)).toEqual([`${BOM}"device"`, '"x;=1+1;"', '"iPhone; +1"', '"a""b"'])
    // Read the way a spreadsheet in a ";" locale reads it: every cell is still whole, and none starts a formula.
    const asSemicolon = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true })
    expect(asSemicolon.data).toEqual([['device'], ['x;=1+1;'], ['iPhone; +1'], ['a"b']])
    for (const row of asSemicolon.data) for (const c of row) expect(c).not.toMatch(/^\s*[=+\-@]/)
  })
})

const summary = (username: string | null): ExportSummary =>
  ({
    format: 'json',
    generation: 'C',
    exportedAt: '2025-03-01T10:00:00.000Z',
    exportedAtSource: 'signed-url',
    partial: false,
    missingCategories: [],
    account: { username, uid: null },
    files: [],
    ignoredFileCount: 0,
    sections: {},
    settings: { likedVideosVisibility: null, privateAccount: null },
    warnings: [],
  }) as unknown as ExportSummary

const event: CauseEvent = {
  id: 'new-device:1',
  kind: 'new-device',
  start: '2025-02-01T10:00:00.000Z',
  end: '2025-02-01T10:00:00.000Z',
  confidence: 'low',
  title: '=cmd|"/C calc"!A0 logged in',
  explanation: 'A device name from the export: "@evil".',
  evidence: { counts: { loginsFromThen: 3 }, rowIds: ['login:2025-02-01T10:00:00.000Z'], rowIdsTruncated: false },
  actions: ['secure-account', 'log-out-and-in'],
}

const NO_VERDICT: ExportView['verdict'] = { status: 'nothing-found', text: 'Nothing in this export points to lost likes.', headline: null, mostLikely: null, lines: [], nextSteps: [], doubt: null }

function view(username: string | null): ExportView {
  return { exportId: 'x', sourceName: 'TikTok_Data.zip', summary: summary(username), events: [event], verdict: NO_VERDICT, comparison: null, omittedEvents: [], studio: null }
}

describe('buildCsvFiles with TikTok Studio data', () => {
  it('adds the daily Studio series and the top videos, with blanks for unknowns and negatives as numbers', () => {
    const day = (date: string, likes: number | null, change: number | null) => ({
      date: `${date}T00:00:00.000Z`,
      likes,
      views: likes === null ? null : 1000,
      profileViews: 3,
      comments: -1,
      shares: 0,
      followers: 500,
      followerChange: change,
      likesPer1000Views: likes === null ? null : likes,
    })
    const studio: NonNullable<ExportView['studio']> = {
      account: 'maker',
      first: '2025-01-01T00:00:00.000Z',
      last: '2025-01-02T00:00:00.000Z',
      days: [day('2025-01-01', -4, null), day('2025-01-02', null, -2)],
      totals: { likes: -4, views: 1000, followersFirst: 500, followersLast: 500, followerLossDays: 1, followersLost: 2, likesPer1000Views: -4 },
      topVideos: [
        { videoId: '7300000000000000009', title: '=HYPERLINK("x")', url: 'https://www.tiktok.com/@maker/video/7300000000000000009', postedAt: '2024-12-30T00:00:00.000Z', likes: 12, views: 300, comments: 1, shares: 0 },
        { videoId: null, title: 'no id', url: 'javascript:alert(1)', postedAt: null, likes: null, views: null, comments: null, shares: null },
      ],
      posts: [],
      deletedPosts: [],
      withArchive: false,
      followerGender: [],
      followerTerritories: [],
    }
    const files = buildCsvFiles({ view: { ...view(null), studio }, likes: [], vanished: [], clusters: [] })
    expect(files.map((f) => f.name).slice(3)).toEqual(['LikeTrace-maker-2025-03-01-studio-days.csv', 'LikeTrace-maker-2025-03-01-studio-top-videos.csv'])
    const [days, videos] = files.slice(3).map((f) => parse(f.content))
    expect(days).toEqual([
      ['date', 'likes_received', 'video_views', 'profile_views', 'comments', 'shares', 'followers', 'follower_change', 'likes_per_1000_views'],
      ['2025-01-01', '-4', '1000', '3', '-1', '0', '500', '', '-4'],
      ['2025-01-02', '', '', '3', '-1', '0', '500', '-2', ''],
    ])
    expect(videos?.[1]).toEqual([`'=HYPERLINK("x")`, 'https://www.tiktok.com/@maker/video/7300000000000000009', '2024-12-30', '12', '300', '1', '0'])
    expect(videos?.[2]).toEqual(['no id', '', '', '', '', '', ''])
  })
})

describe('buildCsvFiles', () => {
  it('writes likes with status, vanished likes with their group, and events; all readable back', () => {
    const v1 = { at: Date.parse('2025-01-01T10:00:00Z'), videoId: '7300000000000000001' }
    const files = buildCsvFiles({
      view: view('zoë.likes'),
      likes: [
        { at: Date.parse('2025-01-02T10:00:00Z'), videoId: '7300000000000000002', status: 'present' },
        { ...v1, status: 'vanished' },
      ],
      vanished: [v1],
      clusters: [{ start: v1.at, end: v1.at, likes: [v1] }],
    })
    expect(files.map((f) => f.name)).toEqual(['LikeTrace-zo_.likes-2025-03-01-likes.csv', 'LikeTrace-zo_.likes-2025-03-01-vanished-likes.csv', 'LikeTrace-zo_.likes-2025-03-01-events.csv'])
    const [likes, vanished, events] = files.map((f) => parse(f.content))
    expect(likes?.[0]).toEqual(['liked_at_utc', 'video_id', 'video_url', 'uploaded_at_utc', 'status'])
    expect(likes?.[2]).toEqual(['2025-01-01T10:00:00.000Z', '7300000000000000001', 'https://www.tiktokv.com/share/video/7300000000000000001/', expect.any(String), 'vanished'])
    expect(vanished?.[1]).toEqual(['2025-01-01T10:00:00.000Z', '7300000000000000001', 'https://www.tiktokv.com/share/video/7300000000000000001/', '2025-01-01T10:00:00.000Z', '2025-01-01T10:00:00.000Z'])
    expect(events?.[1]?.[0]).toBe('new-device')
    expect(events?.[1]?.[1]).toBe(`'=cmd|"/C calc"!A0 logged in`)
    expect(events?.[1]?.[5]).toBe('loginsFromThen=3')
    expect(events?.[1]?.[7]).toBe('Check your account security; Log out and back in')
    expect(events?.[0]?.[9]).toBe('evidence_ids')
    expect(events?.[1]?.[9]).toBe('login:2025-02-01T10:00:00.000Z')
  })

  it('keeps ids as text (19 digits survive) and names files safely', () => {
    expect(csvBaseName(view('../../etc/passwd'))).toBe('LikeTrace-.._.._etc_passwd-2025-03-01')
    expect(csvBaseName(view(null))).toBe('LikeTrace-export-2025-03-01')
    const files = buildCsvFiles({ view: view(null), likes: [{ at: 0, videoId: '7999999999999999999', status: 'in-burst' }], vanished: [], clusters: [] })
    expect(parse(files[0]?.content ?? '')[1]?.[1]).toBe('7999999999999999999')
    expect(parse(files[1]?.content ?? '')).toEqual([['liked_at_utc', 'video_id', 'video_url', 'group_start_utc', 'group_end_utc']])
  })
})
