// shared/core: Electron-free. Like history: likes and watched videos per day, week or month (UTC or a time zone), like rate, watch sessions.

export type BucketUnit = 'day' | 'week' | 'month'

export interface HistoryBucket {
  /** Start of the bucket (ms, UTC instant of local midnight in the chosen zone). */
  start: number
  likes: number
  /** Videos watched; null outside the watch history's coverage (unknown, not zero). */
  watched: number | null
  /** Likes per 100 watched videos; null where nothing was watched or coverage is missing. */
  likesPer100Watched: number | null
}

export interface HistoryOptions {
  unit: BucketUnit
  /** IANA zone such as `Europe/Amsterdam`; UTC when absent. */
  timeZone?: string
  /** Restrict to a range (ms), e.g. the zoomed part of a chart. */
  from?: number
  to?: number
}

const HOUR = 3_600_000
const DAY = 86_400_000

/** UTC offsets of a zone, cached per hour: Intl is slow per call, and offsets change only at DST switches. */
class ZoneClock {
  private readonly cache = new Map<number, number>()
  private readonly format: Intl.DateTimeFormat | null

  constructor(timeZone: string | undefined) {
    this.format =
      timeZone && timeZone !== 'UTC'
        ? new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
        : null
  }

  /** Offset (ms) to add to a UTC instant to get local wall time. */
  offset(t: number): number {
    if (this.format === null) return 0
    const hour = Math.floor(t / HOUR)
    const hit = this.cache.get(hour)
    if (hit !== undefined) return hit
    const at = hour * HOUR
    const parts = this.format.formatToParts(new Date(at))
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
    const offset = local - at
    this.cache.set(hour, offset)
    return offset
  }

  /** Start (UTC instant) of the bucket holding `t`. */
  bucketStart(t: number, unit: BucketUnit): number {
    const off = this.offset(t)
    const local = t + off
    let startLocal: number
    if (unit === 'day') startLocal = Math.floor(local / DAY) * DAY
    else if (unit === 'week') {
      const day = Math.floor(local / DAY)
      // 1970-01-01 was a Thursday; weeks start on Monday.
      startLocal = (day - ((day + 3) % 7 + 7) % 7) * DAY
    } else {
      const d = new Date(local)
      startLocal = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
    }
    return startLocal - this.offset(startLocal - off)
  }

  /** Start of the bucket after the one starting at `start`. */
  nextStart(start: number, unit: BucketUnit): number {
    const probe = unit === 'day' ? start + DAY + 3 * HOUR : unit === 'week' ? start + 7 * DAY + 3 * HOUR : start + 32 * DAY
    return this.bucketStart(probe, unit)
  }
}

/** First index in a sorted array whose value is ≥ t. */
export function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Buckets sorted like times (and watch times, when the export has them) into contiguous buckets from the first to the
 * last event in range, empty buckets included so gaps show. Linear in the rows in range: cheap enough to redo on every zoom.
 */
export function likeHistory(likeTimes: ArrayLike<number>, watchTimes: ArrayLike<number> | null, options: HistoryOptions): HistoryBucket[] {
  const clock = new ZoneClock(options.timeZone)
  const from = options.from ?? -Infinity
  const to = options.to ?? Infinity
  const li0 = lowerBound(likeTimes, from)
  const li1 = lowerBound(likeTimes, to === Infinity ? Infinity : to + 1)
  const hasWatch = watchTimes !== null && watchTimes.length > 0
  const wi0 = hasWatch ? lowerBound(watchTimes, from) : 0
  const wi1 = hasWatch ? lowerBound(watchTimes, to === Infinity ? Infinity : to + 1) : 0
  const firsts = [li1 > li0 ? likeTimes[li0] : undefined, wi1 > wi0 ? watchTimes?.[wi0] : undefined].filter((v): v is number => v !== undefined)
  const lasts = [li1 > li0 ? likeTimes[li1 - 1] : undefined, wi1 > wi0 ? watchTimes?.[wi1 - 1] : undefined].filter((v): v is number => v !== undefined)
  if (firsts.length === 0) return []
  const first = Math.min(...firsts)
  const last = Math.max(...lasts)
  const coverFrom = hasWatch ? (watchTimes[0] as number) : Infinity
  const coverTo = hasWatch ? (watchTimes[watchTimes.length - 1] as number) : -Infinity

  const buckets: HistoryBucket[] = []
  let li = li0
  let wi = wi0
  for (let start = clock.bucketStart(first, options.unit); start <= last; ) {
    const next = clock.nextStart(start, options.unit)
    let likes = 0
    while (li < li1 && (likeTimes[li] as number) < next) {
      likes++
      li++
    }
    let watched: number | null = null
    if (hasWatch && next > coverFrom && start <= coverTo) {
      watched = 0
      while (wi < wi1 && (watchTimes[wi] as number) < next) {
        watched++
        wi++
      }
    }
    buckets.push({ start, likes, watched, likesPer100Watched: watched ? Math.round((likes / watched) * 1000) / 10 : null })
    start = next
  }
  return buckets
}

export interface WatchSession {
  start: number
  end: number
  watched: number
  liked: number
}

/** A gap of more than ten minutes between watched videos ends a session (the convention DataSkop and TikTok Wrapped use). */
export const SESSION_GAP_MS = 10 * 60_000

/** Splits watch history into sessions and counts the likes given during each (±1 minute at the edges). */
export function watchSessions(watchTimes: ArrayLike<number>, likeTimes: ArrayLike<number>, gapMs = SESSION_GAP_MS): WatchSession[] {
  const sessions: WatchSession[] = []
  let i = 0
  while (i < watchTimes.length) {
    const start = watchTimes[i] as number
    let end = start
    let watched = 1
    i++
    while (i < watchTimes.length && (watchTimes[i] as number) - end <= gapMs) {
      end = watchTimes[i] as number
      watched++
      i++
    }
    const liked = lowerBound(likeTimes, end + 60_000) - lowerBound(likeTimes, start - 60_000)
    sessions.push({ start, end, watched, liked })
  }
  return sessions
}
