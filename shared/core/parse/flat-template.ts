// shared/core: Electron-free. The JSON walker's fast path for long lists of one shape: matches an entry against the layout of the flat entry before it, four bytes at a time.
//
// Why: a large export is millions of list entries laid out alike (`{\n  "Date": "…",\n  "Link": "…"\n}`), and a
// byte-by-byte scan of them is most of the reading time. An entry whose bytes outside its string values equal the
// previous flat entry's, and whose values are plain strings, is flat with the same keys: so its members are known
// after comparing those bytes as 32-bit words and checking the values four bytes at a time.

/** match() result for an entry that does not follow the template (or is cut by the buffer end): scan it the usual way. */
export const TEMPLATE_MISS = -1

/** Skeletons longer than this are not kept: list rows are a few dozen bytes outside their values. */
const MAX_SKELETON_BYTES = 512

const QUOTE = 0x22
const BACKSLASH = 0x5c

export class FlatTemplate {
  /** The learned entry's bytes outside its string values: segment m runs up to and including value m's opening quote. */
  private readonly skeleton = new Uint8Array(MAX_SKELETON_BYTES)
  private readonly skeletonView = new DataView(this.skeleton.buffer)
  /** End of each segment in `skeleton`; there is one segment more than members (the last closes the entry). */
  private readonly segmentEnd: Int32Array
  /** Each member's key, relative to the start of its segment. */
  private readonly keyStart: Int32Array
  private readonly keyEnd: Int32Array
  /** Members of the learned entry; 0 until one is learned. */
  count = 0

  constructor(maxMembers: number) {
    this.segmentEnd = new Int32Array(maxMembers + 1)
    this.keyStart = new Int32Array(maxMembers)
    this.keyEnd = new Int32Array(maxMembers)
  }

  /**
   * Learns the layout of the flat entry buf[start, end) whose `count` members are in `members` as groups of
   * (keyStart, keyEnd, valueStart, valueEnd), as the walker's flat scan leaves them.
   */
  learn(buf: Uint8Array, start: number, end: number, members: Int32Array, count: number): void {
    this.count = 0
    if (count === 0) return
    let size = 0
    let from = start
    for (let m = 0; m <= count; m++) {
      const to = m < count ? (members[4 * m + 2] as number) : end
      if (size + to - from > MAX_SKELETON_BYTES) return
      if (m < count) {
        this.keyStart[m] = (members[4 * m] as number) - from
        this.keyEnd[m] = (members[4 * m + 1] as number) - from
      }
      this.skeleton.set(buf.subarray(from, to), size)
      size += to - from
      this.segmentEnd[m] = size
      if (m < count) from = members[4 * m + 3] as number
    }
    this.count = count
  }

  /**
   * End of the entry starting at `start` if it has the learned layout, with its members written to `members` as
   * the flat scan would write them; TEMPLATE_MISS otherwise. Reads only below `len`.
   */
  match(buf: Uint8Array, view: DataView, start: number, len: number, members: Int32Array): number {
    const count = this.count
    if (count === 0) return TEMPLATE_MISS
    const skeleton = this.skeleton
    const skeletonView = this.skeletonView
    let p = start
    let from = 0
    for (let m = 0; ; m++) {
      const to = this.segmentEnd[m] as number
      const size = to - from
      if (p + size > len) return TEMPLATE_MISS
      let k = 0
      for (; k + 4 <= size; k += 4) if (view.getUint32(p + k, true) !== skeletonView.getUint32(from + k, true)) return TEMPLATE_MISS
      for (; k < size; k++) if (buf[p + k] !== skeleton[from + k]) return TEMPLATE_MISS
      if (m === count) return p + size
      members[4 * m] = p + (this.keyStart[m] as number)
      members[4 * m + 1] = p + (this.keyEnd[m] as number)
      p += size
      const valueEnd = plainStringEnd(buf, view, p, len)
      if (valueEnd < 0) return TEMPLATE_MISS
      members[4 * m + 2] = p
      members[4 * m + 3] = valueEnd
      p = valueEnd
      from = to
    }
  }
}

/**
 * Index of the closing quote of a string body at `i` holding only printable ASCII (0x20–0x7e) without escapes, or
 * TEMPLATE_MISS (anything else, or the buffer ends first). Four bytes a step: a word with none of `"`, `\`, a control
 * byte or a byte above 0x7e is skipped whole (exact bit tests, no false negatives); the first word with one is
 * read byte by byte.
 */
export function plainStringEnd(buf: Uint8Array, view: DataView, i: number, len: number): number {
  for (; i + 4 <= len; i += 4) {
    const w = view.getUint32(i, true) | 0
    const quote = w ^ 0x22222222
    const backslash = w ^ 0x5c5c5c5c
    // Per byte, the top bit of: a zero byte of `quote` or `backslash`, a byte below 0x20, a byte above 0x7e.
    const special = ((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash) | ((w - 0x20202020) & ~w) | ((w + 0x01010101) | w)
    if ((special & 0x80808080) !== 0) break
  }
  for (; i < len; i++) {
    const c = buf[i] as number
    if (c === QUOTE) return i
    if (c < 0x20 || c > 0x7e || c === BACKSLASH) return TEMPLATE_MISS
  }
  return TEMPLATE_MISS
}
