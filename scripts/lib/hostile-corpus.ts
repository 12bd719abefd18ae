// scripts/lib: Node. Builds the hostile-input corpus (tests/fixtures/archives) in memory, deterministically, with each case's expected outcome.
//
// Zips are written by hand here because JSZip cannot express the hostility we need (lying directories and sizes,
// the encrypted flag, method 12, 20,000 records, multi-disk): every byte is chosen, so the same code gives the same files.
import { deflateRawSync } from 'node:zlib'
import type { ErrorCode } from '../../shared/contract/result'
import type { ReadLimits } from '../../shared/core/archive/limits'
import { concatBytes } from '../../shared/core/bytes'
import { makeSpec } from '../../shared/synth/export-spec'
import { renderJsonString } from '../../shared/synth/render-json'
import { renderStudioXlsx } from '../../shared/synth/render-xlsx'
import { crc32 } from './zip-writer'

/** What reading a case must give: a typed error, or success with exactly these warnings (code → count). */
export type Expected =
  | { ok: false; code: ErrorCode; warnings?: Readonly<Record<string, number>> }
  | { ok: true; warnings: Readonly<Record<string, number>>; likes: number }

export interface HostileCase {
  /** `<expected-outcome>--<case>.<ext>`: the outcome is `ok` or the error code in kebab case. */
  file: string
  what: string
  expect: Expected
  /** Limits the test lowers for this case (a small fixture exercising a cap). */
  limits?: Partial<ReadLimits>
  bytes: Uint8Array
}

const MiB = 1024 * 1024
const enc = new TextEncoder()
const bytesOf = (text: string): Uint8Array => enc.encode(text)


// ---------------------------------------------------------------------------------------------
// A hand-made zip writer whose every field can lie.

export interface RawEntry {
  name: string
  data: Uint8Array
  /** 0 stored, 8 deflate (compressed here), anything else written as stored bytes under that method number. */
  method?: number
  /** General-purpose flags; bit 0 marks the entry encrypted. UTF-8 names (bit 11) are always set. */
  flags?: number
  /** Uncompressed size written in both headers instead of the real one. */
  declaredSize?: number
}

export interface RawZipOptions {
  /** Entry count written in the end record instead of the real one. */
  entryCount?: number
  /** Central-directory offset written in the end record instead of the real one. */
  directoryOffset?: number
  /** Archive comment, and a comment length that may disagree with it. */
  comment?: Uint8Array
  commentLength?: number
  /** Disk numbers in the end record (a split archive). */
  disk?: number
  /** Local-header offset written for entry `index` instead of the real one. */
  localOffset?: { index: number; offset: number }
}

const DOS_TIME = 0
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const locals: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  entries.forEach((e, index) => {
    const method = e.method ?? 8
    const name = bytesOf(e.name)
    const stored = method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data
    const size = e.declaredSize ?? e.data.length
    const flags = (e.flags ?? 0) | 0x0800
    const crc = crc32(e.data, 0) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const cd = Buffer.alloc(46)
    cd.writeUInt32LE(0x02014b50, 0)
    cd.writeUInt16LE(0x0314, 4)
    cd.writeUInt16LE(20, 6)
    cd.writeUInt16LE(flags, 8)
    cd.writeUInt16LE(method, 10)
    cd.writeUInt16LE(DOS_TIME, 12)
    cd.writeUInt16LE(DOS_DATE, 14)
    cd.writeUInt32LE(crc, 16)
    cd.writeUInt32LE(stored.length, 20)
    cd.writeUInt32LE(size, 24)
    cd.writeUInt16LE(name.length, 28)
    cd.writeUInt32LE(options.localOffset?.index === index ? options.localOffset.offset : offset, 42)
    locals.push(local, name, stored)
    central.push(cd, name)
    offset += 30 + name.length + stored.length
  })
  const directory = concatBytes(central)
  const comment = options.comment ?? new Uint8Array(0)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(options.disk ?? 0, 4)
  eocd.writeUInt16LE(options.disk ?? 0, 6)
  eocd.writeUInt16LE(options.entryCount ?? entries.length, 8)
  eocd.writeUInt16LE(options.entryCount ?? entries.length, 10)
  eocd.writeUInt32LE(directory.length, 12)
  eocd.writeUInt32LE(options.directoryOffset ?? offset, 16)
  eocd.writeUInt16LE(options.commentLength ?? comment.length, 20)
  return concatBytes([...locals, directory, eocd, comment])
}

/**
 * `count` central-directory records with empty names, all pointing at one empty stored entry: a real archive of
 * that many entries in 46 bytes each (the smallest a record can be), so 20,000 of them stay under 1 MB.
 */
function manyEntriesZip(count: number): Uint8Array {
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(10, 4)
  const record = Buffer.alloc(46)
  record.writeUInt32LE(0x02014b50, 0)
  record.writeUInt16LE(0x0314, 4)
  record.writeUInt16LE(10, 6)
  const directory = Buffer.alloc(46 * count)
  for (let i = 0; i < count; i++) record.copy(directory, i * 46)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(count, 8)
  eocd.writeUInt16LE(count, 10)
  eocd.writeUInt32LE(directory.length, 12)
  eocd.writeUInt32LE(local.length, 16)
  return concatBytes([local, directory, eocd])
}

// ---------------------------------------------------------------------------------------------
// Content: one small seeded export, and variations of it.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function small(seed: string, likes: number): string {
  const spec = makeSpec({ seed, likes, favorites: 3, watchRows: 12, logins: 8, searches: 4, shares: 2, followers: 4, following: 4, blocked: 1, posts: 1, deletedPosts: 1, comments: 3 })
  return renderJsonString(spec, { generation: 'C', pretty: false })
}

function at(root: Json, path: readonly string[]): { [key: string]: Json } {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`no object at ${path.join('/')}`)
    node = node[key] as Json
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`no object at ${path.join('/')}`)
  return node
}

function list(root: Json, path: readonly string[], key: string): Array<{ [key: string]: Json }> {
  const value = at(root, path)[key]
  if (!Array.isArray(value)) throw new Error(`no list at ${path.join('/')}/${key}`)
  return value as Array<{ [key: string]: Json }>
}

/** Replaces the first occurrence of `find`, failing loudly if the base export changed shape. */
function replaceOnce(text: string, find: string, replacement: string): string {
  const i = text.indexOf(find)
  if (i < 0) throw new Error(`base export has no ${find}`)
  return text.slice(0, i) + replacement + text.slice(i + find.length)
}

const POISON = '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'
const HOSTILE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty']

// ---------------------------------------------------------------------------------------------

/** Every case, in a fixed order. The likes counts below are the seeded export's 25 and the decoy's 1; the tests check them. */
export function buildCorpus(): HostileCase[] {
  const base = small('hostile-corpus', 25)
  // The decoy is tiny on purpose: it appears under many names, and its one like tells it apart from the export.
  const decoy = '{"Your Activity":{"Like List":{"ItemFavoriteList":[{"date":"2024-01-01 00:00:00","link":"https://www.tiktokv.com/share/video/7300000000000000001/"}]}}}'
  const baseBytes = bytesOf(base)
  const decoyBytes = bytesOf(decoy)
  const L = 25
  const D = 1
  const BASE_WARNINGS = {} as const
  const cases: HostileCase[] = []
  const add = (file: string, what: string, expect: Expected, bytes: Uint8Array, limits?: Partial<ReadLimits>): void => {
    cases.push({ file, what, expect, bytes, ...(limits ? { limits } : {}) })
  }
  const fail = (code: ErrorCode, warnings?: Record<string, number>): Expected => ({ ok: false, code, ...(warnings ? { warnings } : {}) })
  const ok = (warnings: Record<string, number>, likes = L): Expected => ({ ok: true, warnings, likes })
  const zipOf = (name: string, data: Uint8Array, extra: RawEntry[] = []): Uint8Array => rawZip([{ name, data }, ...extra])

  // Baselines: the same export bare and zipped, so every variation has a reference.
  add('ok--baseline.json', 'the small seeded export every variation starts from', ok(BASE_WARNINGS), baseBytes)
  add('ok--baseline.zip', 'the same export zipped', ok(BASE_WARNINGS), zipOf('TikTok_Data/user_data_tiktok.json', baseBytes))

  // 1. Not a zip.
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
  add('not-a-zip--png-named-zip.zip', 'PNG bytes named .zip', fail('NOT_A_ZIP'), png)
  add('not-a-zip--empty-file.zip', 'a 0-byte .zip', fail('NOT_A_ZIP'), new Uint8Array(0))
  add('not-a-zip--renamed-json.zip', 'a valid export JSON renamed to .zip', fail('NOT_A_ZIP'), baseBytes)
  add('unsupported-file--png.png', 'a PNG under its own name', fail('UNSUPPORTED_FILE'), png)
  add('bad-json--empty-file.json', 'a 0-byte .json', fail('BAD_JSON'), new Uint8Array(0))
  add('bad-json--whitespace-only.json', 'a .json holding only whitespace', fail('BAD_JSON'), bytesOf(' \n\t\r\n '))

  // 2. Truncated, lying central directory.
  const good = zipOf('user_data_tiktok.json', baseBytes)
  add('not-a-zip--truncated-at-half.zip', 'a valid export zip cut at 50 %', fail('NOT_A_ZIP'), good.subarray(0, Math.floor(good.length / 2)))
  add('not-a-zip--truncated-end-record.zip', 'the end record cut by 5 bytes', fail('NOT_A_ZIP'), good.subarray(0, good.length - 5))
  add('not-a-zip--comment-length-lies.zip', 'the end record claims a 1,000-byte comment that is not there', fail('NOT_A_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }], { comment: bytesOf('hi'), commentLength: 1000 }))
  add('not-a-zip--directory-offset-lies.zip', 'the end record points the directory past the file', fail('NOT_A_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }], { directoryOffset: 0x7fff0000 }))
  add('not-a-zip--entry-count-lies.zip', 'the end record lists 3 entries, the directory holds 1', fail('NOT_A_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }], { entryCount: 3 }))
  add('not-a-zip--local-offset-lies.zip', 'the directory points the entry into the middle of its own data', fail('NOT_A_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }], { localOffset: { index: 0, offset: 100 } }))
  const corrupt = rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }])
  for (let i = 60; i < 200; i++) corrupt[i] = 0xff
  add('not-a-zip--damaged-deflate-data.zip', 'the deflate stream overwritten with 0xFF', fail('NOT_A_ZIP'), corrupt)

  // 3. Encrypted, unsupported compression, split archive.
  add('unsupported-zip--encrypted-entry.zip', 'the export entry has the encrypted flag', fail('UNSUPPORTED_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes, method: 0, flags: 1 }]))
  add('unsupported-zip--method-12-bzip2.zip', 'the export entry uses compression method 12 (bzip2)', fail('UNSUPPORTED_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes, method: 12 }]))
  add('unsupported-zip--method-99-aes.zip', 'the export entry uses method 99 (WinZip AES)', fail('UNSUPPORTED_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes, method: 99 }]))
  add('unsupported-zip--split-archive.zip', 'the end record says disk 1 (a split archive)', fail('UNSUPPORTED_ZIP'), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }], { disk: 1 }))

  // 5, 6, 8. Bombs: 96 MiB of whitespace before the JSON value inflates from ~96 KB; the test lowers the caps to 32 MiB.
  const spaces = (n: number): Uint8Array => new Uint8Array(n).fill(0x20)
  const bombLimits: Partial<ReadLimits> = { maxJsonBytes: 32 * MiB, maxTextBytes: 32 * MiB, ratioCheckAfterBytes: Number.MAX_SAFE_INTEGER }
  add('entry-too-large--bomb-96mib.zip', '96 KB inflating to 96 MiB, cap 32 MiB (ratio check off: the counted size stops it)', fail('ENTRY_TOO_LARGE'), zipOf('user_data_tiktok.json', concatBytes([spaces(96 * MiB), baseBytes])), bombLimits)
  add('entry-too-large--bomb-ratio.zip', 'the same bomb under the default caps: the 200:1 ratio check stops it after 32 MiB', fail('ENTRY_TOO_LARGE'), zipOf('user_data_tiktok.json', concatBytes([spaces(34 * MiB), baseBytes])))
  add('entry-too-large--declared-size-lies.zip', 'the headers declare 10 bytes, the entry inflates to 34 MiB, cap 32 MiB', fail('ENTRY_TOO_LARGE'), rawZip([{ name: 'user_data_tiktok.json', data: concatBytes([spaces(34 * MiB), baseBytes]), declaredSize: 10 }]), bombLimits)
  const likeListBomb = bytesOf('\n'.repeat(6 * MiB))
  const manyBombs: RawEntry[] = []
  for (let i = 0; i < 12; i++) manyBombs.push({ name: `TikTok/part${String(i).padStart(2, '0')}/Like List.txt`, data: likeListBomb })
  add('archive-too-large--many-small-bombs.zip', '12 TXT files of 6 MiB each, every one under the 8 MiB entry cap, total cap 48 MiB', fail('ARCHIVE_TOO_LARGE'), rawZip(manyBombs), { maxTextBytes: 8 * MiB, maxTotalBytes: 48 * MiB })

  // 7. Entry count.
  add('too-many-entries--20000-entries.zip', '20,000 central-directory records (default cap 5,000)', fail('TOO_MANY_ENTRIES'), manyEntriesZip(20_000))

  // 9. Nested zip.
  add('ok--nested-zip-ignored.zip', 'the export plus a zip inside it, listed and never opened', ok({ NESTED_ZIP_IGNORED: 1 }), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }, { name: 'more/TikTok_Data_inner.zip', data: good, method: 0 }]))
  add('not-a-tiktok-export--only-nested-zip.zip', 'only a zip holding the export: not opened', fail('NOT_A_TIKTOK_EXPORT', { NESTED_ZIP_IGNORED: 1 }), rawZip([{ name: 'TikTok_Data_inner.zip', data: good, method: 0 }]))

  // 10. Names: each alone is never taken for the export; together with the real file, the real one is read.
  const hostileNames: Array<[string, string]> = [
    ['dot-dot', '../../user_data_tiktok.json'],
    ['slash-dot-dot', '/../user_data_tiktok.json'],
    ['slash-drive-letter', '/C:/user_data_tiktok.json'],
    ['drive-letter', 'C:\\user_data_tiktok.json'],
    ['backslash-dot-dot', 'a\\..\\user_data_tiktok.json'],
    ['long-name', `${'x'.repeat(10_000)}/user_data_tiktok.json`],
    ['nul-byte', 'user_data_tiktok.json\u0000.txt'],
  ]
  for (const [label, name] of hostileNames) {
    add(`not-a-tiktok-export--name-${label}.zip`, `the export stored as ${JSON.stringify(name.length > 60 ? `${name.slice(0, 20)}…(${name.length} chars)` : name)}`, fail('NOT_A_TIKTOK_EXPORT', { SUSPICIOUS_ENTRY_NAME: 1 }), rawZip([{ name, data: baseBytes }]))
  }
  // A leading "/" alone escapes nothing once stripped (TikTok's 2022 TXT zips store `/Activity/Likes.txt`): read.
  add('ok--leading-slash-name-read.zip', 'the export stored as "/TikTok/user_data_tiktok.json": the "/" is dropped and the file read', ok({}), rawZip([{ name: '/TikTok/user_data_tiktok.json', data: baseBytes }]))
  const lookAlikes: Array<[string, string]> = [
    ['proto', '__proto__'],
    ['constructor', 'constructor'],
    ['to-string', 'toString'],
    ['cyrillic-a', 'user_d\u0430ta_tiktok.json'],
    ['combining-mark', 'user_data_tiktok\u0301.json'],
    ['zero-width', 'user_data_tiktok.json\u200b'],
    ['fullwidth-dot', 'user_data_tiktok\uff0ejson'],
  ]
  for (const [label, name] of lookAlikes) {
    // A look-alike ending in ".json" is never taken for the export by its name; alone, its content is recognised as a
    // renamed export and read, the warning naming the file as it is really spelled (beside a real export it is ignored).
    if (name.endsWith('.json')) {
      add(`ok--look-alike-name-${label}-read-by-content.zip`, `the export alone, stored as ${JSON.stringify(name)}: read by its content, with RENAMED_FILE_READ`, ok({ RENAMED_FILE_READ: 1 }), rawZip([{ name, data: baseBytes }]))
    } else add(`not-a-tiktok-export--name-${label}.zip`, `the export stored as ${JSON.stringify(name)}`, fail('NOT_A_TIKTOK_EXPORT'), rawZip([{ name, data: baseBytes }]))
  }
  add(
    'ok--hostile-names-beside-real-file.zip',
    'a decoy export under every hostile name, the real one under its own: only the real one is read',
    ok({ SUSPICIOUS_ENTRY_NAME: hostileNames.length }),
    rawZip([...hostileNames, ...lookAlikes].map(([, name]) => ({ name, data: decoyBytes })).concat([{ name: 'TikTok/user_data_tiktok.json', data: baseBytes }])),
  )
  // NFC and NFD spellings of one folder: two different byte strings, so two JSON files; the larger is read, deterministically.
  add(
    'ok--nfc-nfd-twin-folders.zip',
    '"Données/user_data_tiktok.json" in NFC (the export) and NFD (a smaller decoy)',
    ok({ EXTRA_JSON_IGNORED: 1 }),
    rawZip([
      { name: 'Donne\u0301es/user_data_tiktok.json', data: decoyBytes },
      { name: 'Donn\u00e9es/user_data_tiktok.json', data: baseBytes },
    ]),
  )

  // Names and strings that would drive a terminal: the command line prints messages and summaries to one.
  add('unsupported-zip--escape-sequences-in-name.zip', 'an encrypted entry whose folder name holds ESC [2J, a colour code and a right-to-left override: the message shows neither', fail('UNSUPPORTED_ZIP'), rawZip([{ name: 'TikTok\u001b[2J\u001b[31mEVIL\u202egnp.exe/user_data_tiktok.json', data: baseBytes, method: 0, flags: 1 }]))
  const escapes = JSON.parse(base) as Json
  at(escapes, ['Profile', 'Profile Info', 'ProfileMap'])['userName'] = 'evil\u001b]0;pwned\u0007\u001b[2J'
  at(escapes, ['Profile', 'Profile Info', 'ProfileMap'])['displayName'] = '\u202eevil\u009b31m'
  add('ok--terminal-escapes-in-strings.json', 'username and display name with OSC, CSI and bidi sequences: read as text, printed without them', ok({}), bytesOf(JSON.stringify(escapes)))

  // 11. Duplicate names: the first is read, with a warning, whatever the order of sizes.
  add('ok--duplicate-names-first-wins.zip', 'two entries named user_data_tiktok.json: the export first, a decoy second', ok({ DUPLICATE_ENTRY: 1 }), rawZip([{ name: 'user_data_tiktok.json', data: baseBytes }, { name: 'user_data_tiktok.json', data: decoyBytes }]))
  add('ok--duplicate-names-first-wins-small.zip', 'the same with the decoy first: the decoy is read (a partial export)', ok({ DUPLICATE_ENTRY: 1, PARTIAL_EXPORT: 1 }, D), rawZip([{ name: 'user_data_tiktok.json', data: decoyBytes }, { name: 'user_data_tiktok.json', data: baseBytes }]))

  // 12–15. Encoding and broken JSON.
  add('ok--utf8-bom.json', 'the export with a UTF-8 BOM: read exactly like the baseline', ok(BASE_WARNINGS), concatBytes([Uint8Array.from([0xef, 0xbb, 0xbf]), baseBytes]))
  const [beforeBad, afterBad] = replaceOnce(base, '"comment":"wow"', '"comment":"w\u0000ow"').split('\u0000') as [string, string]
  const badUtf8Bytes = concatBytes([bytesOf(beforeBad), Uint8Array.from([0xff, 0xfe, 0xc3]), bytesOf(afterBad)])
  add('ok--invalid-utf8-in-string.json', 'bytes FF FE C3 inside a comment: replaced, and counted in INVALID_UTF8', ok({ INVALID_UTF8: 3 }), badUtf8Bytes)
  add('bad-encoding--utf16le-bom.json', 'the export in UTF-16LE with a BOM', fail('BAD_ENCODING'), new Uint8Array(Buffer.from(`\ufeff${base}`, 'utf16le')))
  add('bad-encoding--utf16le-no-bom.json', 'the export in UTF-16LE without a BOM', fail('BAD_ENCODING'), new Uint8Array(Buffer.from(base, 'utf16le')))
  add('bad-encoding--utf16be-bom.zip', 'the export in UTF-16BE with a BOM, zipped', fail('BAD_ENCODING'), zipOf('user_data_tiktok.json', new Uint8Array(Buffer.from(`\ufeff${base}`, 'utf16le').swap16())))
  add('bad-json--comma-opening-a-list.json', 'a comma right after [ (not a stray trailing comma)', fail('BAD_JSON'), bytesOf(replaceOnce(base, '"ItemFavoriteList":[{', '"ItemFavoriteList":[,{')))
  let trailing = replaceOnce(base, '"Who Can View Videos I Liked":"Myself"}', '"Who Can View Videos I Liked":"Myself",}')
  trailing = replaceOnce(trailing, '"}]},"Login History"', '"},]},"Login History"')
  add('ok--trailing-commas-forgiven.json', 'two stray commas before } and ]: read, counted in TRAILING_COMMA', ok({ TRAILING_COMMA: 2 }), bytesOf(trailing))
  // A hand-edited login entry (the Carrier line deleted, its comma left): forgiven inside a list entry too.
  const editedLogin = base.replace(/("NetworkType":"[^"]*",)"Carrier":"[^"]*"}/, '$1\n}')
  if (editedLogin === base) throw new Error('no login entry to edit')
  add('ok--trailing-comma-inside-list-entry.json', '"NetworkType": "Wi-Fi",\\n} inside one login entry: read, counted in TRAILING_COMMA', ok({ TRAILING_COMMA: 1 }), bytesOf(editedLogin))
  add('bad-json--truncated.json', 'the export cut at 50 %', fail('BAD_JSON'), baseBytes.subarray(0, Math.floor(baseBytes.length / 2)))
  add('bad-json--truncated-in-zip.zip', 'the export cut at 50 %, zipped', fail('BAD_JSON'), zipOf('user_data_tiktok.json', baseBytes.subarray(0, Math.floor(baseBytes.length / 2))))
  add('bad-json--missing-comma.json', 'two list items without a comma', fail('BAD_JSON'), bytesOf(replaceOnce(base, '"},{"date"', '"} {"date"')))
  add('ok--content-written-twice.json', 'the whole document written twice back to back', ok({ CONTENT_WRITTEN_TWICE: 1 }), bytesOf(base + base))
  for (const [label, text] of [['null', 'null'], ['array', '[1,2,3]'], ['string', '"user_data"'], ['number', '42']] as const) {
    add(`not-a-tiktok-export--top-level-${label}.json`, `valid JSON whose top level is ${label}`, fail('NOT_A_TIKTOK_EXPORT'), bytesOf(text))
  }

  // 16. Nesting 100,000 deep: in the object tree, and inside one list element (both zipped: 200 KB of brackets deflate to 1 KB).
  add('bad-shape--nesting-100000-objects.zip', '{"a":{"a":… 100,000 deep', fail('BAD_SHAPE'), zipOf('user_data_tiktok.json', bytesOf(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)))
  add('bad-shape--nesting-100000-in-like-list.zip', 'a Like List element [[[… 100,000 deep', fail('BAD_SHAPE'), zipOf('user_data_tiktok.json', bytesOf(`{"Your Activity":{"Like List":{"ItemFavoriteList":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}}}`)))
  add('bad-shape--nesting-100000-arrays.zip', '[[[… 100,000 deep at the top level', fail('BAD_SHAPE'), zipOf('user_data_tiktok.json', bytesOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)))
  add('ok--nesting-200-in-like-item.json', 'a like whose link is an array 200 deep (under the element limit): the row is skipped and counted, the rest read', ok({ MISSING_VIDEO_ID: 1 }, L), bytesOf(replaceOnce(base, '"ItemFavoriteList":[', `"ItemFavoriteList":[{"date":"2025-01-01 00:00:00","link":${'['.repeat(200)}${']'.repeat(200)}},`)))

  // 19. Prototype keys at several depths.
  let poisoned = `{${POISON}${base.slice(1)}`
  poisoned = replaceOnce(poisoned, '"ProfileMap":{', `"ProfileMap":{${POISON}`)
  poisoned = replaceOnce(poisoned, '"SettingsMap":{', `"SettingsMap":{"__proto__":"Everyone",${POISON}`)
  poisoned = replaceOnce(poisoned, '"ActivitySummaryMap":{', `"ActivitySummaryMap":{"__proto__":1,"constructor":2,`)
  poisoned = replaceOnce(poisoned, '"Like List":{', `"Like List":{${POISON}`)
  poisoned = replaceOnce(poisoned, '"ItemFavoriteList":[{', `"ItemFavoriteList":[{${POISON}`)
  poisoned = replaceOnce(poisoned, '"Your Activity":{', `"Your Activity":{${POISON}"__proto__":{"Like List":{"ItemFavoriteList":[]}},`)
  add('ok--proto-keys-everywhere.json', '"__proto__" and "constructor.prototype" keys at the root, in sections, maps and list items', ok({}), bytesOf(poisoned))

  // 20. User strings named like Object.prototype members.
  const named = JSON.parse(base) as Json
  list(named, ['Your Activity', 'Following'], 'Following').forEach((row, i) => (row['UserName'] = HOSTILE_NAMES[i % 4] as string))
  list(named, ['Your Activity', 'Follower'], 'FansList').forEach((row, i) => (row['UserName'] = HOSTILE_NAMES[i % 4] as string))
  list(named, ['Your Activity', 'Login History'], 'LoginHistoryList').forEach((row, i) => {
    row['DeviceModel'] = HOSTILE_NAMES[i % 4] as string
    row['DeviceSystem'] = HOSTILE_NAMES[(i + 1) % 4] as string
    row['NetworkType'] = HOSTILE_NAMES[(i + 2) % 4] as string
  })
  list(named, ['Your Activity', 'Searches'], 'SearchList').forEach((row, i) => (row['SearchTerm'] = HOSTILE_NAMES[i % 4] as string))
  list(named, ['Post', 'Posts'], 'VideoList').forEach((row, i) => {
    row['Title'] = '#constructor #__proto__ #toString #hasOwnProperty'
    row['Sound'] = HOSTILE_NAMES[i % 4] as string
  })
  add('ok--prototype-named-users-hashtags-devices.json', 'usernames, device models, searches, hashtags and sounds named constructor/__proto__/toString/hasOwnProperty', ok({}), bytesOf(JSON.stringify(named)))

  // 17. Wrong types everywhere.
  const wrong = JSON.parse(base) as Json
  at(wrong, ['Your Activity', 'Like List'])['ItemFavoriteList'] = [
    ...list(wrong, ['Your Activity', 'Like List'], 'ItemFavoriteList'),
    { date: 1700000000, link: 7 },
    { date: null, link: null },
    { date: ['2025-01-01'], link: { url: 'x' } },
    'https://www.tiktokv.com/share/video/7000000000000000001/',
    12,
    null,
    [],
  ]
  at(wrong, ['Your Activity', 'Favorite Videos'])['FavoriteVideoList'] = { Date: '2025-01-01 00:00:00', Link: 'x' }
  at(wrong, ['Your Activity', 'Watch History'])['VideoList'] = null
  at(wrong, ['Your Activity', 'Following'])['Following'] = 'N/A'
  at(wrong, ['Your Activity', 'Follower'])['FansList'] = 5
  list(wrong, ['Your Activity', 'Login History'], 'LoginHistoryList').forEach((row) => (row['Date'] = 1700000000))
  at(wrong, ['Your Activity', 'Activity Summary'])['ActivitySummaryMap'] = ['12', '21']
  at(wrong, ['Profile', 'Profile Info'])['ProfileMap'] = [1, 2, 3]
  at(wrong, ['App Settings', 'Settings'])['SettingsMap'] = 'Everyone'
  at(wrong, ['Comment'])['Comments'] = [{ CommentsList: 'none' }]
  list(wrong, ['Post', 'Posts'], 'VideoList').forEach((row) => (row['Likes'] = 'twelve'))
  at(wrong, [])['Unknown Category'] = { 'Like List': { ItemFavoriteList: 'not a list' }, n: [1, { a: [] }] }
  add('ok--wrong-types-everywhere.json', 'objects for lists, null and "N/A" lists, numbers for dates, strings for counts, unknown keys: bad rows skipped and counted', ok({ BAD_DATE: 11, NOT_AN_OBJECT: 4, EMPTY_SECTION: 2 }, L), bytesOf(JSON.stringify(wrong)))

  // TXT and CSV inside zips (their readers need their real names).
  const likeTxt = '\ufeffDate: 2025-01-02 03:04:05\nVideo Link: https://www.tiktokv.com/share/video/7000000000000000002/\n\nDate: 2025-01-02 03:04:06\nVideo Link: https://www.tiktokv.com/share/video/70000000000\u0001\u0001000003/\n'
  const likeTxtBytes = bytesOf(likeTxt)
  for (let i = 0; i < likeTxtBytes.length; i++) if (likeTxtBytes[i] === 1) likeTxtBytes[i] = 0xff
  add('ok--txt-bom-and-invalid-utf8.zip', 'a TXT like list with a BOM; two invalid bytes break the second like\'s id: replaced and counted, that row skipped', ok({ INVALID_UTF8: 2, MISSING_VIDEO_ID: 1, PARTIAL_EXPORT: 1 }, 1), rawZip([{ name: 'TikTok/Activity/Like List.txt', data: likeTxtBytes }]))
  add('ok--txt-utf16le.zip', 'a TXT like list in UTF-16LE with a BOM (read: Windows tools write it)', ok({ PARTIAL_EXPORT: 1 }, 1), rawZip([{ name: 'Like List.txt', data: new Uint8Array(Buffer.from('\ufeffDate: 2025-01-02 03:04:05\r\nLink: https://www.tiktokv.com/share/video/7000000000000000002/\r\n', 'utf16le')) }]))
  // TikTok Studio Excel downloads: the package is read by the bounded zip reader, its XML by a parser that expands no entity.
  const xlsxOf = (replace: Record<string, string>): Uint8Array => {
    const parts = renderStudioXlsx(
      [
        ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
        ['June 23', '1200', '30', '80', '4', '2'],
        ['June 24', '1300', '31', '85', '5', 'undefined'],
      ],
      { style: 'sheetjs-str', sheetName: 'Overview' },
    )
    for (const [k, v] of Object.entries(replace)) parts.set(k, v)
    return rawZip([...parts].map(([name, text]) => ({ name, data: bytesOf(text) })))
  }
  const SHEET = 'xl/worksheets/sheet1.xml'
  add('ok--studio-xlsx-sheetjs.xlsx', 'a small valid Overview.xlsx as SheetJS writes it (t="str", sheet "SheetJS"), under a name that is not TikTok\'s: recognised by its header', ok({ STUDIO_FILE_READ_AS: 1 }, 0), xlsxOf({}))
  add(
    'bad-shape--xlsx-billion-laughs.xlsx',
    'a sheet whose DOCTYPE defines nested entities ("billion laughs"): refused at the DOCTYPE, nothing expanded',
    fail('BAD_SHAPE'),
    xlsxOf({ [SHEET]: `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]><worksheet><sheetData><row><c t="str"><v>&l9;</v></c></row></sheetData></worksheet>` }),
  )
  add('bad-shape--xlsx-external-entity.xlsx', 'shared strings with a SYSTEM entity pointing at /etc/passwd: refused, never fetched', fail('BAD_SHAPE'), xlsxOf({ 'xl/sharedStrings.xml': '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&x;</t></si></sst>' }))
  add('bad-shape--xlsx-undefined-entity.xlsx', 'a cell using an entity no DOCTYPE defines', fail('BAD_SHAPE'), xlsxOf({ [SHEET]: '<worksheet><sheetData><row><c t="str"><v>&x;</v></c></row></sheetData></worksheet>' }))
  add('bad-shape--xlsx-damaged-xml.xlsx', 'the sheet XML cut in the middle of a tag', fail('BAD_SHAPE'), xlsxOf({ [SHEET]: '<worksheet><sheetData><row><c t="str"><v>Date</v></c><c' }))
  add(
    'archive-too-complex--xlsx-2000000-cells.xlsx',
    '2,000,000 cells (32 MB of XML in a small file): refused while counting at 200,000',
    fail('ARCHIVE_TOO_COMPLEX'),
    xlsxOf({ [SHEET]: `<worksheet><sheetData><row>${'<c><v>1</v></c>'.repeat(2_000_000)}</row></sheetData></worksheet>` }),
  )
  add(
    'archive-too-complex--xlsx-huge-shared-strings.xlsx',
    'a shared-string table of 1,000,000 entries: refused at 100,000',
    fail('ARCHIVE_TOO_COMPLEX'),
    xlsxOf({ 'xl/sharedStrings.xml': `<sst>${'<si><t>a</t></si>'.repeat(1_000_000)}</sst>` }),
  )
  add('entry-too-large--xlsx-bomb.xlsx', 'the sheet inflating 34 MiB of empty comments from a few KB: the 200:1 ratio check stops it', fail('ENTRY_TOO_LARGE'), xlsxOf({ [SHEET]: `<worksheet>${'<!---->'.repeat(Math.ceil((34 * MiB) / 7))}</worksheet>` }))
  add('archive-too-complex--xlsx-white-space-bomb.xlsx', '34 MiB of white space between two tags: refused after 256 KiB, never held as one string', fail('ARCHIVE_TOO_COMPLEX'), xlsxOf({ [SHEET]: `<worksheet>${' '.repeat(34 * MiB)}</worksheet>` }))
  add('archive-too-complex--xlsx-empty-rows.xlsx', '1,000,000 empty rows: counted like cells, refused at 200,000', fail('ARCHIVE_TOO_COMPLEX'), xlsxOf({ [SHEET]: `<worksheet><sheetData>${'<row/>'.repeat(1_000_000)}</sheetData></worksheet>` }))
  // The same workbooks packed inside a zip: unpacked into memory under their own cap, then read by the same bounded reader.
  add('ok--studio-xlsx-packed-in-zip.zip', 'the small valid workbook packed inside a zip (a creator zipping their downloads): unpacked and read', ok({ STUDIO_FILE_READ_AS: 1 }, 0), zipOf('Studio/stats.xlsx', xlsxOf({})))
  add('entry-too-large--xlsx-packed-bomb.zip', 'the sheet bomb inside a workbook inside a zip: the part is still stopped by the 200:1 ratio check', fail('ENTRY_TOO_LARGE'), zipOf('stats.xlsx', xlsxOf({ [SHEET]: `<worksheet>${'<!---->'.repeat(Math.ceil((34 * MiB) / 7))}</worksheet>` })))
  // 64 KiB of hex digits from a fixed LCG: the workbook stays about 30 KB however well it is compressed.
  let lcg = 12345
  const noise = Array.from({ length: 64 * 1024 }, () => ((lcg = (Math.imul(lcg, 1103515245) + 12345) >>> 0) >>> 28).toString(16)).join('')
  add('ok--xlsx-packed-over-cap.zip', 'a packed workbook larger than maxPackedWorkbookBytes beside a valid one: it is skipped with a warning, the other read', ok({ XLSX_SKIPPED: 1, STUDIO_FILE_READ_AS: 1 }, 0), zipOf('a/stats.xlsx', xlsxOf({}), [{ name: 'b/big.xlsx', data: xlsxOf({ [SHEET]: `<worksheet><!--${noise}--></worksheet>` }) }]), { maxPackedWorkbookBytes: 16 * 1024 })
  add('ok--studio-csv-garbage.csv', 'a .csv of random-looking text', ok({ STUDIO_UNKNOWN_FILE: 1 }, 0), bytesOf('a,b,"c\n1,"2,3\n\u0000\u0001,,,,\n"unterminated'))

  // 18. An entry exactly at the cap, and one byte over (leading whitespace, so every byte must be read).
  const CAP = 16 * 1024
  const padTo = (n: number): Uint8Array => concatBytes([spaces(n - baseBytes.length), baseBytes])
  const capLimits: Partial<ReadLimits> = { maxJsonBytes: CAP }
  add('ok--json-exactly-at-cap.zip', `a zipped JSON of exactly ${CAP} bytes with maxJsonBytes ${CAP}`, ok({}), zipOf('user_data_tiktok.json', padTo(CAP)), capLimits)
  add('entry-too-large--json-one-byte-over-cap.zip', `a zipped JSON of ${CAP + 1} bytes with maxJsonBytes ${CAP}`, fail('ENTRY_TOO_LARGE'), zipOf('user_data_tiktok.json', padTo(CAP + 1)), capLimits)
  add('ok--bare-json-exactly-at-cap.json', `a bare JSON of exactly ${CAP} bytes with maxJsonBytes ${CAP}`, ok({}), padTo(CAP), capLimits)
  add('entry-too-large--bare-json-one-byte-over-cap.json', `a bare JSON of ${CAP + 1} bytes with maxJsonBytes ${CAP}`, fail('ENTRY_TOO_LARGE'), padTo(CAP + 1), capLimits)
  // 4. The file-size cap, checked before any byte is read.
  add('ok--input-exactly-at-size-cap.json', `a file of exactly ${CAP} bytes with maxInputBytes ${CAP}`, ok({}), padTo(CAP), { maxInputBytes: CAP })
  add('archive-too-large--input-one-byte-over-size-cap.json', `a file of ${CAP + 1} bytes with maxInputBytes ${CAP}: refused before reading`, fail('ARCHIVE_TOO_LARGE'), padTo(CAP + 1), { maxInputBytes: CAP })
  return cases
}

/** The outcome part of a fixture name: `ok`, or the error code in kebab case. */
export function outcomeSlug(expect: Expected): string {
  return expect.ok ? 'ok' : expect.code.toLowerCase().replace(/_/g, '-')
}

export function corpusReadme(cases: readonly HostileCase[]): string {
  const rows = cases.map((c) => {
    const outcome = c.expect.ok ? `ok, ${c.expect.likes} likes` : c.expect.code
    const warnings = Object.entries(c.expect.warnings ?? {}).map(([k, v]) => `${k}×${v}`).join(', ')
    const limits = c.limits ? Object.entries(c.limits).map(([k, v]) => `${k}=${v === Number.MAX_SAFE_INTEGER ? 'off' : v}`).join(', ') : ''
    return `| \`${c.file}\` | ${c.what.replace(/\|/g, '\\|')} | ${outcome} | ${warnings} | ${limits} |`
  })
  return [
    '# Hostile-input corpus',
    '',
    'Generated by `scripts/make-fixtures.ts` (`npm run make:fixtures`); do not edit by hand. Each file is named',
    '`<expected outcome>--<case>.<ext>`. `tests/hostile/corpus.test.ts` reads every file through the real reader and the',
    '`analyze` command with the limits listed here, and checks that regenerating gives identical bytes.',
    '',
    '| file | case | outcome | warnings | limits lowered by the test |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n')
}
