// shared/core tests: the TXT export reader on the real Dec 2023 like list and on small inputs shaped like real TXT exports.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import likeListTxt from '../../../tests/fixtures/real/txt-2023-12/Like List.txt?raw'
import type { SectionName } from '@shared/contract/model'
import type { CollectedRows } from './snapshot-builder'
import { SnapshotBuilder } from './snapshot-builder'
import type { TxtFileOutcome } from './txt'
import { readTxtFile } from './txt'

const iso = (ms: number): string => new Date(ms).toISOString()

function read(baseName: string, text: string): { outcome: TxtFileOutcome; rows: CollectedRows; builder: SnapshotBuilder } {
  const builder = new SnapshotBuilder()
  const outcome = readTxtFile(baseName, text, builder)
  return { outcome, rows: builder.finishRows(), builder }
}

const warningCount = (builder: SnapshotBuilder, code: string): number => builder.warnings.list().find((w) => w.code === code)?.count ?? 0

describe('readTxtFile on the real Dec 2023 Like List.txt', () => {
  const { outcome, rows, builder } = read('Like List.txt', likeListTxt)

  it('reads every like, oldest first, with 19-digit decimal ids', () => {
    expect(outcome).toMatchObject({ kind: 'likes', records: 1177, empty: false, noDataSentinel: false })
    expect(rows.likes).toHaveLength(1177)
    expect(rows.sectionsPresent.has('likes')).toBe(true)
    const first = rows.likes.row(0)
    const last = rows.likes.row(rows.likes.length - 1)
    expect(first && iso(first.at)).toBe('2020-07-21T12:56:23.000Z')
    expect(first?.videoId).toBe('6833762493936962822')
    expect(last && iso(last.at)).toBe('2023-12-27T22:28:42.000Z')
    expect(last?.videoId).toBe('7317400193991773446')
    expect(rows.likes.ids().every((id) => /^\d{19}$/.test(id))).toBe(true)
    expect(rows.likes.times.every((t, i) => i === 0 || (rows.likes.times[i - 1] ?? Infinity) <= t)).toBe(true)
    expect(rows.newestEntry).toBe(Date.parse('2023-12-27T22:28:42Z'))
    expect(builder.warnings.list()).toEqual([])
    expect(builder.sawVideoLinkKey).toBe(false)
  })

  it('gives identical rows for a CRLF copy with a BOM', () => {
    const variant = read('Like List.txt', `\uFEFF${likeListTxt.replace(/\n/g, '\r\n')}`)
    expect(variant.outcome).toEqual(outcome)
    expect(variant.rows.likes.rows()).toEqual(rows.likes.rows())
    expect(variant.builder.warnings.list()).toEqual([])
  })
})

interface ListCase {
  title: string
  file: string
  text: string
  section: SectionName
  check: (rows: CollectedRows) => void
}

const LIST_CASES: ListCase[] = [
  {
    title: 'the ≤2022 `Video Link:` label',
    file: 'Like List.txt',
    text: 'Date: 2021-03-04 05:06:07\nVideo Link: https://www.tiktokv.com/share/video/6935000000000000001/\n\n\n',
    section: 'likes',
    check: (rows) => expect(rows.likes.rows()).toEqual([{ at: Date.parse('2021-03-04T05:06:07Z'), videoId: '6935000000000000001' }]),
  },
  {
    title: 'dates with a ` UTC` suffix',
    file: 'Favorite Videos.txt',
    text: 'Date: 2026-08-16 18:18:02 UTC\nLink: https://www.tiktokv.com/share/video/7538000000000000002/\n\n\n',
    section: 'favorites',
    check: (rows) => expect(rows.favorites.rows()).toEqual([{ at: Date.parse('2026-08-16T18:18:02Z'), videoId: '7538000000000000002' }]),
  },
  {
    title: 'a Dutch like list (`Likelijst.txt`, `Datum:`)',
    file: 'Likelijst.txt',
    text: 'Datum: 2024-11-02 10:00:00\nLink: https://www.tiktokv.com/share/video/7432000000000000003/\n\nDatum: 2024-11-01 09:00:00\nLink: https://www.tiktokv.com/share/video/7431000000000000004/\n\n\n',
    section: 'likes',
    check: (rows) =>
      expect(rows.likes.rows()).toEqual([
        { at: Date.parse('2024-11-01T09:00:00Z'), videoId: '7431000000000000004' },
        { at: Date.parse('2024-11-02T10:00:00Z'), videoId: '7432000000000000003' },
      ]),
  },
  {
    title: 'a Dutch watch history (`Kijkgeschiedenis.txt`)',
    file: 'Kijkgeschiedenis.txt',
    text: 'Datum: 2025-01-02 03:04:05\nLink: https://www.tiktokv.com/share/video/7455000000000000005/\n\nDatum: 2025-01-01 00:00:01\nLink: https://www.tiktokv.com/share/video/7454000000000000006/\n\n\n',
    section: 'watchHistory',
    check: (rows) => expect([...rows.watchTimes].map(iso)).toEqual(['2025-01-01T00:00:01.000Z', '2025-01-02T03:04:05.000Z']),
  },
  {
    title: 'login history with spaced labels and ` UTC` dates (Dec 2023 shape)',
    file: 'Login History.txt',
    text:
      'Date: 2023-12-25 20:55:36 UTC\nIP: 203.0.113.7\nDevice Model: iPhone14,5\nDevice System: iOS 17.1.2\nNetwork Type: Wi-Fi\nCarrier: N/A\n\n' +
      'Date: 2023-06-29 08:52:32 UTC\nIP: 2001:db8::1\nDevice Model: SM-G991B\nDevice System: Android 14\nNetwork Type: 4G\nCarrier: Turkcell\n\n\n',
    section: 'logins',
    check: (rows) =>
      expect(rows.logins).toEqual([
        { at: Date.parse('2023-06-29T08:52:32Z'), ip: '2001:db8::1', deviceModel: 'SM-G991B', deviceSystem: 'Android 14', networkType: '4G', carrier: 'Turkcell' },
        { at: Date.parse('2023-12-25T20:55:36Z'), ip: '203.0.113.7', deviceModel: 'iPhone14,5', deviceSystem: 'iOS 17.1.2', networkType: 'Wi-Fi', carrier: null },
      ]),
  },
  {
    title: 'values that contain `: ` (searches) and links (shares)',
    file: 'Searches.txt',
    text: 'Date: 2025-01-05 07:16:02\nSearch Term: recipe: vegan lasagna\n\n\n',
    section: 'searches',
    check: (rows) => expect(rows.searches).toEqual([{ at: Date.parse('2025-01-05T07:16:02Z'), term: 'recipe: vegan lasagna' }]),
  },
  {
    title: 'share history with four labels',
    file: 'Share History.txt',
    text: 'Date: 2024-07-09 18:54:22\nShared Content: video\nLink: https://www.tiktokv.com/share/video/7389000000000000007/\nMethod: copy_link\n\n\n',
    section: 'shares',
    check: (rows) => expect(rows.shares).toEqual([{ at: Date.parse('2024-07-09T18:54:22Z'), content: 'video', method: 'copy_link', videoId: '7389000000000000007' }]),
  },
  {
    title: 'two records without the blank line between them',
    file: 'Like List.txt',
    text: 'Date: 2024-01-02 00:00:00\nLink: https://www.tiktokv.com/share/video/7319000000000000008/\nDate: 2024-01-01 00:00:00\nLink: https://www.tiktokv.com/share/video/7318000000000000009/\n',
    section: 'likes',
    check: (rows) => expect(rows.likes.ids()).toEqual(['7318000000000000009', '7319000000000000008']),
  },
  {
    title: 'a comment that runs over two lines',
    file: 'Comments.txt',
    text: 'Date: 2024-03-01 12:00:00\nComment: first line\nsecond line, still the comment\n\n\n',
    section: 'comments',
    check: (rows) => expect(rows.comments).toEqual([{ at: Date.parse('2024-03-01T12:00:00Z'), text: 'first line\nsecond line, still the comment' }]),
  },
]

describe('readTxtFile list files', () => {
  it.each(LIST_CASES)('reads $title', ({ file, text, section, check }) => {
    for (const variant of [text, `\uFEFF${text.replace(/\n/g, '\r\n')}`]) {
      const { outcome, rows, builder } = read(file, variant)
      expect(outcome.kind).toBe(section)
      expect(outcome.records).toBeGreaterThan(0)
      expect(rows.sectionsPresent.has(section)).toBe(true)
      expect(builder.warnings.list()).toEqual([])
      check(rows)
    }
  })

  it('marks the ≤2022 layout when likes use `Video Link:`', () => {
    expect(read('Like List.txt', LIST_CASES[0]?.text ?? '').builder.sawVideoLinkKey).toBe(true)
  })

  it('reads device info from Status.txt into the status, not a dated list', () => {
    const { outcome, rows } = read('Status.txt', 'Screen Resolution: 1170*2532\nApp Version: 37.5.0\nIDFA: N/A\nGAID: N/A\nAndroid ID: N/A\nIDFV: N/A\nWeb ID: N/A\n\n\n')
    expect(outcome).toMatchObject({ kind: 'status', records: 1, empty: false })
    expect(rows.status).toEqual({ appVersion: '37.5.0', resolution: '1170*2532', uid: null })
  })
})

describe('readTxtFile empty sections', () => {
  const SENTINELS = [
    { file: 'Like List.txt', text: 'You have no data in this section\n', section: 'likes' },
    { file: 'Likelijst.txt', text: 'Dit gedeelte bevat geen gegevens\n\n\n', section: 'likes' },
    { file: 'Kijkgeschiedenis.txt', text: '\uFEFFEr staan geen gegevens in dit gedeelte.\r\n', section: 'watchHistory' },
  ] as const

  it.each(SENTINELS)('$file saying "$text" is a present, empty section without warnings', ({ file, text, section }) => {
    const { outcome, rows, builder } = read(file, text)
    expect(outcome).toEqual({ kind: section, records: 0, empty: true, noDataSentinel: true })
    expect(rows.sectionsPresent.has(section)).toBe(true)
    expect(builder.warnings.list()).toEqual([])
  })

  it('treats a zero-byte list file as present and empty', () => {
    const { outcome, rows } = read('Favorite Videos.txt', '')
    expect(outcome).toEqual({ kind: 'favorites', records: 0, empty: true, noDataSentinel: false })
    expect(rows.sectionsPresent.has('favorites')).toBe(true)
  })
})

describe('readTxtFile problems', () => {
  it('drops a like without a link and counts it', () => {
    const text = 'Date: 2024-01-02 00:00:00\nLink: https://www.tiktokv.com/share/video/7319000000000000008/\n\nDate: 2024-01-01 00:00:00\n\n\n'
    const { outcome, rows, builder } = read('Like List.txt', text)
    expect(outcome.records).toBe(2)
    expect(rows.likes.ids()).toEqual(['7319000000000000008'])
    expect(warningCount(builder, 'MISSING_VIDEO_ID')).toBe(1)
  })

  it('reports records whose labels it does not know instead of calling the file empty', () => {
    const { outcome, rows, builder } = read('Like List.txt', 'Fecha: 2024-01-01 00:00:00\nEnlace: https://www.tiktokv.com/share/video/7318000000000000009/\n\n\n')
    expect(outcome).toMatchObject({ kind: 'likes', records: 0, empty: false })
    expect(rows.likes.rows()).toEqual([])
    expect(warningCount(builder, 'TXT_UNKNOWN_LABELS')).toBe(1)
  })

  it('ignores files it does not use without touching the builder', () => {
    const { outcome, rows, builder } = read('Off TikTok Activity.txt', 'Date: 2024-08-31 18:16:41\nSource: example\nEvent: Purchase\n\n\n')
    expect(outcome).toEqual({ kind: null, records: 0, empty: false, noDataSentinel: false })
    expect(rows.sectionsPresent.size).toBe(0)
    expect(builder.warnings.list()).toEqual([])
  })
})

describe('readTxtFile key/value files', () => {
  const SETTINGS =
    'Allow DownLoad: On\nApp Language: en\nContent Preferences:\nKeyword filters for videos in Following feed: []\nKeyword filters for videos in For You feed: [cats, dogs]\n' +
    'Interests: Fitness & Health|Food\nPrivate Account: Off\nPush Notification:\nNew Likes on My Video: On\nWho can see your following list:: Everyone\nWho Can View Videos I Liked: Myself\n\n\n'

  it('reads Settings.txt, including who can see liked videos', () => {
    for (const text of [SETTINGS, `\uFEFF${SETTINGS.replace(/\n/g, '\r\n')}`]) {
      const { outcome } = read('Settings.txt', text)
      expect(outcome.kind).toBe('settings')
      const settings = outcome.settings ?? new Map<string, string>()
      expect(settings.get('Who Can View Videos I Liked')).toBe('Myself')
      expect(settings.get('Private Account')).toBe('Off')
      expect(settings.get('Keyword filters for videos in For You feed')).toBe('[cats, dogs]')
      expect(settings.get('Interests')).toBe('Fitness & Health|Food')
      expect(settings.get('Who can see your following list')).toBe('Everyone')
      // Section headers are not settings.
      expect(settings.has('Content Preferences')).toBe(false)
      expect(settings.has('Push Notification')).toBe(false)
      expect(outcome.records).toBe(settings.size)
    }
  })

  it('reads a profile file into canonical keys, English and Dutch', () => {
    const english = read('Profile Info.txt', 'Username: example.user\nBio Description: hi: there\nLikes Received: 1,234\nProfile Video: None\n\n\n').outcome
    expect(english.kind).toBe('profile')
    expect([...(english.profile ?? [])]).toEqual([
      ['username', 'example.user'],
      ['biodescription', 'hi: there'],
      ['likesreceived', '1,234'],
    ])
    const dutch = read('Profielinformatie.txt', 'Gebruikersnaam: voorbeeld\n\n\n').outcome
    expect(dutch.profile?.get('username')).toBe('voorbeeld')
  })

  it('reads the activity summary counters under the JSON ActivitySummaryMap keys', () => {
    const text =
      'Note: data may have delays of up to several days\nVideos watched to the end since account registration: 12\nVideos commented on since account registration: 3\nVideos shared since account registration: 0\n\n\n'
    const { outcome } = read('Activity Summary.txt', text)
    expect(outcome.kind).toBe('activity-summary')
    expect([...(outcome.activitySummary ?? [])]).toEqual([
      ['videoswatchedtotheendsinceaccountregistration', 12],
      ['videoscommentedonsinceaccountregistration', 3],
      ['videossharedsinceaccountregistration', 0],
    ])
  })

  it('treats a Settings.txt sentinel as empty', () => {
    expect(read('Settings.txt', 'You have no data in this section\n').outcome).toEqual({ kind: 'settings', records: 0, empty: true, noDataSentinel: true, settings: new Map() })
  })
})
