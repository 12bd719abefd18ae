// shared/core: Electron-free. Detector thresholds, each default argued, all overridable by the caller.

export interface BurstRule {
  minutes: number
  likes: number
}

export interface DetectorOptions {
  /**
   * A burst is at least `likes` likes within `minutes`. 40 in 10 minutes is a like every 15 seconds, i.e. liking
   * nearly every video at a typical viewing pace, which is what users describe before likes "bounce back"; 150 in an
   * hour catches a sustained run that never reaches the short-window pace. TikTok publishes no limit.
   */
  burstRules: readonly BurstRule[]
  /** Devices and networks seen in the first days of login history are the baseline, not "new". */
  loginBaselineDays: number
  /** A day counts for the like-rate baseline when at least this many videos were watched. */
  gapMinWatched: number
  /** A gap day is expected to have at least this many likes at the user's usual rate… */
  gapMinExpectedLikes: number
  /** …and got at most this share of them. */
  gapMaxShare: number
  /** Consecutive gap days needed unless one day alone misses `gapSingleDayExpected` likes entirely. */
  gapMinDays: number
  gapSingleDayExpected: number
  /** Events within this many hours of a vanished cluster are reported as near it. */
  nearClusterHours: number
  /** Most row ids an event carries (counts keep the full numbers). */
  maxRowIds: number
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = {
  burstRules: [
    { minutes: 10, likes: 40 },
    { minutes: 60, likes: 150 },
  ],
  loginBaselineDays: 7,
  gapMinWatched: 20,
  gapMinExpectedLikes: 10,
  gapMaxShare: 0.2,
  gapMinDays: 2,
  gapSingleDayExpected: 30,
  nearClusterHours: 24,
  maxRowIds: 500,
}
