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
  /**
   * A run of gap days is judged as a whole: together its days were expected to hold at least this many likes at the
   * user's usual rate. 20 is what the old per-day rule (10 a day, 2 days) asked of the shortest gap; judged per day, a
   * ten-day stretch without a single like broke apart on the first day with a little less watching.
   */
  gapMinRunExpectedLikes: number
  /** Each day of a run, and the run as a whole, got at most this share of the expected likes. */
  gapMaxShare: number
  /** Days of normal watching (`gapMinWatched`) a run needs, unless one day alone misses `gapSingleDayExpected` likes entirely. */
  gapMinDays: number
  gapSingleDayExpected: number
  /**
   * Days with little or no watching inside a run do not end it (nothing was expected of them), up to this many in a
   * row; a longer break is time away from the app, and what lies on either side is judged apart.
   */
  gapMaxQuietDays: number
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
  gapMinRunExpectedLikes: 20,
  gapMaxShare: 0.2,
  gapMinDays: 2,
  gapSingleDayExpected: 30,
  gapMaxQuietDays: 2,
  nearClusterHours: 24,
  maxRowIds: 500,
}
