// shared/core: Electron-free. Streaming JSON reader for exports of any size: walks objects itself, hands array items to consumers in natively parsed batches.
//
// Why not JSON.parse: a 700 MB export is past V8's ~512 MB string limit, and materialising millions of
// watch-history objects costs gigabytes. Why not a per-token JS parser: too slow for hundreds of MB.
// So this walker scans bytes, descends into objects (the small part of an export), and for every array
// finds element boundaries with a tight byte loop and parses whole runs of elements with one native
// JSON.parse. Memory stays bounded by the batch size, not the file size.
import { FlatTemplate, TEMPLATE_MISS } from './flat-template'
import { ReadError } from './read-error'
import { concatBytes } from '../bytes'

/** Receives parsed items of one array, in batches, in file order. */
export type ItemConsumer = (items: unknown[]) => void

/**
 * An array consumer that may take elements straight from their bytes, skipping decode and JSON.parse: for the
 * lists that are most of a large export (watch history, then likes), where building millions of objects only to
 * read one or two fields costs more than inflating the file. The walker offers every element that is a flat object of plain
 * string members (see `flat`); whatever it declines, and every other element, is parsed as usual and passed to
 * `items`, so nothing is lost and odd entries keep the generic behaviour.
 */
export interface ByteItemConsumer {
  /**
   * Parsed elements the byte path did not take, in file order within a batch. `batchFirst` says items[0] is the
   * first element of one of the walker's batches (what a plain ItemConsumer sees as items[0]).
   */
  items(items: unknown[], batchFirst: boolean): void
  /**
   * Offered an element that is a flat object whose keys and values are all strings of printable ASCII without
   * escapes (so its bytes are exactly its text, and it is valid JSON). `members` holds `count` groups of
   * (keyStart, keyEnd, valueStart, valueEnd): offsets into `buf` inside the quotes. Returns true when it took the
   * element; false has it parsed and passed to `items`. `batchFirst` as for `items`.
   */
  flat(buf: Uint8Array, members: Int32Array, count: number, batchFirst: boolean): boolean
}

/** Decides, when an array opens, who consumes its items; `path` holds the object keys from the root. Null keeps a sample in the tree. */
export type ArrayRouter = (path: readonly string[]) => ItemConsumer | ByteItemConsumer | null

export interface JsonStreamLimits {
  /** Object/array nesting the walker descends through (each level is a frame). */
  maxDepth: number
  /** Nesting allowed inside one array element. */
  maxElementDepth: number
  /** Largest single array element or scalar, in bytes. */
  maxTokenBytes: number
  /** Scalars kept in the object tree; past this, values are counted but not kept. */
  maxTreeValues: number
  /** Items an array without a consumer keeps in the tree. */
  maxSampleItems: number
}

export const DEFAULT_JSON_LIMITS: JsonStreamLimits = {
  maxDepth: 256,
  maxElementDepth: 512,
  maxTokenBytes: 64 * 1024 * 1024,
  maxTreeValues: 1_000_000,
  maxSampleItems: 64,
}

/** Null-prototype object built from JSON objects outside arrays: keys are user data, so no inherited names. */
export type JsonTree = Record<string, unknown>

/** Stands in the tree for an array that went to a consumer. */
export class ConsumedArray {
  constructor(public length: number) {}
}

const enum Mode {
  Value,
  ObjectKeyOrEnd,
  ObjectKey,
  Colon,
  AfterValue,
  ArrayItems,
  Done,
}

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LowerE = 101,
  LBrace = 123,
  RBrace = 125,
}

interface ObjectFrame {
  kind: 'object'
  /** The key this object sits under in its parent (null at the root). */
  name: string | null
  node: JsonTree
  /** The key whose value is being read. */
  currentKey: string | null
}

interface ArrayFrame {
  kind: 'array'
  name: string | null
  consumer: ItemConsumer | null
  bytes: ByteItemConsumer | null
  sample: unknown[]
  length: number
  afterComma: boolean
}

type Frame = ObjectFrame | ArrayFrame

const BATCH_BYTES = 1 << 20
/**
 * When a chunk ends inside an entry, this many bytes of the next (at most half of it) are copied behind the cut
 * entry and read first; the rest of that chunk is read in place, so a chunk is copied only when an entry is longer.
 */
const BRIDGE_BYTES = 64 * 1024
/** betweenItems results that are not positions. */
const LIST_CLOSED = -1
const ENTRY_STARTS = -2
/** Flat objects with more members than this are scanned the generic way (watch rows have two or three). */
const MAX_FLAT_MEMBERS = 16
/** flatObjectEnd results that are not an end index. */
const NOT_FLAT = -1
const CUT_OFF = -2
/**
 * An element cut by the buffer end is rescanned flat next time only if this small: a rescan repeats the work, so
 * this bounds it (rows are ~100 bytes; a larger element at a chunk edge just takes the generic path).
 */
const FLAT_RETRY_BYTES = 4 * 1024
/** Integers with more digits than this lose precision as JS numbers (ids, UIDs): keep them as strings. */
const SAFE_DIGITS = 15


const isWhitespace = (c: number): boolean => c === Ch.Space || c === Ch.Lf || c === Ch.Cr || c === Ch.Tab

export interface JsonStreamOutcome {
  root: unknown
  /** Non-whitespace after the first complete value: TikTok sometimes writes the content twice. */
  trailingContent: boolean
  /** Commas before `}` or `]` that were forgiven. */
  trailingCommas: number
  /** Bytes that were not valid UTF-8 and were replaced. */
  replacedBytes: number
  /** Scalars not kept because the tree limit was reached. */
  droppedTreeValues: number
}

export class JsonStreamReader {
  private buf: Uint8Array = new Uint8Array(0)
  private len = 0
  private pos = 0
  /** Absolute offset of buf[0] in the whole input. */
  private base = 0
  private mode: Mode = Mode.Value
  private readonly stack: Frame[] = []
  private root: unknown = undefined
  private started = false
  private trailingContent = false
  private trailingCommas = 0
  private replacedBytes = 0
  private treeValues = 0
  private droppedTreeValues = 0
  /** Resume state of an element scan cut by the end of the buffer (relative to the element start). */
  private resumeAt = 0
  private resumeDepth = 0
  private resumeInString = false
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  private readonly lenient = new TextDecoder('utf-8', { ignoreBOM: true })

  constructor(
    private readonly route: ArrayRouter,
    private readonly limits: JsonStreamLimits = DEFAULT_JSON_LIMITS,
  ) {}

  /**
   * Bytes of the input the walker had passed when it last stopped for more input: inside a push (a router asked
   * about a list that just opened) it may be up to a chunk behind, so what follows it bounds the rest from above.
   */
  get offset(): number {
    return this.base + this.pos
  }

  /** Feeds the next chunk. Returns true once the first top-level value is complete: the caller may stop reading. */
  push(chunk: Uint8Array): boolean {
    if (this.mode === Mode.Done) return true
    if (!this.started) {
      // The first bytes decide the encoding: gather at least four (a chunk may hold fewer).
      const head = concatBytes([this.head, chunk])
      if (head.length < 4) {
        this.head = head
        return false
      }
      this.head = new Uint8Array(0)
      chunk = this.checkStart(head)
    }
    const rest = this.len - this.pos
    const bridge = Math.min(BRIDGE_BYTES, chunk.length >> 1)
    if (rest > 0 && bridge > 0) {
      // The last chunk ended inside an entry. Rather than copy the whole new chunk behind it, read on through a copy
      // of only its first bytes, then move into the chunk itself once the unread part lies wholly inside it.
      this.append(chunk.subarray(0, bridge))
      this.run(false)
      if ((this.mode as Mode) === Mode.Done) return true
      if (this.pos >= rest) {
        this.base += rest
        this.pos -= rest
        this.spare = this.buf
        this.useInPlace(chunk)
      } else this.append(chunk.subarray(bridge))
    } else this.append(chunk)
    this.run(false)
    return (this.mode as Mode) === Mode.Done
  }

  /** Signals the end of input and returns what was read. */
  finish(): JsonStreamOutcome {
    if (!this.started && this.head.length > 0) {
      const head = this.head
      this.head = new Uint8Array(0)
      this.append(this.checkStart(head))
    }
    if (this.mode !== Mode.Done) {
      this.run(true)
      if (this.stack.length === 0 && this.root !== undefined) this.mode = Mode.Done
    }
    if ((this.mode as Mode) !== Mode.Done) {
      if (!this.started || (this.stack.length === 0 && this.root === undefined && this.restIsWhitespace())) {
        throw new ReadError('BAD_JSON', 'The file is empty.', this.base + this.pos)
      }
      throw new ReadError('BAD_JSON', 'The file ends in the middle of the data (it may be cut off).', this.base + this.len)
    }
    return {
      root: this.root,
      trailingContent: this.trailingContent,
      trailingCommas: this.trailingCommas,
      replacedBytes: this.replacedBytes,
      droppedTreeValues: this.droppedTreeValues,
    }
  }

  private head: Uint8Array = new Uint8Array(0)

  private restIsWhitespace(): boolean {
    for (let i = this.pos; i < this.len; i++) if (!isWhitespace(this.buf[i] as number)) return false
    return true
  }

  /** Strips a UTF-8 BOM and refuses UTF-16, whose zero bytes would otherwise read as garbage. */
  private checkStart(chunk: Uint8Array): Uint8Array {
    if (chunk.length === 0) return chunk
    const b0 = chunk[0] as number
    const b1 = chunk.length > 1 ? (chunk[1] as number) : -1
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || b0 === 0 || b1 === 0) {
      throw new ReadError('BAD_ENCODING', 'The file is in UTF-16; TikTok writes UTF-8.')
    }
    this.started = true
    if (b0 === 0xef && b1 === 0xbb && chunk[2] === 0xbf) {
      this.base += 3
      return chunk.subarray(3)
    }
    return chunk
  }

  /** Appends a chunk after the unread rest of the buffer. A caller's chunk is used in place but never written into. */
  private append(chunk: Uint8Array): void {
    const rest = this.len - this.pos
    this.base += this.pos
    if (rest === 0) {
      this.pos = 0
      this.useInPlace(chunk)
      return
    }
    const needed = rest + chunk.length
    if (this.owned && needed <= this.buf.length) {
      this.buf.copyWithin(0, this.pos, this.len)
    } else {
      const spare = this.spare
      const next = !this.owned && spare !== null && needed <= spare.length ? spare : new Uint8Array(Math.max(needed, this.owned ? this.buf.length * 2 : 0, 1 << 16))
      this.spare = null
      next.set(this.buf.subarray(this.pos, this.len), 0)
      this.buf = next
      this.owned = true
    }
    this.buf.set(chunk, rest)
    this.len = needed
    this.pos = 0
  }

  /** Reads on in the caller's chunk itself, from `pos`, without copying it. */
  private useInPlace(chunk: Uint8Array): void {
    // A plain Uint8Array view of the caller's bytes: Node hands Buffers, our own buffer is a Uint8Array, and one
    // shape keeps the byte loops optimised instead of deoptimising on the other.
    this.buf = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    this.owned = false
    this.len = chunk.length
  }

  /** Whether `buf` is our own allocation (reusable) or the caller's chunk (read-only). */
  private owned = false
  /** Our own buffer, kept for reuse while `buf` is a caller's chunk. */
  private spare: Uint8Array | null = null

  private fail(detail: string, at = this.pos): never {
    throw new ReadError('BAD_JSON', detail, this.base + at)
  }

  private decode(start: number, end: number): string {
    const bytes = this.buf.subarray(start, end)
    try {
      return this.strict.decode(bytes)
    } catch {
      const text = this.lenient.decode(bytes)
      let replaced = 0
      for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++
      this.replacedBytes += replaced
      return text
    }
  }

  private run(final: boolean): void {
    const buf = this.buf
    const len = this.len
    let pos = this.pos
    try {
      while (true) {
        if (this.mode === Mode.ArrayItems) {
          pos = this.readItems(pos, final)
          if (this.mode === Mode.ArrayItems) return
          continue
        }
        while (pos < len && isWhitespace(buf[pos] as number)) pos++
        if (pos >= len) return
        const c = buf[pos] as number
        switch (this.mode) {
          case Mode.Value: {
            if (c === Ch.LBrace) {
              this.openFrame({ kind: 'object', name: null, node: Object.create(null) as JsonTree, currentKey: null })
              this.mode = Mode.ObjectKeyOrEnd
              pos++
            } else if (c === Ch.LBracket) {
              const consumer = this.route(this.childPath())
              const itemConsumer = typeof consumer === 'function' ? consumer : null
              const bytes = consumer !== null && typeof consumer === 'object' ? consumer : null
              this.openFrame({ kind: 'array', name: null, consumer: itemConsumer, bytes, sample: [], length: 0, afterComma: false })
              this.mode = Mode.ArrayItems
              pos++
            } else {
              const end = c === Ch.Quote ? this.stringEnd(pos) : this.literalEnd(pos, final)
              if (end < 0) return
              this.setValue(this.parseScalar(pos, end))
              pos = end
            }
            break
          }
          case Mode.ObjectKeyOrEnd:
          case Mode.ObjectKey: {
            const frame = this.stack[this.stack.length - 1] as ObjectFrame
            if (c === Ch.RBrace) {
              if (this.mode === Mode.ObjectKey) this.trailingCommas++
              pos++
              this.closeFrame()
              break
            }
            if (c !== Ch.Quote) this.fail('A name in quotes was expected here.', pos)
            const end = this.stringEnd(pos)
            if (end < 0) return
            frame.currentKey = this.parseKey(pos, end)
            pos = end
            this.mode = Mode.Colon
            break
          }
          case Mode.Colon:
            if (c !== Ch.Colon) this.fail('A colon was expected here.', pos)
            pos++
            this.mode = Mode.Value
            break
          case Mode.AfterValue: {
            const frame = this.stack[this.stack.length - 1]
            if (frame === undefined) {
              this.trailingContent = true
              this.mode = Mode.Done
              return
            }
            // Only objects reach AfterValue: array items are handled by readItems.
            if (c === Ch.Comma) {
              pos++
              this.mode = Mode.ObjectKey
            } else if (c === Ch.RBrace) {
              pos++
              this.closeFrame()
            } else this.fail('A comma or a closing brace was expected here.', pos)
            break
          }
          case Mode.Done:
            return
        }
      }
    } finally {
      if (this.mode !== Mode.ArrayItems) this.pos = pos
    }
  }

  /** Object keys from the root down to the value about to be read. */
  private childPath(): string[] {
    const keys: string[] = []
    for (const f of this.stack) if (f.name !== null) keys.push(f.name)
    const top = this.stack[this.stack.length - 1]
    if (top !== undefined && top.kind === 'object' && top.currentKey !== null) keys.push(top.currentKey)
    return keys
  }

  private openFrame(frame: Frame): void {
    if (this.stack.length >= this.limits.maxDepth) {
      throw new ReadError('BAD_SHAPE', 'The data is nested far deeper than any TikTok export.', this.base + this.pos)
    }
    const parent = this.stack[this.stack.length - 1]
    if (parent !== undefined && parent.kind === 'object') frame.name = parent.currentKey
    this.stack.push(frame)
  }

  private closeFrame(): void {
    const frame = this.stack.pop() as Frame
    const value = frame.kind === 'object' ? frame.node : frame.consumer || frame.bytes ? new ConsumedArray(frame.length) : frame.sample
    this.setValue(value)
  }

  private setValue(value: unknown): void {
    const frame = this.stack[this.stack.length - 1]
    this.mode = Mode.AfterValue
    if (frame === undefined) {
      this.root = value
      return
    }
    if (frame.kind !== 'object' || frame.currentKey === null) return
    if (this.treeValues >= this.limits.maxTreeValues && (typeof value !== 'object' || value === null)) {
      this.droppedTreeValues++
      return
    }
    this.treeValues++
    frame.node[frame.currentKey] = value
  }

  /** Index just past the closing quote of the string starting at `start`, or -1 if the buffer ends first. */
  private stringEnd(start: number): number {
    const buf = this.buf
    let j = buf.indexOf(Ch.Quote, start + 1)
    while (j !== -1 && j < this.len) {
      let k = j - 1
      while (buf[k] === Ch.Backslash) k--
      if ((j - k) % 2 === 1) return j + 1
      j = buf.indexOf(Ch.Quote, j + 1)
    }
    if (this.len - start > this.limits.maxTokenBytes) {
      throw new ReadError('ARCHIVE_TOO_COMPLEX', 'One text value is larger than any TikTok export holds.', this.base + start)
    }
    return -1
  }

  /** End of a number or literal (true/false/null), or -1 if it may continue in the next chunk. */
  private literalEnd(start: number, final: boolean): number {
    const buf = this.buf
    let i = start
    while (i < this.len) {
      const c = buf[i] as number
      if (c === Ch.Comma || c === Ch.RBrace || c === Ch.RBracket || isWhitespace(c)) break
      i++
    }
    if (i === this.len && !final) return -1
    if (i === start) this.fail('A value was expected here.', start)
    return i
  }

  private parseKey(start: number, end: number): string {
    return this.parseScalar(start, end) as string
  }

  private parseScalar(start: number, end: number): unknown {
    const text = this.decode(start, end)
    const c = this.buf[start] as number
    if ((c === Ch.Minus || (c >= Ch.Zero && c <= Ch.Nine)) && /^-?\d+$/.test(text) && text.replace('-', '').length > SAFE_DIGITS) return text
    try {
      return JSON.parse(text) as unknown
    } catch {
      return this.fail('This value is not valid JSON.', start)
    }
  }

  /** The buffer ran out inside a list: deliver the complete entries and wait for more, or fail when no more comes. */
  private outOfBuffer(frame: ArrayFrame, pos: number, final: boolean): number {
    this.flushBatch(frame)
    this.pos = pos
    if (final) this.fail('The file ends inside a list (it may be cut off).', this.len)
    return pos
  }

  /**
   * What stands between list entries: `]` closes the list (LIST_CLOSED), a comma is consumed (the position after it),
   * anything else must start an entry (ENTRY_STARTS). Shared by the parsed and the byte-level entry loops.
   */
  private betweenItems(frame: ArrayFrame, c: number, pos: number): number {
    if (c === Ch.RBracket) {
      if (frame.afterComma) this.trailingCommas++
      this.flushBatch(frame)
      this.pos = pos + 1
      this.closeFrame()
      return LIST_CLOSED
    }
    if ((frame.length > 0 || this.batchCount > 0) && !frame.afterComma) {
      if (c !== Ch.Comma) {
        this.flushBatch(frame)
        this.pos = pos
        this.fail('A comma or a closing bracket was expected here.', pos)
      }
      frame.afterComma = true
      return pos + 1
    }
    return ENTRY_STARTS
  }

  /**
   * The hot loop: finds array elements, batches complete ones, and parses each batch with one JSON.parse.
   * Returns the new position; leaves `mode` as ArrayItems when the buffer ran out.
   */
  private readItems(pos: number, final: boolean): number {
    const buf = this.buf
    const len = this.len
    const frame = this.stack[this.stack.length - 1] as ArrayFrame
    if (frame.bytes !== null) return this.readItemBytes(pos, final, frame, frame.bytes)
    // Batch state lives on the instance, not in a closure: a closure made per call defeats V8's inlining and
    // deoptimises on every new instance, which costs most on small files that never get warm.
    this.batchStart = -1
    this.batchCount = 0
    this.batchBigInts = null
    while (true) {
      while (pos < len && isWhitespace(buf[pos] as number)) pos++
      if (pos >= len) break
      const next = this.betweenItems(frame, buf[pos] as number, pos)
      if (next === LIST_CLOSED) return pos + 1
      if (next !== ENTRY_STARTS) {
        pos = next
        continue
      }
      const end = this.elementEnd(pos, final)
      if (end < 0) break
      if (this.pendingBigInts !== null) {
        this.batchBigInts ??= []
        for (const rel of this.pendingBigInts) this.batchBigInts.push(pos + rel)
        this.pendingBigInts = null
      }
      if (this.batchStart < 0) this.batchStart = pos
      this.batchEnd = end
      this.batchCount++
      frame.afterComma = false
      pos = end
      if (end - this.batchStart >= BATCH_BYTES) this.flushBatch(frame)
    }
    return this.outOfBuffer(frame, pos, final)
  }

  /** The batch being gathered by readItems / readItemBytes: first byte, end, element count, digit runs to quote. */
  private batchStart = -1
  private batchEnd = -1
  private batchCount = 0
  private batchBigInts: number[] | null = null
  /**
   * readItemBytes: runs of adjacent declined elements in the batch, as (start, end, first-of-batch 1/0,
   * index into runBigInts or -1), and whether the last element was declined (so the next one extends its run).
   */
  private readonly runs: number[] = []
  private runBigInts: number[][] | null = null
  private inRun = false

  private flushBatch(frame: ArrayFrame): void {
    const start = this.batchStart
    if (start < 0) return
    const count = this.batchCount
    this.batchStart = -1
    this.batchCount = 0
    if (frame.bytes === null) {
      const bigInts = this.batchBigInts
      this.batchBigInts = null
      this.deliver(frame, start, this.batchEnd, bigInts, count)
      return
    }
    frame.length += count
    const runs = this.runs
    const runBigInts = this.runBigInts
    this.runBigInts = null
    this.inRun = false
    for (let r = 0; r < runs.length; r += 4) {
      const big = runs[r + 3] as number
      const items = this.parseRun(runs[r] as number, runs[r + 1] as number, big < 0 || runBigInts === null ? null : (runBigInts[big] ?? null))
      frame.bytes.items(items, runs[r + 2] === 1)
    }
    runs.length = 0
  }

  /**
   * readItems for a ByteItemConsumer. Batches are cut exactly where readItems cuts them (same `batchFirst`
   * elements, same error order): elements the consumer declines are kept as runs of adjacent elements and
   * parsed, one JSON.parse per run, when the batch is flushed.
   */
  private readItemBytes(pos: number, final: boolean, frame: ArrayFrame, consumer: ByteItemConsumer): number {
    const buf = this.buf
    const len = this.len
    const members = this.members
    const runs = this.runs
    const view = this.viewOf(buf)
    this.batchStart = -1
    this.batchCount = 0
    this.runs.length = 0
    this.runBigInts = null
    this.inRun = false
    while (true) {
      while (pos < len && isWhitespace(buf[pos] as number)) pos++
      if (pos >= len) break
      const next = this.betweenItems(frame, buf[pos] as number, pos)
      if (next === LIST_CLOSED) return pos + 1
      if (next !== ENTRY_STARTS) {
        pos = next
        continue
      }
      // A flat scan only starts fresh: an element whose generic scan was cut by the buffer end resumes in elementEnd.
      let end = NOT_FLAT
      if (buf[pos] === Ch.LBrace && this.resumeAt === 0) {
        // Most entries have the layout of the flat entry before them: matched as words, not scanned byte by byte.
        end = this.template.match(buf, view, pos, len, members)
        if (end !== TEMPLATE_MISS) this.memberCount = this.template.count
        else {
          end = this.flatObjectEnd(pos)
          if (end > 0) this.template.learn(buf, pos, end, members, this.memberCount)
        }
      }
      // A small element cut by the buffer end waits for the next chunk and is scanned flat again, so row
      // order and the fast path survive chunk edges; a large one (and the last chunk's) takes the resumable
      // generic scan, which also raises its size and cut-off errors exactly where readItems would.
      if (end === CUT_OFF && !final && len - pos <= FLAT_RETRY_BYTES && len - pos <= this.limits.maxTokenBytes) break
      if (end > 0 && consumer.flat(buf, members, this.memberCount, this.batchCount === 0)) {
        this.inRun = false
      } else {
        if (end < 0) end = this.elementEnd(pos, final)
        if (end < 0) break
        if (this.inRun) runs[runs.length - 3] = end
        else {
          runs.push(pos, end, this.batchCount === 0 ? 1 : 0, -1)
          this.inRun = true
        }
        if (this.pendingBigInts !== null) {
          const runBigInts = (this.runBigInts ??= [])
          let at = runs[runs.length - 1] as number
          if (at < 0) {
            at = runBigInts.length
            runBigInts.push([])
            runs[runs.length - 1] = at
          }
          const list = runBigInts[at] as number[]
          for (const rel of this.pendingBigInts) list.push(pos + rel)
          this.pendingBigInts = null
        }
      }
      if (this.batchStart < 0) this.batchStart = pos
      this.batchCount++
      frame.afterComma = false
      pos = end
      if (end - this.batchStart >= BATCH_BYTES) this.flushBatch(frame)
    }
    return this.outOfBuffer(frame, pos, final)
  }

  /** The layout of the last flat entry, which the next entries are matched against. */
  private readonly template = new FlatTemplate(MAX_FLAT_MEMBERS)
  /** A DataView of `viewBuf`, for the template's word reads; made again when the buffer changes. */
  private view: DataView = new DataView(new ArrayBuffer(0))
  private viewBuf: Uint8Array | null = null

  private viewOf(buf: Uint8Array): DataView {
    if (this.viewBuf !== buf) {
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
      this.viewBuf = buf
    }
    return this.view
  }

  /** Member offsets of the last flat object scanned (see ByteItemConsumer.flat), and how many members it had. */
  private readonly members = new Int32Array(4 * MAX_FLAT_MEMBERS)
  private memberCount = 0

  /**
   * End of the object starting at `start` if it is flat (only string members, printable ASCII, no escapes);
   * NOT_FLAT for anything else, CUT_OFF when the buffer ends first. A flat object is valid JSON as it stands.
   */
  private flatObjectEnd(start: number): number {
    const buf = this.buf
    const len = this.len
    const members = this.members
    let n = 0
    let i = start + 1
    // `buf` may be longer than `len` (a reused buffer): every read below is bounded by `len`.
    while (i < len && isWhitespace(buf[i] as number)) i++
    if (i >= len) return CUT_OFF
    if (buf[i] === Ch.RBrace) {
      this.memberCount = 0
      return i + 1
    }
    while (n < MAX_FLAT_MEMBERS) {
      if (buf[i] !== Ch.Quote) return NOT_FLAT
      const keyStart = ++i
      i = this.plainStringEnd(i)
      if (i < 0) return i
      const keyEnd = i++
      while (i < len && isWhitespace(buf[i] as number)) i++
      if (i >= len) return CUT_OFF
      if (buf[i] !== Ch.Colon) return NOT_FLAT
      i++
      while (i < len && isWhitespace(buf[i] as number)) i++
      if (i >= len) return CUT_OFF
      if (buf[i] !== Ch.Quote) return NOT_FLAT
      const valueStart = ++i
      i = this.plainStringEnd(i)
      if (i < 0) return i
      const at = 4 * n++
      members[at] = keyStart
      members[at + 1] = keyEnd
      members[at + 2] = valueStart
      members[at + 3] = i++
      while (i < len && isWhitespace(buf[i] as number)) i++
      if (i >= len) return CUT_OFF
      const c = buf[i] as number
      if (c === Ch.RBrace) {
        this.memberCount = n
        return i + 1
      }
      if (c !== Ch.Comma) return NOT_FLAT
      i++
      while (i < len && isWhitespace(buf[i] as number)) i++
      if (i >= len) return CUT_OFF
    }
    return NOT_FLAT
  }

  /**
   * Index of the closing quote of a string body starting at `i` that holds only printable ASCII without
   * escapes; NOT_FLAT for anything else (escapes, control characters, non-ASCII: such strings need JSON.parse
   * and UTF-8 decoding), CUT_OFF at the buffer end.
   */
  private plainStringEnd(i: number): number {
    const buf = this.buf
    const len = this.len
    for (; i < len; i++) {
      const c = buf[i] as number
      if (c === Ch.Quote) return i
      if (c < Ch.Space || c >= 0x7f || c === Ch.Backslash) return NOT_FLAT
    }
    return CUT_OFF
  }

  /** Digit runs inside the element being scanned that must be quoted: (start, end) pairs relative to the element start, so they survive a buffer refill. */
  private pendingBigInts: number[] | null = null
  private elemStart = 0

  /** End index of the element starting at `start`, or -1 if the buffer ends first (the scan resumes later). */
  private elementEnd(start: number, final: boolean): number {
    const buf = this.buf
    const len = this.len
    const first = buf[start] as number
    this.elemStart = start
    if (first === Ch.Quote) {
      const end = this.stringEnd(start)
      return end < 0 && final ? this.fail('The file ends inside a text value.', start) : end
    }
    if (first !== Ch.LBrace && first !== Ch.LBracket) {
      const end = this.literalEnd(start, final)
      if (end > 0) this.noteBigInt(start, end)
      return end
    }
    let i = this.resumeAt > 0 ? start + this.resumeAt : start
    let depth = this.resumeAt > 0 ? this.resumeDepth : 0
    let inString = this.resumeAt > 0 && this.resumeInString
    this.resumeAt = 0
    let digitStart = -1
    while (i < len) {
      if (inString) {
        let j = buf.indexOf(Ch.Quote, i)
        while (j !== -1 && j < len) {
          let k = j - 1
          while (buf[k] === Ch.Backslash) k--
          if ((j - k) % 2 === 1) break
          j = buf.indexOf(Ch.Quote, j + 1)
        }
        if (j === -1 || j >= len) {
          i = len
          break
        }
        inString = false
        i = j + 1
        continue
      }
      const c = buf[i] as number
      if (c >= Ch.Zero && c <= Ch.Nine) {
        if (digitStart < 0) digitStart = i
        i++
        continue
      }
      if (digitStart >= 0) {
        if (i - digitStart > SAFE_DIGITS) this.noteDigitRun(digitStart, i)
        digitStart = -1
      }
      if (c === Ch.Quote) inString = true
      else if (c === Ch.LBrace || c === Ch.LBracket) {
        depth++
        if (depth > this.limits.maxElementDepth) {
          throw new ReadError('BAD_SHAPE', 'The data is nested far deeper than any TikTok export.', this.base + i)
        }
      } else if (c === Ch.RBrace || c === Ch.RBracket) {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    if (i - start > this.limits.maxTokenBytes) {
      throw new ReadError('ARCHIVE_TOO_COMPLEX', 'One list entry is larger than any TikTok export holds.', this.base + start)
    }
    if (final) this.fail('The file ends inside a list entry (it may be cut off).', start)
    // Resume from a safe point: the start of the digit run or string we were in, so nothing is missed.
    const safe = digitStart >= 0 ? digitStart : i
    this.resumeAt = safe - start
    this.resumeDepth = depth
    this.resumeInString = inString
    return -1
  }

  private noteBigInt(start: number, end: number): void {
    let s = start
    if (this.buf[s] === Ch.Minus) s++
    for (let i = s; i < end; i++) {
      const c = this.buf[i] as number
      if (c < Ch.Zero || c > Ch.Nine) return
    }
    if (end - s > SAFE_DIGITS) this.noteDigitRun(start, end)
  }

  /** Marks an integer literal too long for a JS number; fractions and exponents are left alone. */
  private noteDigitRun(start: number, end: number): void {
    const buf = this.buf
    const before = buf[start - 1]
    const after = buf[end]
    if (before === Ch.Dot || before === Ch.UpperE || before === Ch.LowerE || before === Ch.Plus) return
    if (after === Ch.Dot || after === Ch.UpperE || after === Ch.LowerE) return
    if (before === Ch.Minus) start--
    this.pendingBigInts ??= []
    this.pendingBigInts.push(start - this.elemStart, end - this.elemStart)
  }

  private deliver(frame: ArrayFrame, start: number, end: number, bigInts: number[] | null, count: number): void {
    const items = this.parseRun(start, end, bigInts)
    frame.length += count
    if (frame.consumer) frame.consumer(items)
    else {
      for (const item of items) {
        if (frame.sample.length >= this.limits.maxSampleItems) break
        frame.sample.push(item)
      }
    }
  }

  /** Parses adjacent elements buf[start, end) with one JSON.parse; `bigInts` are absolute digit-run pairs to quote. */
  private parseRun(start: number, end: number, bigInts: number[] | null): unknown[] {
    let text: string
    if (bigInts === null) text = this.decode(start, end)
    else {
      const parts: string[] = []
      let at = start
      for (let i = 0; i < bigInts.length; i += 2) {
        const s = bigInts[i] as number
        const e = bigInts[i + 1] as number
        parts.push(this.decode(at, s), '"', this.decode(s, e), '"')
        at = e
      }
      parts.push(this.decode(at, end))
      text = parts.join('')
    }
    let items: unknown[]
    try {
      items = JSON.parse(`[${text}]`) as unknown[]
    } catch (e) {
      // A hand-edited entry (`"NetworkType": "Wi-Fi",\n}`): forgive commas before `}`/`]`, as between entries. Error path only.
      const repaired = withoutTrailingCommas(text)
      if (repaired !== null) {
        try {
          items = JSON.parse(`[${repaired.text}]`) as unknown[]
          this.trailingCommas += repaired.removed
          return items
        } catch {
          // Not only stray commas: report the original fault below.
        }
      }
      const m = /position (\d+)/.exec(e instanceof Error ? e.message : '')
      const charPos = m ? Math.max(0, Number(m[1]) - 1) : 0
      const bytePos = new TextEncoder().encode(text.slice(0, charPos)).length
      throw new ReadError('BAD_JSON', 'A list entry is not valid JSON.', this.base + start + Math.min(bytePos, end - start))
    }
    return items
  }
}

/**
 * `text` without commas that stand (after white space) right before `}` or `]` outside strings, and how many were
 * removed; null when there are none, so the caller keeps its original error.
 */
export function withoutTrailingCommas(text: string): { text: string; removed: number } | null {
  const parts: string[] = []
  let from = 0
  let removed = 0
  let inString = false
  let pendingComma = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === Ch.Backslash) i++
      else if (c === Ch.Quote) inString = false
      continue
    }
    if (c === Ch.Quote) {
      inString = true
      pendingComma = -1
    } else if (c === Ch.Comma) pendingComma = i
    else if (c === Ch.RBrace || c === Ch.RBracket) {
      if (pendingComma >= 0) {
        parts.push(text.slice(from, pendingComma))
        from = pendingComma + 1
        removed++
      }
      pendingComma = -1
    } else if (!isWhitespace(c)) pendingComma = -1
  }
  if (removed === 0) return null
  parts.push(text.slice(from))
  return { text: parts.join(''), removed }
}
