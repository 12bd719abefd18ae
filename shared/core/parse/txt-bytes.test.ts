// shared/core tests: the TXT byte reader gives exactly what the text reader gives, on real and generated lists, odd records and any chunking, and takes the fast path where it should.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import likeListTxt from '../../../tests/fixtures/real/txt-2023-12/Like List.txt?raw'
import { makeSpec } from '../../synth/export-spec'
import { Rng } from '../../synth/random'
import { renderTxtExport } from '../../synth/render-txt'
import type { ByteStream } from '../read-contract'
import { SnapshotBuilder } from './snapshot-builder'
import { decodeText } from './text-decode'
import { openTxtFile } from './txt'
import { readTxtStream, TxtByteReader } from './txt-bytes'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

async function* chunks(bytes: Uint8Array, cuts: readonly number[]): ByteStream {
  let at = 0
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(at, cut)
    at = cut
  }
}

interface Read {
  outcome: unknown
  rows: unknown
  warnings: unknown
  sawVideoLinkKey: boolean
}

function collect(outcome: unknown, builder: SnapshotBuilder): Read {
  const rows = builder.finishRows()
  return { outcome, rows: { ...rows, watchTimes: [...rows.watchTimes] }, warnings: builder.warnings.list(), sawVideoLinkKey: builder.sawVideoLinkKey }
}

/** The text path as it was: decoded piece by piece, read line by line. */
async function viaText(name: string, bytes: Uint8Array, cuts: readonly number[] = []): Promise<Read> {
  const builder = new SnapshotBuilder()
  const reader = openTxtFile(name, builder)
  for await (const piece of decodeText(chunks(bytes, cuts), (n) => builder.warnings.add('INVALID_UTF8', 'replaced', n))) reader.push(piece)
  return collect(reader.finish(), builder)
}

async function viaBytes(name: string, bytes: Uint8Array, cuts: readonly number[] = []): Promise<Read> {
  const builder = new SnapshotBuilder()
  const outcome = await readTxtStream(chunks(bytes, cuts), name, builder, undefined, (n) => builder.warnings.add('INVALID_UTF8', 'replaced', n))
  return collect(outcome, builder)
}

/** Records the fast path took, with the file in one chunk. */
function fastRecords(kind: 'likes' | 'favorites' | 'watchHistory', bytes: Uint8Array): number {
  const reader = new TxtByteReader(kind, new SnapshotBuilder(), () => undefined)
  reader.push(bytes)
  reader.finish()
  return reader.fastRecords
}

/** Seeded sets of cut positions, many small pieces and a few large ones. */
function randomCuts(length: number, seed: string, sets: number): number[][] {
  const rng = new Rng(seed)
  const out: number[][] = []
  for (let k = 0; k < sets; k++) {
    const cuts: number[] = []
    for (let at = rng.int(0, 60); at < length; at += rng.int(1, k % 2 === 0 ? 90 : 9_000)) cuts.push(at)
    out.push(cuts)
  }
  return out
}

const LIKE = (date: string, id: string, label = 'Link'): string => `Date: ${date}\n${label}: https://www.tiktokv.com/share/video/${id}/\n`

describe('TXT byte reader on the real Dec 2023 like list', () => {
  const bytes = utf8(likeListTxt)

  it('takes every record on the fast path and reads exactly what the text reader reads', async () => {
    expect(fastRecords('likes', bytes)).toBe(1177)
    const want = await viaText('Like List.txt', bytes)
    expect((want.rows as { likes: unknown[] }).likes).toHaveLength(1177)
    expect(await viaBytes('Like List.txt', bytes)).toEqual(want)
  })

  it('gives the same rows wherever the chunks are cut', async () => {
    const want = await viaText('Like List.txt', bytes)
    for (const cuts of randomCuts(bytes.length, 'real-like-list', 8)) expect(await viaBytes('Like List.txt', bytes, cuts)).toEqual(want)
  })

  it('reads a CRLF copy with a byte-order mark through the line reader, with the same rows', async () => {
    const crlf = utf8(`\ufeff${likeListTxt.replace(/\n/g, '\r\n')}`)
    expect(fastRecords('likes', crlf)).toBe(0)
    expect(await viaBytes('Like List.txt', crlf)).toEqual(await viaText('Like List.txt', utf8(likeListTxt)))
  })
})

describe('TXT byte reader on generated exports', () => {
  // Generation A labels links `Video Link:`, D writes ` UTC` after every date; Dutch files say `Datum:`.
  const cases = [
    { generation: 'A', language: 'en' },
    { generation: 'C', language: 'en' },
    { generation: 'D', language: 'en' },
    { generation: 'C', language: 'nl' },
  ] as const
  it.each(cases)('generation $generation ($language): every list file, fast where plain, same as the text reader', async ({ generation, language }) => {
    const spec = makeSpec({ seed: `txt-bytes-${generation}-${language}`, likes: 600, watchRows: 1500, favorites: 80 })
    const files = renderTxtExport(spec, { generation, language })
    let checked = 0
    for (const [path, text] of files) {
      const name = path.split('/').pop() as string
      const bytes = utf8(text)
      const want = await viaText(name, bytes)
      expect(await viaBytes(name, bytes), path).toEqual(want)
      // Small pieces, and pieces larger than the part of a chunk that is joined to the bytes held before it.
      const large = Array.from({ length: Math.floor(bytes.length / 70_001) }, (_, k) => (k + 1) * 70_001)
      for (const cuts of [...randomCuts(bytes.length, path, 2), large]) expect(await viaBytes(name, bytes, cuts), path).toEqual(want)
      const crlf = utf8(text.replace(/\n/g, '\r\n'))
      expect(await viaBytes(name, crlf, large), `${path} (CRLF)`).toEqual(await viaText(name, crlf))
      checked++
    }
    expect(checked).toBe(files.size)
    const likeFile = [...files].find(([p]) => /Like ?List|Likelijst/i.test(p))
    expect(likeFile).toBeDefined()
    expect(fastRecords('likes', utf8(likeFile?.[1] ?? ''))).toBe(spec.likes.length)
  })
})

describe('TXT byte reader edge cases', () => {
  const ID1 = '7319000000000000001'
  const ID2 = '7318000000000000002'
  const ID3 = '7317000000000000003'
  const EDGES: Array<{ title: string; file: string; text: string; fast: number }> = [
    { title: 'plain records, `\\n\\n\\n` at the end', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}\n${LIKE('2024-01-02 00:00:00', ID2)}\n\n`, fast: 2 },
    { title: 'no blank line after the last record', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}\n${LIKE('2024-01-02 00:00:00', ID2)}`, fast: 1 },
    { title: 'no line end at all after the last link', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}\n${LIKE('2024-01-02 00:00:00', ID2).trimEnd()}`, fast: 1 },
    { title: 'a record without its Link line', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}\nDate: 2024-01-02 00:00:00\n\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 2 },
    { title: 'a malformed date (falls back, counted as unreadable)', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}\n${LIKE('2024-13-02 00:00:00', ID2)}\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 2 },
    { title: 'a leap second and a date before 1970 (the text parser reads them)', file: 'Like List.txt', text: `${LIKE('2016-12-31 23:59:60', ID1)}\n${LIKE('1969-12-31 23:59:59', ID2)}\n${LIKE('1970-01-01 00:00:00', ID3)}\n`, fast: 1 },
    { title: 'a date with ` UTC`, ` GMT`, `T` and fractions', file: 'Favorite Videos.txt', text: `${LIKE('2024-01-03 00:00:00 UTC', ID1)}\n${LIKE('2024-01-02 00:00:00 GMT', ID2)}\n${LIKE('2024-01-01T00:00:00', ID3)}\n${LIKE('2023-12-31 00:00:00.5Z', ID1)}\n`, fast: 2 },
    { title: 'two records without the blank line between them', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}${LIKE('2024-01-02 00:00:00', ID2)}\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 1 },
    { title: 'a Link line first', file: 'Like List.txt', text: `Link: https://www.tiktokv.com/share/video/${ID1}/\nDate: 2024-01-03 00:00:00\n\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 1 },
    { title: 'a value continued on the next line, and an unknown label', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}more text\n\n${LIKE('2024-01-02 00:00:00', ID2)}Sound: x\n\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 1 },
    { title: 'spaces and tabs around values, and white-space-only lines', file: 'Like List.txt', text: `Date:  2024-01-03 00:00:00\nLink: https://www.tiktokv.com/share/video/${ID1}/ \n \n${LIKE('2024-01-02 00:00:00', ID2)}\t\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 0 },
    { title: 'links that name no video, a bare id and an id that is too long', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', 'abc')}\nDate: 2024-01-02 00:00:00\nLink: https://www.tiktok.com/@u/video/${ID2}?lang=en\n\n${LIKE('2024-01-01 00:00:00', '1'.repeat(26))}\nDate: 2023-01-01 00:00:00\nLink: ${ID3}\n\n`, fast: 4 },
    { title: 'the same video twice', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1)}\n${LIKE('2024-01-01 00:00:00', ID1)}\n`, fast: 2 },
    { title: 'the sentinel date', file: 'Like List.txt', text: `${LIKE('1969-12-31 23:59:59', ID1)}\n${LIKE('2024-01-01 00:00:00', ID2)}\n`, fast: 1 },
    { title: '`Video Link:` in a watch history', file: 'Video Browsing History.txt', text: `${LIKE('2021-03-04 05:06:07', ID1, 'Video Link')}\n${LIKE('2021-03-04 05:00:00', ID2, 'Video Link')}\n`, fast: 2 },
    { title: '`Video Link:` in favourites (not a generation mark there)', file: 'Favorite Videos.txt', text: `${LIKE('2021-03-04 05:06:07', ID1, 'Video Link')}\n`, fast: 1 },
    { title: 'the no-data sentinel', file: 'Watch History.txt', text: 'You have no data in this section\n', fast: 0 },
    { title: 'an empty file', file: 'Watch History.txt', text: '', fast: 0 },
    { title: 'blank lines only', file: 'Watch History.txt', text: '\n\n\n', fast: 0 },
    { title: 'stray text before the records', file: 'Watch History.txt', text: `Watch history\n\n\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 1 },
    { title: 'two byte-order marks, then a third that is text', file: 'Like List.txt', text: `\ufeff\ufeff${LIKE('2024-01-01 00:00:00', ID3)}\n\ufeff${LIKE('2024-01-02 00:00:00', ID2)}\n`, fast: 1 },
    { title: 'non-ASCII in a link, and in a line of its own', file: 'Like List.txt', text: `Date: 2024-01-03 00:00:00\nLink: https://www.tiktokv.com/share/vidéo/${ID1}/\n\n${LIKE('2024-01-02 00:00:00', ID2)}\nNote: café 😀\n\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 3 },
    { title: 'mixed CRLF and LF records', file: 'Like List.txt', text: `${LIKE('2024-01-03 00:00:00', ID1).replace(/\n/g, '\r\n')}\r\n${LIKE('2024-01-02 00:00:00', ID2)}\n${LIKE('2024-01-01 00:00:00', ID3)}\n`, fast: 1 },
  ]

  it.each(EDGES)('$title: same as the text reader, wherever the chunks are cut', async ({ file, text, fast }) => {
    const bytes = utf8(text)
    const want = await viaText(file, bytes)
    expect(await viaBytes(file, bytes)).toEqual(want)
    // A record split across chunks at every byte, and every pair of cuts in a short file.
    for (let i = 0; i <= bytes.length; i++) expect(await viaBytes(file, bytes, [i]), `cut at ${i}`).toEqual(want)
    for (let i = 0; i <= bytes.length; i += 7) for (let j = i; j <= bytes.length; j += 5) expect(await viaBytes(file, bytes, [i, j]), `cuts at ${i}, ${j}`).toEqual(want)
    const kind = /Watch|Browsing/.test(file) ? 'watchHistory' : /Favorite/.test(file) ? 'favorites' : 'likes'
    expect(fastRecords(kind, bytes)).toBe(fast)
  })

  it('counts invalid UTF-8 as the text path does, in a link and in a line of its own', async () => {
    const before = utf8(`${LIKE('2024-01-03 00:00:00', ID1)}\nDate: 2024-01-02 00:00:00\nLink: https://www.tiktokv.com/share/video/${ID2}/`)
    const after = utf8(`\n\n${LIKE('2024-01-01 00:00:00', ID3)}\n`)
    const bytes = new Uint8Array([...before, 0xff, 0xc3, ...after, 0x41, 0xe2, 0x82, 0x0a, 0x0a])
    const want = await viaText('Like List.txt', bytes)
    expect(want.warnings).toContainEqual({ code: 'INVALID_UTF8', message: 'replaced', count: 3 })
    for (let i = 0; i <= bytes.length; i++) expect(await viaBytes('Like List.txt', bytes, [i]), `cut at ${i}`).toEqual(want)
    // Lines read together with invalid bytes all go to the line reader: at most the first record is read before them.
    expect(fastRecords('likes', bytes)).toBeLessThanOrEqual(1)
  })

  it('reads UTF-16 files through the text path', async () => {
    const text = `${LIKE('2024-01-02 00:00:00', ID2)}\n${LIKE('2024-01-01 00:00:00', ID3)}\n`
    const le = new Uint8Array(2 + 2 * text.length)
    le.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff
      le[3 + 2 * i] = text.charCodeAt(i) >> 8
    }
    const be = le.map((_, i) => le[i ^ 1] as number)
    const want = await viaText('Like List.txt', utf8(text))
    expect((want.rows as { likes: unknown[] }).likes).toHaveLength(2)
    for (const bytes of [le, be]) for (const cuts of [[], [1], [2], [3], [5, 9]]) expect(await viaBytes('Like List.txt', bytes, cuts)).toEqual(want)
  })

  it('a watch history record split across chunks at every byte is read on the fast path', async () => {
    const text = `${LIKE('2024-01-03 00:00:00', ID1)}\n${LIKE('2024-01-02 00:00:00', ID2)}\n${LIKE('2024-01-01 00:00:00', ID3)}\n`
    const bytes = utf8(text)
    for (let i = 0; i <= bytes.length; i++) {
      const builder = new SnapshotBuilder()
      const reader = new TxtByteReader('watchHistory', builder, () => undefined)
      reader.push(bytes.subarray(0, i))
      reader.push(bytes.subarray(i))
      expect(reader.finish()).toEqual({ kind: 'watchHistory', records: 3, empty: false, noDataSentinel: false })
      expect(reader.fastRecords, `cut at ${i}`).toBe(3)
      expect([...builder.finishRows().watchTimes].map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2024-01-01', '2024-01-02', '2024-01-03'])
    }
  })
})
