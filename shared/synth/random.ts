// shared/synth: pure. Seeded PRNG (sfc32) and sampling helpers; the only source of randomness in shared/synth.

/** Mixes a string or number into a 32-bit seed (FNV-1a, then a murmur3 finaliser so nearby seeds diverge). */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part}` : `$${part}`
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i)
      h = Math.imul(h, 0x01000193)
    }
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * sfc32: small, fast, passes PractRand to 2^40+ and, unlike Math.random, is reproducible.
 * `fork(label)` derives an independent stream, so adding rows to one section never shifts another's values.
 */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number
  private readonly seed: number

  constructor(seed: number | string) {
    this.seed = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed)
    this.a = 0x9e3779b9
    this.b = 0x243f6a88
    this.c = 0xb7e15162
    this.d = this.seed
    // Warm-up: the first outputs of sfc32 from a fresh state are correlated with the seed.
    for (let i = 0; i < 15; i++) this.uint32()
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** Independent child stream named by `label`; same parent seed and label → same stream. */
  fork(...label: ReadonlyArray<string | number>): Rng {
    return new Rng(hashSeed(this.seed, ...label))
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0
    for (const [, w] of items) total += w
    let r = this.next() * total
    for (const [value, w] of items) {
      r -= w
      if (r < 0) return value
    }
    const last = items[items.length - 1]
    if (last === undefined) throw new RangeError('weighted() from an empty list')
    return last[0]
  }

  /** Approximately normal (Irwin–Hall of 4 uniforms): bounded tails, which suits times of day. */
  normal(mean: number, sd: number): number {
    const s = this.next() + this.next() + this.next() + this.next() - 2
    return mean + s * sd * 1.7320508
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean
  }

  /** Geometric count ≥ 1 with the given mean. */
  geometric(mean: number): number {
    if (mean <= 1) return 1
    return 1 + Math.floor(Math.log(1 - this.next()) / Math.log(1 - 1 / mean))
  }

  /** In-place Fisher–Yates; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }

  /** Lower-case hex string of `length` characters. */
  hex(length: number): string {
    let out = ''
    while (out.length < length) out += this.uint32().toString(16).padStart(8, '0')
    return out.slice(0, length)
  }

  /** Decimal digits, first digit non-zero. */
  digits(length: number): string {
    let out = String(this.int(1, 9))
    while (out.length < length) out += String(this.int(0, 9))
    return out
  }
}
