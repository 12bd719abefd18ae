// shared/core: Electron-free. Reads a TXT like, favourite or watch list from its bytes: plain `Date:` + `Link:` records without any string, the rest through the line reader.
import type { ByteStream } from '../read-contract'
import { parseTikTokDateBytes } from './fields'
import type { SnapshotBuilder } from './snapshot-builder'
import { decodeText } from './text-decode'
import type { TxtFileKind, TxtFileOutcome, TxtListReader } from './txt'
import { listReader, openTxtFile, txtFileRole } from './txt'

type VideoList = 'likes' | 'favorites' | 'watchHistory'

const NL = 0x0a
const SPACE = 0x20
const COLON = 0x3a

/** What the fast path returns when a record is not one it reads (the line reader reads it) or runs past the bytes it has. */
const NOT_FAST = -1
const NEEDS_MORE = -2

/** How far into a chunk the end of a record held over from the last chunk is looked for (then the chunk is copied whole). */
const JOIN_BYTES = 64 * 1024

/** A TXT file read to its end, not yet finished: `finish` reads its last line and adds its warnings. */
export interface ReadTxtFile {
  finish(): TxtFileOutcome
}

/**
 * Reads one TXT export file from its bytes and finishes it. Like, favourite and watch lists in UTF-8 take the byte
 * path (TxtByteReader); UTF-16 files and the small key/value files are decoded and read as text. `section` overrides
 * the name (a file recognised by its content); `onReplaced` gets counts of invalid UTF-8 sequences replaced;
 * `declaredBytes` (the size the archive gives, capped by the caller) sizes a watch history's or like list's columns up front.
 */
export async function readTxtStream(
  stream: ByteStream,
  baseName: string,
  builder: SnapshotBuilder,
  section: TxtFileKind | null | undefined,
  onReplaced: (count: number) => void,
  declaredBytes?: number,
): Promise<TxtFileOutcome> {
  const kind = section === undefined ? txtFileRole(baseName) : section
  // A watch history's or like list's columns are sized for the most rows the file can hold before its rows come.
  if (kind === 'watchHistory' && declaredBytes !== undefined) builder.expectWatchBytes(declaredBytes)
  if (kind === 'likes' && declaredBytes !== undefined) builder.expectLikeBytes(declaredBytes)
  return (await consumeTxtStream(stream, baseName, builder, kind, onReplaced)).finish()
}

/**
 * Reads a TXT file's stream to its end (or until `stopped()` says to stop) and returns it unfinished, so files read
 * side by side can be finished in their order.
 */
export async function consumeTxtStream(
  stream: ByteStream,
  baseName: string,
  builder: SnapshotBuilder,
  kind: TxtFileKind | null,
  onReplaced: (count: number) => void,
  stopped: () => boolean = () => false,
): Promise<ReadTxtFile> {
  if (kind !== 'likes' && kind !== 'favorites' && kind !== 'watchHistory') return readAsText(stream, baseName, builder, kind, onReplaced, stopped)
  const iterator = stream[Symbol.asyncIterator]()
  // The first two bytes tell UTF-16 (a byte-order mark) from UTF-8; they may come in more than one chunk.
  const head: Uint8Array[] = []
  let headBytes = 0
  let done = false
  while (headBytes < 2 && !done) {
    const next = await iterator.next()
    if (next.done === true) done = true
    else {
      head.push(next.value)
      headBytes += next.value.length
    }
  }
  const rest: ByteStream = (async function* () {
    yield* head
    if (!done) yield* { [Symbol.asyncIterator]: () => iterator }
  })()
  const b0 = byteAt(head, 0)
  const b1 = byteAt(head, 1)
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return readAsText(rest, baseName, builder, kind, onReplaced, stopped)
  const reader = new TxtByteReader(kind, builder, onReplaced)
  for await (const chunk of rest) {
    if (stopped()) break
    reader.push(chunk)
  }
  return reader
}

/** The text path: decoded piece by piece, read line by line. */
async function readAsText(
  stream: ByteStream,
  baseName: string,
  builder: SnapshotBuilder,
  kind: TxtFileKind | null,
  onReplaced: (count: number) => void,
  stopped: () => boolean,
): Promise<ReadTxtFile> {
  const reader = openTxtFile(baseName, builder, kind)
  for await (const piece of decodeText(stream, onReplaced)) {
    if (stopped()) break
    reader.push(piece)
  }
  return reader
}

/**
 * A like, favourite or watch list (UTF-8, BOM optional) read from its bytes as they stream in. A record that is
 * exactly `Date: YYYY-MM-DD HH:MM:SS` (optionally ` UTC`; `Datum:` in Dutch), then `Link: <link>` (or `Video Link:`),
 * then a blank line, with LF line ends and a printable ASCII link, goes straight to the builder: its date is read
 * from the digits, a like's video id from the link's bytes, and no string or object is made. Watch history (millions
 * of rows) then costs a few byte compares a row. Everything else (CRLF, other labels, a missing blank line, a
 * continued value, a date the byte parser declines, non-ASCII or invalid UTF-8) is decoded and read by the line
 * reader, exactly as the text path reads it; the fast path only takes a record when that reader has none open, so
 * the two never split one record.
 */
export class TxtByteReader {
  /** Bytes held over from the last chunk (an unfinished line or record) followed by the newest chunk. */
  private work = new Uint8Array(0)
  /** How many bytes at the start of `work` are held over. */
  private held = 0
  /** Leading byte-order marks are stripped once the first bytes are in. */
  private started = false
  private readonly list: TxtListReader
  private readonly tracksVideoLink: boolean
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  private readonly lenient = new TextDecoder('utf-8', { ignoreBOM: true })
  /** The record the fast path just matched: its time, its link's bytes, and whether the label was `Video Link`. */
  private at = 0
  private linkStart = 0
  private linkEnd = 0
  private videoLinkLabel = false
  /** Records read on the fast path. */
  fastRecords = 0

  constructor(
    private readonly kind: VideoList,
    private readonly builder: SnapshotBuilder,
    private readonly onReplaced: (count: number) => void,
  ) {
    this.list = listReader(kind, builder)
    this.tracksVideoLink = kind === 'likes' || kind === 'watchHistory'
  }

  push(given: Uint8Array): void {
    if (given.length === 0) return
    // A plain Uint8Array view of the caller's bytes: Node hands Buffers, the held bytes are our own Uint8Array, and
    // one shape keeps the byte loops (here and in the builder) optimised instead of deoptimising on the other.
    const chunk = given.constructor === Uint8Array ? given : new Uint8Array(given.buffer, given.byteOffset, given.byteLength)
    let from = 0
    if (!this.started || this.held > 0) {
      // The held bytes (an unfinished line or record) are joined with the chunk's first lines, up to its first blank
      // line, which ends any record: only those bytes are copied, and the rest is read in the chunk itself. Without a
      // blank line near the start (CRLF files have none) the whole chunk is copied.
      const blank = afterFirstBlankLine(chunk, Math.min(chunk.length, JOIN_BYTES))
      from = blank === -1 ? chunk.length : blank
      this.readHeld(chunk, from)
      if (from === chunk.length) return
      if (this.held > 0) {
        this.readHeld(chunk.subarray(from), chunk.length - from)
        return
      }
    }
    const end = chunk.lastIndexOf(NL, chunk.length - 1) + 1
    const stop = end <= from ? from : this.read(chunk, from, end)
    this.hold(chunk, stop, chunk.length)
  }

  /** Reads the held bytes followed by bytes[0, count), in the reader's own buffer; what stays unread is held again. */
  private readHeld(bytes: Uint8Array, count: number): void {
    const length = this.held + count
    if (length > this.work.length) {
      const grown = new Uint8Array(Math.max(length, 2 * this.work.length, 64 * 1024))
      grown.set(this.work.subarray(0, this.held))
      this.work = grown
    }
    this.work.set(count === bytes.length ? bytes : bytes.subarray(0, count), this.held)
    let from = 0
    if (!this.started) {
      // Two marks at most: decodeText drops one, the text reader a second (a U+FEFF left at the start of the text).
      if (length < 6) {
        this.held = length
        return
      }
      this.started = true
      from = bomEnd(this.work, 0, length)
    }
    const buf = this.work
    const end = buf.lastIndexOf(NL, length - 1) + 1
    const stop = end <= from ? from : this.read(buf, from, end)
    buf.copyWithin(0, stop, length)
    this.held = length - stop
  }

  /** Keeps bytes[from, to) (read in the chunk itself) for the next chunk. */
  private hold(bytes: Uint8Array, from: number, to: number): void {
    if (to - from > this.work.length) this.work = new Uint8Array(Math.max(to - from, 64 * 1024))
    this.work.set(bytes.subarray(from, to))
    this.held = to - from
  }

  finish(): TxtFileOutcome {
    const buf = this.work
    let from = 0
    if (!this.started) {
      this.started = true
      from = bomEnd(buf, 0, this.held)
    }
    // No more bytes: what is left (at most an unfinished record and a last line without a line end) is read as text.
    if (this.held > from) this.readSlow(buf, from, this.held)
    this.held = 0
    this.work = new Uint8Array(0)
    return this.list.finish()
  }

  /**
   * Reads the whole lines buf[from, end) (buf[end - 1] is a line end). Returns where it stopped: `end`, or the start
   * of a record that may be a fast one but runs past `end`, which waits for the next chunk.
   */
  private read(buf: Uint8Array, from: number, end: number): number {
    // Invalid UTF-8 anywhere in these lines: all of them go to the line reader, which replaces and counts it.
    if (!validUtf8(buf, from, end, this.strict)) {
      this.readSlow(buf, from, end)
      return end
    }
    let pos = from
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
    // Start of the bytes passed over for the line reader, not yet handed to it; -1 when there are none.
    let slow = -1
    while (pos < end) {
      // Handed-over bytes always end with a blank line, which closes any record; else the reader must have none open.
      if (slow !== -1 || this.list.idle()) {
        const next = this.fastRecord(buf, view, pos, end)
        if (next === NEEDS_MORE) break
        if (next !== NOT_FAST) {
          if (slow !== -1) {
            this.readSlow(buf, slow, pos)
            slow = -1
          }
          this.takeRecord(buf)
          pos = next
          continue
        }
      }
      if (slow === -1) slow = pos
      pos = afterBlankLine(buf, pos, end)
    }
    if (slow !== -1) this.readSlow(buf, slow, pos)
    return pos
  }

  /**
   * Matches a fast record at `p` (a line start): returns where the next record starts, NOT_FAST, or NEEDS_MORE when
   * it matches so far but its lines run past `end`. Leaves the match in `at`, `linkStart`, `linkEnd`, `videoLinkLabel`.
   */
  private fastRecord(buf: Uint8Array, view: DataView, p: number, end: number): number {
    // `Date: ` or `Datum: `. Every compare stops at the line end, as no label byte is a line end and buf[end - 1] is one.
    if (buf[p] !== 0x44 || buf[p + 1] !== 0x61 || buf[p + 2] !== 0x74) return NOT_FAST
    let q: number
    if (buf[p + 3] === 0x65 && buf[p + 4] === COLON && buf[p + 5] === SPACE) q = p + 6
    else if (buf[p + 3] === 0x75 && buf[p + 4] === 0x6d && buf[p + 5] === COLON && buf[p + 6] === SPACE) q = p + 7
    else return NOT_FAST
    // The date is 19 bytes, then the line end or ` UTC` and the line end. The date parser reads 19 bytes unchecked: bound them.
    if (q + 19 >= end) return NOT_FAST
    let lineEnd = q + 19
    if (buf[lineEnd] !== NL) {
      if (buf[lineEnd] !== SPACE || buf[lineEnd + 1] !== 0x55 || buf[lineEnd + 2] !== 0x54 || buf[lineEnd + 3] !== 0x43 || buf[lineEnd + 4] !== NL) return NOT_FAST
      lineEnd += 4
    }
    const at = parseTikTokDateBytes(buf, q, q + 19)
    if (Number.isNaN(at)) return NOT_FAST
    // `Link: ` or `Video Link: `.
    const r = lineEnd + 1
    if (r >= end) return NEEDS_MORE
    let linkStart: number
    if (buf[r] === 0x4c) {
      if (buf[r + 1] !== 0x69 || buf[r + 2] !== 0x6e || buf[r + 3] !== 0x6b || buf[r + 4] !== COLON || buf[r + 5] !== SPACE) return NOT_FAST
      linkStart = r + 6
      this.videoLinkLabel = false
    } else if (buf[r] === 0x56) {
      if (buf[r + 1] !== 0x69 || buf[r + 2] !== 0x64 || buf[r + 3] !== 0x65 || buf[r + 4] !== 0x6f || buf[r + 5] !== SPACE) return NOT_FAST
      if (buf[r + 6] !== 0x4c || buf[r + 7] !== 0x69 || buf[r + 8] !== 0x6e || buf[r + 9] !== 0x6b || buf[r + 10] !== COLON || buf[r + 11] !== SPACE) return NOT_FAST
      linkStart = r + 12
      this.videoLinkLabel = true
    } else return NOT_FAST
    // The link runs to the line end. Its first and last bytes are printable ASCII, so the text reader's trim leaves it
    // as it is; the bytes between are valid UTF-8 (checked for the whole chunk), so its text is exactly its bytes.
    const i = nextLineFeed(buf, view, linkStart, end)
    const first = buf[linkStart] as number
    const last = buf[i - 1] as number
    if (i === linkStart || ((first - 0x21) | (0x7e - first) | (last - 0x21) | (0x7e - last)) < 0) return NOT_FAST
    // Then a blank line, which ends the record.
    if (i + 1 >= end) return NEEDS_MORE
    if (buf[i + 1] !== NL) return NOT_FAST
    this.at = at
    this.linkStart = linkStart
    this.linkEnd = i
    return i + 2
  }

  /** What the line reader does with the matched record: mark the ≤2022 label, count it, hand it to the builder. */
  private takeRecord(buf: Uint8Array): void {
    if (this.videoLinkLabel && this.tracksVideoLink) this.builder.sawVideoLinkKey = true
    this.list.countRecord()
    this.fastRecords++
    this.builder.addDatedBytes(this.kind, this.at, buf, this.linkStart, this.linkEnd)
  }

  /** Hands buf[from, to) to the line reader as text; invalid UTF-8 is replaced and counted, as decodeText does. */
  private readSlow(buf: Uint8Array, from: number, to: number): void {
    const bytes = buf.subarray(from, to)
    let text: string
    try {
      text = this.strict.decode(bytes)
    } catch {
      text = this.lenient.decode(bytes)
      let replaced = 0
      for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++
      this.onReplaced(replaced)
    }
    this.list.push(text)
  }
}

/**
 * Index of the first line feed at or after `from`; buf[end - 1] is one, so there always is one. Four bytes a step (an
 * exact zero-byte test on the word XOR line feeds), then byte by byte in the word that holds it: a link is about 60
 * bytes, and a native indexOf call per row costs more than stepping over it.
 */
function nextLineFeed(buf: Uint8Array, view: DataView, from: number, end: number): number {
  let i = from
  for (; i + 4 <= end; i += 4) {
    const w = view.getUint32(i, true) ^ 0x0a0a0a0a
    if (((w - 0x01010101) & ~w & 0x80808080) !== 0) break
  }
  while (buf[i] !== NL) i++
  return i
}

/**
 * buf[from, end) is valid UTF-8: all ASCII (checked four bytes at a time, the usual case), else what the strict
 * decoder accepts. `end` is a line end, so no character is cut there.
 */
function validUtf8(buf: Uint8Array, from: number, end: number, strict: InstanceType<typeof TextDecoder>): boolean {
  const base = buf.byteOffset
  const wordFrom = Math.min(end, from + ((4 - ((base + from) & 3)) & 3))
  const wordEnd = wordFrom + ((end - wordFrom) & ~3)
  let high = 0
  for (let i = from; i < wordFrom; i++) high |= buf[i] as number
  for (let i = wordEnd; i < end; i++) high |= buf[i] as number
  if (wordEnd > wordFrom) {
    const words = new Uint32Array(buf.buffer, base + wordFrom, (wordEnd - wordFrom) >> 2)
    for (let i = 0; i < words.length; i++) high |= words[i] as number
  }
  if ((high & 0x80808080) === 0) return true
  try {
    strict.decode(buf.subarray(from, end))
    return true
  } catch {
    return false
  }
}

/** Past up to two UTF-8 byte-order marks at `from` (the text path drops as many). */
function bomEnd(buf: Uint8Array, from: number, end: number): number {
  let p = from
  for (let k = 0; k < 2 && p + 3 <= end && buf[p] === 0xef && buf[p + 1] === 0xbb && buf[p + 2] === 0xbf; k++) p += 3
  return p
}

/**
 * Where the line reader's share starting at the line start `p` ends: just past the next blank line (which closes any
 * record), or `end` when there is none before it. A blank line at `p` is a share of its own.
 */
function afterBlankLine(buf: Uint8Array, p: number, end: number): number {
  if (buf[p] === NL) return p + 1
  for (let nl = buf.indexOf(NL, p); nl !== -1 && nl + 1 < end; nl = buf.indexOf(NL, nl + 1)) {
    if (buf[nl + 1] === NL) return nl + 2
  }
  return end
}

/** Just past the first blank line in bytes[0, end) (its two line ends), or -1. */
function afterFirstBlankLine(bytes: Uint8Array, end: number): number {
  for (let nl = bytes.indexOf(NL); nl !== -1 && nl + 1 < end; nl = bytes.indexOf(NL, nl + 1)) {
    if (bytes[nl + 1] === NL) return nl + 2
  }
  return -1
}

/** Byte `i` of the chunks taken together, or -1 past their end. */
function byteAt(chunks: readonly Uint8Array[], i: number): number {
  let at = i
  for (const c of chunks) {
    if (at < c.length) return c[at] as number
    at -= c.length
  }
  return -1
}
