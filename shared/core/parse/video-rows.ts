// shared/core: Electron-free. A like or favourite list while it is read: rows kept in typed columns (no object or string per like), one row per video when asked, handed on sorted oldest first as a VideoList (a comparator sort only when the file was out of order).
import { VideoList } from '../video-list'
import { releaseMemory } from './release-memory'

/** FNV-1a, step by step, so the byte path can hash an id while it scans its digits. */
export const ID_HASH_SEED = 0x811c9dc5 | 0
export const idHashStep = (hash: number, charCode: number): number => Math.imul(hash ^ charCode, 0x01000193)

/** Rows the columns start with. */
const MIN_ROWS = 1 << 10

/**
 * How much a full column grows by. Each growth copies the column into fresh pages, and a fresh page costs a fault:
 * growing fourfold copies a third of the final size in all, doubling the whole of it. The room not yet used is never
 * written, so it takes no memory.
 */
const GROWTH = 4

/** Digits of a TikTok video id (7…, 19 digits since 2020): what `expect` sizes the digit column by. */
const TIKTOK_ID_DIGITS = 19

/** Runs of equal times up to this long are ordered by insertion, in place. */
const SMALL_RUN = 16

/** Bits of the hash each counting pass of the duplicate search orders by (three passes cover 32 bits). */
const RADIX_BITS = 11

/**
 * Why columns: a like list runs to a million rows, and an object and a string per row, made while the file streams
 * by, are copied by every young-generation collection and marked by every full one while the heap grows. Kept
 * here, a row costs a time, an offset, a hash and its digits in flat arrays, and the objects are made once, at
 * the end, in the order the snapshot wants.
 */
export class VideoRows {
  private times = new Float64Array(MIN_ROWS)
  /** Start of each id in `digits`. An id's end is the next id's start. */
  private starts = new Int32Array(MIN_ROWS + 1)
  /** With `unique`: each row's id hash, by which repeated videos are found once the list is complete. */
  private hashes = new Int32Array(0)
  /** Every id's characters back to back (ASCII digits, so one byte each). */
  private digits = new Uint8Array(MIN_ROWS * 20)
  /** Rows added, repeats included. */
  private count = 0
  /** 1 for a row left out as a repeat of a newer row of its video; made by `dropRepeats`. */
  private dropped: Uint8Array | null = null
  private dropCount = 0

  /** `unique`: a video listed twice keeps one row, the newest (a like list holds one entry per video). */
  constructor(private readonly unique: boolean) {
    if (unique) this.hashes = new Int32Array(MIN_ROWS)
  }

  /** Rows dropped because their video was listed already (the list is complete when this is asked). */
  get duplicates(): number {
    this.dropRepeats()
    return this.dropCount
  }

  /** Adds a row whose id is the ASCII digits buf[start, end); `hash` is their FNV-1a (idHashStep from ID_HASH_SEED). */
  addBytes(at: number, buf: Uint8Array, start: number, end: number, hash: number): void {
    const from = this.reserve(end - start)
    // A byte loop, not set(subarray): a view per like is the very allocation these columns avoid.
    const digits = this.digits
    for (let i = start; i < end; i++) digits[from + i - start] = buf[i] as number
    this.commit(at, from, end - start, hash)
  }

  /** Adds a row whose id is text (the parsed and TXT paths); ids are ASCII digits. */
  add(at: number, videoId: string): void {
    const from = this.reserve(videoId.length)
    let hash = ID_HASH_SEED
    for (let i = 0; i < videoId.length; i++) {
      const c = videoId.charCodeAt(i)
      this.digits[from + i] = c
      hash = idHashStep(hash, c)
    }
    this.commit(at, from, videoId.length, hash)
  }

  /**
   * Sizes the columns for `rows` rows of 19-digit ids before they come, so they are written once instead of copied
   * at each growth. Room never written takes no memory.
   */
  expect(rows: number): void {
    if (rows <= this.times.length) return
    this.times = grow(this.times, rows)
    this.starts = grow(this.starts, rows + 1)
    if (this.unique) this.hashes = grow(this.hashes, rows)
    if (rows * TIKTOK_ID_DIGITS > this.digits.length) this.digits = grow(this.digits, rows * TIKTOK_ID_DIGITS)
  }

  /** Makes room for one more row with an id of `idLength` bytes; returns where the id goes. */
  private reserve(idLength: number): number {
    const n = this.count
    if (n === this.times.length) {
      this.times = grow(this.times, GROWTH * n)
      this.starts = grow(this.starts, GROWTH * n + 1)
      if (this.unique) this.hashes = grow(this.hashes, GROWTH * n)
    }
    const from = this.starts[n] as number
    if (from + idLength > this.digits.length) this.digits = grow(this.digits, Math.max(GROWTH * this.digits.length, from + idLength))
    return from
  }

  /** Records the row whose id was just written at `from`. */
  private commit(at: number, from: number, idLength: number, hash: number): void {
    const n = this.count
    this.times[n] = at
    this.starts[n + 1] = from + idLength
    if (this.unique) this.hashes[n] = hash
    this.count = n + 1
  }

  /**
   * With `unique`, once: marks every row whose video has a newer row (or an equal one listed earlier) as dropped.
   * Repeats are found at the end, not while streaming: a hash table probed per like costs a cache miss a like and
   * grows by rehashing, while ordering (hash, row) pairs with three counting passes reads and writes in long runs.
   */
  private dropRepeats(): void {
    const n = this.count
    if (!this.unique || this.dropped !== null || n < 2) return
    const dropped = (this.dropped = new Uint8Array(n))
    // The hashes are not needed once ordered, so they are ordered in their own column (a fresh one would cost page faults).
    let keys = this.hashes.subarray(0, n)
    let rows = new Int32Array(n)
    for (let i = 0; i < n; i++) rows[i] = i
    let nextKeys = new Int32Array(n)
    let nextRows = new Int32Array(n)
    const buckets = new Int32Array(1 << RADIX_BITS)
    const mask = (1 << RADIX_BITS) - 1
    for (let shift = 0; shift < 32; shift += RADIX_BITS) {
      buckets.fill(0)
      for (let i = 0; i < n; i++) {
        const b = ((keys[i] as number) >>> shift) & mask
        buckets[b] = (buckets[b] as number) + 1
      }
      for (let b = 0, sum = 0; b <= mask; b++) {
        const size = buckets[b] as number
        buckets[b] = sum
        sum += size
      }
      for (let i = 0; i < n; i++) {
        const key = keys[i] as number
        const b = (key >>> shift) & mask
        const to = buckets[b] as number
        buckets[b] = to + 1
        nextKeys[to] = key
        nextRows[to] = rows[i] as number
      }
      ;[keys, nextKeys] = [nextKeys, keys]
      ;[rows, nextRows] = [nextRows, rows]
    }
    // Rows of one hash are (nearly always) one video; order them by id, then keep the newest row of each id.
    const byId = (a: number, b: number): number => this.compareIds(a, b) || a - b
    for (let i = 0; i < n; ) {
      let j = i + 1
      while (j < n && keys[j] === keys[i]) j++
      if (j - i > 1) {
        const run = rows.subarray(i, j).sort(byId)
        for (let k = 0; k < run.length; ) {
          let keep = run[k] as number
          let m = k + 1
          for (; m < run.length && this.compareIds(keep, run[m] as number) === 0; m++) {
            const other = run[m] as number
            // Keep the newest row; of rows at one time (the same row), the first listed.
            if ((this.times[other] as number) > (this.times[keep] as number)) {
              dropped[keep] = 1
              keep = other
            } else dropped[other] = 1
            this.dropCount++
          }
          k = m
        }
      }
      i = j
    }
    releaseMemory(this.hashes, keys, rows, nextKeys, nextRows)
    this.hashes = new Int32Array(0)
  }

  /** Orders two rows by id as the strings compare (character by character, then the shorter first), as `<` on the ids would. */
  private compareIds(a: number, b: number): number {
    const d = this.digits
    const as = this.starts[a] as number
    const bs = this.starts[b] as number
    const al = (this.starts[a + 1] as number) - as
    const bl = (this.starts[b + 1] as number) - bs
    const n = Math.min(al, bl)
    for (let i = 0; i < n; i++) {
      const diff = (d[as + i] as number) - (d[bs + i] as number)
      if (diff !== 0) return diff
    }
    return al - bl
  }

  /**
   * The rows oldest first, ties by id (as text), as a VideoList. Exports list likes newest (or oldest) first, so the
   * usual case is a reversal and a sort of each run of equal times; only rows out of order take a full sort. The list
   * takes over the id columns and the order (no object or string per row). Ends the list: the other columns are released.
   */
  sorted(): VideoList {
    this.dropRepeats()
    const all = this.count
    const times = this.times
    const dropped = this.dropped
    const n = all - this.dropCount
    // The kept rows, in the order they were listed; it becomes the list's order (list row → column row).
    const order = new Int32Array(n)
    for (let i = 0, k = 0; i < all; i++) if (dropped === null || dropped[i] === 0) order[k++] = i
    let ascending = true
    let descending = true
    for (let i = 1; i < n && (ascending || descending); i++) {
      const step = (times[order[i] as number] as number) - (times[order[i - 1] as number] as number)
      if (step < 0) ascending = false
      else if (step > 0) descending = false
    }
    let sortedTimes: Float64Array
    if (!ascending && !descending) {
      order.sort((a, b) => (times[a] as number) - (times[b] as number) || this.compareIds(a, b))
      sortedTimes = new Float64Array(n)
      for (let i = 0; i < n; i++) sortedTimes[i] = times[order[i] as number] as number
      releaseMemory(times)
    } else {
      // In place, as a fresh column costs a page fault every 4 KiB: the kept times move to the front (a row never
      // moves back past one still to be read), then turn round when the file listed them newest first.
      for (let k = 0; k < n; k++) times[k] = times[order[k] as number] as number
      sortedTimes = times.subarray(0, n)
      if (!ascending) {
        sortedTimes.reverse()
        order.reverse()
      }
      for (let start = 0; start < n; ) {
        const at = sortedTimes[start] as number
        let end = start + 1
        while (end < n && sortedTimes[end] === at) end++
        if (end - start > SMALL_RUN) order.subarray(start, end).sort((a, b) => this.compareIds(a, b))
        else if (end - start > 1) this.insertionSort(order, start, end)
        start = end
      }
    }
    // The list reads the id columns as they are, through `order`: gathering a million ids into a new buffer would
    // cost more than the whole sort. The room the columns kept for growth was never written, so it holds no memory.
    const list = VideoList.fromSortedColumns(sortedTimes, this.digits, this.starts, order)
    releaseMemory(this.hashes)
    if (dropped !== null) releaseMemory(dropped)
    this.times = new Float64Array(0)
    this.starts = new Int32Array(1)
    this.hashes = new Int32Array(0)
    this.digits = new Uint8Array(0)
    this.dropped = null
    this.count = 0
    return list
  }

  /** Orders order[from, to) by id, in place: a run of likes given in one second is a few rows, not worth a view and a sort call. */
  private insertionSort(order: Int32Array, from: number, to: number): void {
    for (let i = from + 1; i < to; i++) {
      const row = order[i] as number
      let j = i - 1
      for (; j >= from && this.compareIds(order[j] as number, row) > 0; j--) order[j + 1] = order[j] as number
      order[j + 1] = row
    }
  }
}

/** A copy of `a` with room for `size` elements. */
function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size)
  out.set(a)
  return out
}
