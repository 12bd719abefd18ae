// shared/core: Electron-free. A like or favourite list while it is read: rows kept in typed columns (no object per like until the end), one row per video when asked, sorted oldest first without a comparator sort when the file was in order.
import type { DatedVideo } from '../snapshot'

/** FNV-1a, step by step, so the byte path can hash an id while it scans its digits. */
export const ID_HASH_SEED = 0x811c9dc5 | 0
export const idHashStep = (hash: number, charCode: number): number => Math.imul(hash ^ charCode, 0x01000193)

/** Rows the columns start with; they double as needed. */
const MIN_ROWS = 1 << 10

/**
 * Why columns: a like list runs to a million rows, and an object and a string per row, made while the file streams
 * by, are copied by every young-generation collection and marked by every full one while the heap grows. Kept
 * here, a row costs a time, an offset, its digits and a table entry in flat arrays, and the objects are made once, at
 * the end, in the order the snapshot wants.
 */
export class VideoRows {
  private times = new Float64Array(MIN_ROWS)
  /** Start of each id in `digits`. An id's end is the next id's start. */
  private starts = new Int32Array(MIN_ROWS + 1)
  /** Every id's characters back to back (ASCII digits, so one byte each). */
  private digits = new Uint8Array(MIN_ROWS * 20)
  /**
   * With `unique`: open-addressing table of (hash, row index + 1) pairs, row 0 marking an empty slot, at most half
   * full. The hash sits beside its row so a probe reads one place in memory, not the table and then the row's hash.
   */
  private slots = new Int32Array(0)
  length = 0
  /** Rows dropped because their video was listed already. */
  duplicates = 0

  /** `unique`: a video listed twice keeps one row, the newest (a like list holds one entry per video). */
  constructor(private readonly unique: boolean) {
    if (unique) this.slots = new Int32Array(2 * 2 * MIN_ROWS)
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

  /** Makes room for one more row with an id of `idLength` bytes; returns where the id goes. */
  private reserve(idLength: number): number {
    const n = this.length
    if (n === this.times.length) {
      this.times = grow(this.times, 2 * n)
      this.starts = grow(this.starts, 2 * n + 1)
    }
    const from = this.starts[n] as number
    if (from + idLength > this.digits.length) this.digits = grow(this.digits, Math.max(2 * this.digits.length, from + idLength))
    return from
  }

  /** Records the row whose id was just written at `from`, unless (unique) its video is listed already. */
  private commit(at: number, from: number, idLength: number, hash: number): void {
    const n = this.length
    if (this.unique) {
      const slots = this.slots
      const mask = (slots.length >> 1) - 1
      let entry = 2 * (hash & mask)
      for (let taken = slots[entry + 1] as number; taken !== 0; taken = slots[entry + 1] as number) {
        if (slots[entry] === hash && this.sameId(taken - 1, from, idLength)) {
          const row = taken - 1
          // Seen: keep the newest time (on a tie the rows are the same).
          if (at > (this.times[row] as number)) this.times[row] = at
          this.duplicates++
          return
        }
        entry = (entry + 2) & (slots.length - 1)
      }
      slots[entry] = hash
      slots[entry + 1] = n + 1
    }
    this.times[n] = at
    this.starts[n + 1] = from + idLength
    this.length = n + 1
    if (this.unique && 4 * this.length > this.slots.length) this.rehash(2 * this.slots.length)
  }

  private sameId(row: number, from: number, idLength: number): boolean {
    const s = this.starts[row] as number
    if ((this.starts[row + 1] as number) - s !== idLength) return false
    const d = this.digits
    for (let i = 0; i < idLength; i++) if (d[s + i] !== d[from + i]) return false
    return true
  }

  /** Moves every entry into a table of `size` / 2 slots (`size` Int32 entries). */
  private rehash(size: number): void {
    const old = this.slots
    const slots = new Int32Array(size)
    const mask = (size >> 1) - 1
    for (let from = 0; from < old.length; from += 2) {
      const row = old[from + 1] as number
      if (row === 0) continue
      const hash = old[from] as number
      let entry = 2 * (hash & mask)
      while (slots[entry + 1] !== 0) entry = (entry + 2) & (slots.length - 1)
      slots[entry] = hash
      slots[entry + 1] = row
    }
    this.slots = slots
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
   * The rows oldest first, ties by id (as text), as DatedVideo objects. Exports list likes newest (or oldest) first,
   * so the usual case is a reversal and a sort of each run of equal times; only rows out of order take a full sort.
   * Ends the list: the columns are released.
   */
  sorted(): DatedVideo[] {
    const n = this.length
    const times = this.times
    let ascending = true
    let descending = true
    for (let i = 1; i < n && (ascending || descending); i++) {
      const step = (times[i] as number) - (times[i - 1] as number)
      if (step < 0) ascending = false
      else if (step > 0) descending = false
    }
    const order = new Int32Array(n)
    for (let i = 0; i < n; i++) order[i] = ascending ? i : n - 1 - i
    if (!ascending && !descending) order.sort((a, b) => (times[a] as number) - (times[b] as number) || this.compareIds(a, b))
    else {
      for (let start = 0; start < n; ) {
        const at = times[order[start] as number] as number
        let end = start + 1
        while (end < n && times[order[end] as number] === at) end++
        if (end - start > 1) order.subarray(start, end).sort((a, b) => this.compareIds(a, b))
        start = end
      }
    }
    // Sized once: pushing a million rows copies the growing array again and again.
    const rows = new Array<DatedVideo>(n)
    for (let i = 0; i < n; i++) {
      const row = order[i] as number
      rows[i] = { at: times[row] as number, videoId: this.idText(row) }
    }
    this.times = new Float64Array(0)
    this.starts = new Int32Array(1)
    this.digits = new Uint8Array(0)
    this.slots = new Int32Array(0)
    this.length = 0
    return rows
  }

  /** The id of a row as a string. A 19-digit id (every id TikTok issues today) is made in one call. */
  private idText(row: number): string {
    const d = this.digits
    const s = this.starts[row] as number
    const e = this.starts[row + 1] as number
    const c = (i: number): number => d[s + i] as number
    if (e - s === 19) return String.fromCharCode(c(0), c(1), c(2), c(3), c(4), c(5), c(6), c(7), c(8), c(9), c(10), c(11), c(12), c(13), c(14), c(15), c(16), c(17), c(18))
    let text = ''
    for (let i = s; i < e; i++) text += String.fromCharCode(d[i] as number)
    return text
  }
}

/** A copy of `a` with room for `size` elements. */
function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size)
  out.set(a)
  return out
}
