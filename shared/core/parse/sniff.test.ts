// shared/core tests: copy suffixes are stripped from names, and TikTok TXT and JSON files are told from their first kilobyte.
import { describe, expect, it } from 'vitest'
import { makeSpec } from '../../synth/export-spec'
import { renderJsonString } from '../../synth/render-json'
import { renderTxtExport } from '../../synth/render-txt'
import { isExportTopLevelKey } from './json-export'
import { decodeHead, firstJsonKey, SNIFF_BYTES, sniffTxt, withoutCopySuffix } from './sniff'

const spec = makeSpec({ seed: 'sniff', likes: 50, watchRows: 200, logins: 10, searches: 5, shares: 5, posts: 3, deletedPosts: 2, comments: 5 })
const enc = new TextEncoder()
const head = (text: string): string => decodeHead(enc.encode(text).subarray(0, SNIFF_BYTES))

describe('withoutCopySuffix', () => {
  it('strips what browsers and file managers add to a copy, and says what it stripped', () => {
    expect(withoutCopySuffix('Favorite Videos - Copie')).toEqual({ stem: 'Favorite Videos', suffix: ' - Copie' })
    expect(withoutCopySuffix('Like List (1)')).toEqual({ stem: 'Like List', suffix: ' (1)' })
    expect(withoutCopySuffix('user_data_tiktok (2)')).toEqual({ stem: 'user_data_tiktok', suffix: ' (2)' })
    expect(withoutCopySuffix('Watch History - Copy (2)')).toEqual({ stem: 'Watch History', suffix: ' - Copy (2)' })
    expect(withoutCopySuffix('Login History copy')).toEqual({ stem: 'Login History', suffix: ' copy' })
    expect(withoutCopySuffix('Like List - Copy (1) (1)').stem).toBe('Like List')
    expect(withoutCopySuffix('Searches - Kopie').stem).toBe('Searches')
  })

  it('leaves names alone that only look like a suffix', () => {
    for (const name of ['Like List', 'copy', '(1)', 'Copycat', 'Like List-Copy', 'Posts (1234)']) expect(withoutCopySuffix(name)).toEqual({ stem: name, suffix: '' })
  })
})

describe('sniffTxt', () => {
  const files = renderTxtExport(spec, { generation: 'C', language: 'en' })
  const file = (suffix: string): string => [...files].find(([p]) => p.endsWith(suffix))?.[1] ?? ''

  it('tells lists whose records show their section from their first kilobyte', () => {
    expect(sniffTxt(head(file('Login History.txt')), 'x')).toEqual({ kind: 'logins', guessed: false })
    expect(sniffTxt(head(file('Searches.txt')), 'x')).toEqual({ kind: 'searches', guessed: false })
    expect(sniffTxt(head(file('Share History.txt')), 'x')).toEqual({ kind: 'shares', guessed: false })
    expect(sniffTxt(head(file('Comments.txt')), 'x')).toEqual({ kind: 'comments', guessed: false })
    expect(sniffTxt(head(file('Recently Deleted Posts.txt')), 'x')).toEqual({ kind: 'deletedPosts', guessed: false })
    expect(sniffTxt(head(file('Posts.txt')), 'x')).toEqual({ kind: 'posts', guessed: false })
  })

  it('reads Date + Link records by the name when it says, else as likes and marked as a guess', () => {
    const likes = head(file('Like List.txt'))
    expect(sniffTxt(likes, 'my favs')).toEqual({ kind: 'favorites', guessed: false })
    expect(sniffTxt(likes, 'watched 2024')).toEqual({ kind: 'watchHistory', guessed: false })
    expect(sniffTxt(likes, 'likes backup')).toEqual({ kind: 'likes', guessed: false })
    expect(sniffTxt(likes, 'export')).toEqual({ kind: 'likes', guessed: true })
    // The ≤2022 label and CRLF line ends.
    expect(sniffTxt('Date: 2021-01-01 10:00:00\r\nVideo Link: https://www.tiktokv.com/share/video/1/\r\n', 'x')).toEqual({ kind: 'likes', guessed: true })
  })

  it('recognises nothing without a date and a second known label', () => {
    for (const text of ['', 'You have no data in this section\n', 'Date: 2024-01-01\n', 'hello: world\nDate: x\n\nLink: y', 'Username: a\nDate: 2024-01-01 00:00:00\n', '\u0000\u0001binary']) {
      expect(sniffTxt(head(text), 'x')).toBeNull()
    }
  })
})

describe('firstJsonKey', () => {
  it('finds the first key of every generation, which is one a TikTok export uses', () => {
    for (const generation of ['A', 'B', 'C', 'D'] as const) {
      for (const pretty of [true, false]) {
        const key = firstJsonKey(head(renderJsonString(spec, { generation, pretty, bom: pretty })))
        expect(key).not.toBeNull()
        expect(isExportTopLevelKey(key ?? '')).toBe(true)
      }
    }
  })

  it('finds no export key in other JSON', () => {
    expect(firstJsonKey('[1, 2]')).toBeNull()
    expect(firstJsonKey('{"name": "package", "version": "1"}')).toBe('name')
    expect(isExportTopLevelKey('name')).toBe(false)
    expect(firstJsonKey('{"unterminated')).toBeNull()
  })
})
