// shared/core tests: TXT text decoded and read piece by piece gives exactly what reading it whole gives, wherever the chunks are cut.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import likeListTxt from '../../../tests/fixtures/real/txt-2023-12/Like List.txt?raw'
import { Rng } from '../../synth/random'
import type { ByteStream } from '../read-contract'
import { SnapshotBuilder } from './snapshot-builder'
import { decodeText } from './text-decode'
import { openTxtFile, readTxtFile } from './txt'

async function* chunks(bytes: Uint8Array, cuts: readonly number[]): ByteStream {
  let at = 0
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(at, cut)
    at = cut
  }
}

async function decodeAll(bytes: Uint8Array, cuts: readonly number[]): Promise<{ text: string; replaced: number; pieces: number }> {
  let text = ''
  let replaced = 0
  let pieces = 0
  for await (const piece of decodeText(chunks(bytes, cuts), (n) => (replaced += n))) {
    text += piece
    pieces++
  }
  return { text, replaced, pieces }
}

/** Every single cut, and a few seeded sets of many cuts. */
function cutSets(length: number, seed: string): number[][] {
  const sets: number[][] = []
  for (let i = 0; i <= length; i++) sets.push([i])
  const rng = new Rng(seed)
  for (let k = 0; k < 20; k++) {
    const cuts = new Set<number>()
    for (let j = 0; j < rng.int(1, 12); j++) cuts.add(rng.int(0, length))
    sets.push([...cuts].sort((a, b) => a - b))
  }
  return sets
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decodeText', () => {
  const text = 'Date: 2024-01-02 03:04:05\nLink: https://www.tiktokv.com/share/video/7312345678901234567/\nTitel: café 😀 ümlaut ✓\n'
  it('UTF-8 with and without a byte-order mark, cut anywhere (inside characters too)', async () => {
    for (const bytes of [utf8(text), utf8(`\ufeff${text}`)]) {
      for (const cuts of cutSets(bytes.length, 'utf8')) {
        const got = await decodeAll(bytes, cuts)
        expect(got.text, `cuts ${cuts.join(',')}`).toBe(text)
        expect(got.replaced).toBe(0)
      }
    }
  })

  it('invalid UTF-8 is replaced and counted, cut anywhere', async () => {
    const good = utf8('abc é def ')
    const bytes = new Uint8Array([...good, 0xff, 0x41, 0xc3, 0x28, ...good])
    const whole = new TextDecoder().decode(bytes)
    for (const cuts of cutSets(bytes.length, 'bad')) {
      const got = await decodeAll(bytes, cuts)
      expect(got.text, `cuts ${cuts.join(',')}`).toBe(whole)
      expect(got.replaced).toBe(2)
    }
  })

  it('UTF-16 with a byte-order mark, both byte orders, cut anywhere', async () => {
    const le = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff
      le[3 + 2 * i] = text.charCodeAt(i) >> 8
    }
    const be = le.map((_, i) => (le[i ^ 1] as number))
    for (const bytes of [le, be]) {
      for (const cuts of cutSets(bytes.length, 'utf16')) expect((await decodeAll(bytes, cuts)).text).toBe(text)
    }
  })

  it('yields a piece per chunk, so a large file is never one string', async () => {
    const bytes = utf8('x'.repeat(10_000))
    expect((await decodeAll(bytes, [2_500, 5_000, 7_500])).pieces).toBe(4)
  })
})

describe('openTxtFile, piece by piece', () => {
  it('reads the real like list exactly as reading it whole, wherever the pieces are cut', () => {
    const whole = new SnapshotBuilder()
    const wholeOutcome = readTxtFile('Like List.txt', likeListTxt, whole)
    const want = { rows: whole.finishRows(), warnings: whole.warnings.list() }
    expect(want.rows.likes.length).toBeGreaterThan(1000)
    const rng = new Rng('txt-pieces')
    for (let k = 0; k < 12; k++) {
      const builder = new SnapshotBuilder()
      const reader = openTxtFile('Like List.txt', builder)
      for (let at = 0; at < likeListTxt.length; ) {
        const next = Math.min(likeListTxt.length, at + rng.int(1, k < 6 ? 40 : 5_000))
        reader.push(likeListTxt.slice(at, next))
        at = next
      }
      expect(reader.finish()).toEqual(wholeOutcome)
      expect({ rows: builder.finishRows(), warnings: builder.warnings.list() }).toEqual(want)
    }
  })
})
