// shared/core: Electron-free. A finished like or favourite list in columns: times ascending, ids as bytes, a string only when one is asked for.
import { lowerBound } from './analysis/like-history'
import type { DatedVideo } from './snapshot'

/**
 * An immutable list of dated videos, oldest first, ties by id as text (as `<` on the id strings orders them).
 *
 * Why columns: an export holds up to a million likes, and nearly every reader of the list (the summary, the detectors,
 * the verdict, the chart) wants only their times. A row object and an id string per like would be built, copied by
 * every young-generation collection and marked by every full one, for the few rows whose ids are ever shown. Here a
 * like costs a time, an offset, a row index and its digits in flat arrays; `idAt` makes one id on demand and `ids()` makes
 * them all once (a comparison of two exports needs every id).
 *
 * Ids are kept one byte per character, so a character must be at most U+00FF; reader ids are ASCII digits.
 */
export class VideoList implements Iterable<DatedVideo> {
  static readonly EMPTY = new VideoList(new Float64Array(0), new Uint8Array(0), new Int32Array(1), null)

  /** Like times (ms since epoch, UTC), ascending. Read it, never write it: the list is shared. */
  readonly times: Float64Array
  readonly length: number
  // The id columns are # fields: how a list lays out its ids (in what order, with how much spare room) depends on how it
  // was built, so equality checks must see only `times` and, through the iterator, the rows.
  /** Every id's characters back to back, in column order. */
  readonly #chars: Uint8Array
  /** Start of each column row's id in `chars`; column row r's id ends where row r + 1's starts. */
  readonly #starts: Int32Array
  /** The column row of each list row, or null when they are the same: the reader's columns are kept as it filled them. */
  readonly #order: Int32Array | null
  /** Every id as a string, once `ids()` has made them. */
  #ids: string[] | null = null

  private constructor(times: Float64Array, chars: Uint8Array, starts: Int32Array, order: Int32Array | null) {
    this.times = times
    this.length = times.length
    this.#chars = chars
    this.#starts = starts
    this.#order = order
  }

  /**
   * A list over id columns as a reader filled them: list row i is liked at `times[i]` (already in list order: oldest
   * first, ties by id) and its id is column row `order[i]`, whose characters are chars[starts[r], starts[r + 1]).
   * Rows the order leaves out (repeats) are simply never read. The list keeps the arrays; the caller must not change
   * them afterwards.
   */
  static fromSortedColumns(times: Float64Array, chars: Uint8Array, starts: Int32Array, order: Int32Array): VideoList {
    if (order.length !== times.length || starts.length === 0 || starts[0] !== 0) {
      throw new RangeError('Video list columns do not match: one column row per time, and id starts from 0, are needed.')
    }
    for (let i = 0; i < order.length; i++) {
      const r = order[i] as number
      if (!(r >= 0 && r + 1 < starts.length && (starts[r + 1] as number) <= chars.length)) throw new RangeError(`Video list row ${i} names column row ${r}, which has no id.`)
    }
    return times.length === 0 ? VideoList.EMPTY : new VideoList(times, chars, starts, order)
  }

  /**
   * A list of `times[i]` liked as `ids[i]`: copied straight into columns when already in list order (as a list that
   * was written out comes back), otherwise through `fromRows`. The arrays are not kept.
   */
  static fromColumns(times: ArrayLike<number>, ids: readonly string[]): VideoList {
    const n = times.length
    if (ids.length !== n) throw new RangeError(`Video list columns do not match: ${n} times and ${ids.length} ids.`)
    let size = 0
    let inOrder = true
    for (let i = 0; i < n; i++) {
      size += (ids[i] as string).length
      if (i > 0 && inOrder) {
        const step = (times[i] as number) - (times[i - 1] as number)
        if (!(step > 0 || (step === 0 && (ids[i - 1] as string) <= (ids[i] as string)))) inOrder = false
      }
    }
    if (!inOrder) return VideoList.fromRows(Array.from({ length: n }, (_, i) => ({ at: times[i] as number, videoId: ids[i] as string })))
    if (n === 0) return VideoList.EMPTY
    const starts = new Int32Array(n + 1)
    const chars = new Uint8Array(size)
    for (let i = 0, at = 0; i < n; i++) {
      at = writeId(chars, at, ids[i] as string)
      starts[i + 1] = at
    }
    return new VideoList(Float64Array.from(times), chars, starts, null)
  }

  /** The rows as a list: a sorted copy (by time, then id); the rows themselves are not kept. For tests, generated data and stored imports. */
  static fromRows(rows: Iterable<DatedVideo>): VideoList {
    const sorted = [...rows].sort(compareRows)
    const n = sorted.length
    if (n === 0) return VideoList.EMPTY
    const times = new Float64Array(n)
    const starts = new Int32Array(n + 1)
    let size = 0
    for (let i = 0; i < n; i++) {
      const row = sorted[i] as DatedVideo
      times[i] = row.at
      size += row.videoId.length
      starts[i + 1] = size
    }
    const chars = new Uint8Array(size)
    for (let i = 0; i < n; i++) writeId(chars, starts[i] as number, (sorted[i] as DatedVideo).videoId)
    return new VideoList(times, chars, starts, null)
  }

  /** The id of row i (0 ≤ i < length), made now; a 19-digit id (every id TikTok issues today) in one call. */
  idAt(i: number): string {
    this.check(i)
    const cached = this.#ids
    if (cached !== null) return cached[i] as string
    const d = this.#chars
    const r = this.#order === null ? i : (this.#order[i] as number)
    const s = this.#starts[r] as number
    const e = this.#starts[r + 1] as number
    if (e - s === 19) {
      const c = (k: number): number => d[s + k] as number
      return String.fromCharCode(c(0), c(1), c(2), c(3), c(4), c(5), c(6), c(7), c(8), c(9), c(10), c(11), c(12), c(13), c(14), c(15), c(16), c(17), c(18))
    }
    let text = ''
    for (let k = s; k < e; k++) text += String.fromCharCode(d[k] as number)
    return text
  }

  /** Row i as an object (0 ≤ i < length). */
  row(i: number): DatedVideo {
    this.check(i)
    return { at: this.times[i] as number, videoId: this.idAt(i) }
  }

  /** Rows [from, to) as objects, oldest first: for small slices (a burst, an event's first rows), not the whole list. */
  rows(from = 0, to = this.length): DatedVideo[] {
    const a = Math.max(0, Math.min(from, this.length))
    const b = Math.max(a, Math.min(to, this.length))
    const out = new Array<DatedVideo>(b - a)
    for (let i = a; i < b; i++) out[i - a] = { at: this.times[i] as number, videoId: this.idAt(i) }
    return out
  }

  /** Every id in list order, made once and kept (a comparison of two exports looks each one up). */
  ids(): readonly string[] {
    if (this.#ids === null) {
      const ids = new Array<string>(this.length)
      for (let i = 0; i < this.length; i++) ids[i] = this.idAt(i)
      this.#ids = ids
    }
    return this.#ids
  }

  /** The oldest time, or undefined for an empty list. */
  get first(): number | undefined {
    return this.length === 0 ? undefined : this.times[0]
  }

  /** The newest time, or undefined for an empty list. */
  get last(): number | undefined {
    return this.length === 0 ? undefined : this.times[this.length - 1]
  }

  /** The first row whose time is ≥ t (length when none is). */
  indexAtOrAfter(t: number): number {
    return lowerBound(this.times, t)
  }

  /** This list with `extra` rows merged in, in list order (extra rows need not be sorted). */
  withRows(extra: readonly DatedVideo[]): VideoList {
    if (extra.length === 0) return this
    const more = [...extra].sort(compareRows)
    const n = this.length + more.length
    let size = 0
    for (let i = 0; i < this.length; i++) size += this.idLength(i)
    for (const row of more) size += row.videoId.length
    const times = new Float64Array(n)
    const starts = new Int32Array(n + 1)
    const chars = new Uint8Array(size)
    let i = 0
    let j = 0
    let at = 0
    for (let k = 0; k < n; k++) {
      const other = more[j]
      const takeOwn = i < this.length && (other === undefined || this.compareWith(i, other) <= 0)
      if (takeOwn) {
        times[k] = this.times[i] as number
        const s = this.idStart(i)
        const e = s + this.idLength(i)
        for (let c = s; c < e; c++) chars[at++] = this.#chars[c] as number
        i++
      } else {
        const row = other as DatedVideo
        times[k] = row.at
        at = writeId(chars, at, row.videoId)
        j++
      }
      starts[k + 1] = at
    }
    return new VideoList(times, chars, starts, null)
  }

  *[Symbol.iterator](): Iterator<DatedVideo> {
    for (let i = 0; i < this.length; i++) yield { at: this.times[i] as number, videoId: this.idAt(i) }
  }

  /** Orders row i against a row object as the list orders rows: by time, then by id as text. */
  private compareWith(i: number, row: DatedVideo): number {
    const t = (this.times[i] as number) - row.at
    if (t !== 0) return t
    const d = this.#chars
    const s = this.idStart(i)
    const len = this.idLength(i)
    const id = row.videoId
    const n = Math.min(len, id.length)
    for (let k = 0; k < n; k++) {
      const diff = (d[s + k] as number) - id.charCodeAt(k)
      if (diff !== 0) return diff
    }
    return len - id.length
  }

  /** Where list row i's id starts in `chars`. */
  private idStart(i: number): number {
    return this.#starts[this.#order === null ? i : (this.#order[i] as number)] as number
  }

  /** How many characters list row i's id has. */
  private idLength(i: number): number {
    const r = this.#order === null ? i : (this.#order[i] as number)
    return (this.#starts[r + 1] as number) - (this.#starts[r] as number)
  }

  private check(i: number): void {
    if (!(i >= 0 && i < this.length && Number.isInteger(i))) throw new RangeError(`Row ${i} is outside a list of ${this.length}.`)
  }
}

/** Writes an id's characters into `chars` from `at`; returns where the next id starts. */
function writeId(chars: Uint8Array, at: number, id: string): number {
  for (let c = 0; c < id.length; c++) {
    const code = id.charCodeAt(c)
    if (code > 0xff) throw new RangeError(`A video id must be digits; "${id.slice(0, 40)}" holds other characters.`)
    chars[at + c] = code
  }
  return at + id.length
}

/** By time, then by id as text. */
function compareRows(a: DatedVideo, b: DatedVideo): number {
  return a.at - b.at || (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0)
}
