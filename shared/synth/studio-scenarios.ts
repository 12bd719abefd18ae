// shared/synth: pure. Seeded TikTok Studio analytics (Overview, FollowerHistory, Viewers, Content CSVs) with planted follower drops, likes-received drops and reach drops, and controls.
import type { EventKind } from '@shared/contract/model'
import { Rng } from './random'

const DAY = 86_400_000
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export interface StudioTruth {
  kind: EventKind
  start: number
  end: number
}

export interface StudioScenario {
  name: string
  control: boolean
  /** Files as Studio's "Download data" writes them. */
  files: Array<{ name: string; text: string }>
  /** The same files as tables (header first), for writing them as Excel downloads. */
  tables: Array<{ name: string; rows: string[][] }>
  /** The export's end (the reference time Studio's yearless dates are placed by). */
  referenceTime: number
  truth: StudioTruth[]
}

export interface StudioPlan {
  followerDrop: boolean
  likesDrop: boolean
  reachDrop: boolean
  /** A viral day: views 4–10× for a day, decaying after; must not look like a drop afterwards. */
  viral: boolean
}

/** `"May 15"`, as Studio writes dates in English: no year. */
function studioDate(ms: number): string {
  const d = new Date(ms)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`
}

const q = (v: string | number): string => `"${v}"`
const csv = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string => rows.map((r) => r.map(q).join(',')).join('\n')

/** One account's year of daily analytics with the plan's events planted. */
export function makeStudioScenario(seed: string | number, plan: StudioPlan): StudioScenario {
  const rng = new Rng(`studio/${seed}`)
  const days = 365
  const end = Date.UTC(2026, 4, 14) - rng.int(0, 400) * DAY
  const first = end - (days - 1) * DAY
  const level = rng.float(1_500, 60_000)
  const likeRate = rng.float(0.04, 0.09)
  const truth: StudioTruth[] = []

  const views: number[] = []
  const slope = rng.float(-0.3, 0.3)
  for (let i = 0; i < days; i++) {
    const weekday = 1 + 0.15 * Math.sin((2 * Math.PI * i) / 7)
    const trend = 1 + slope * (i / days)
    views.push(level * weekday * trend * Math.exp(rng.normal(0, 0.3)))
  }
  if (plan.viral) {
    const at = rng.int(60, days - 40)
    const boost = rng.float(4, 10)
    for (let k = 0; k < 4; k++) views[at + k] = (views[at + k] ?? 0) * (1 + (boost - 1) / 2 ** k)
  }
  // Reach falls to 10–30 % for 4–14 days while the creator keeps posting.
  let reach: { from: number; to: number } | null = null
  if (plan.reachDrop) {
    const length = rng.int(4, 14)
    const from = rng.int(45, days - length - 5)
    const factor = rng.float(0.1, 0.3)
    for (let k = from; k < from + length; k++) views[k] = (views[k] ?? 0) * factor * Math.exp(rng.normal(0, 0.15))
    reach = { from, to: from + length - 1 }
    truth.push({ kind: 'reach-drop', start: first + from * DAY, end: first + (from + length) * DAY - 1000 })
  }
  const likes = views.map((v) => Math.round(v * likeRate * Math.exp(rng.normal(0, 0.15))))
  if (plan.likesDrop) {
    const at = rng.int(40, days - 10)
    if (reach === null || at < reach.from - 3 || at > reach.to + 3) {
      // Either a net-negative day (likes taken away) or a collapse while views stay normal.
      likes[at] = rng.chance(0.5) ? -rng.int(8, 400) : Math.round((likes[at] ?? 0) * rng.float(0.02, 0.15))
      truth.push({ kind: 'likes-received-drop', start: first + at * DAY, end: first + (at + 1) * DAY - 1000 })
    }
  }
  const followers: number[] = []
  let f = Math.round(rng.float(800, 120_000))
  for (let i = 0; i < days; i++) {
    f += Math.round((views[i] ?? 0) * rng.float(0.0004, 0.0012) - rng.float(0, 3))
    followers.push(f)
  }
  if (plan.followerDrop) {
    const at = rng.int(30, days - 5)
    const lost = Math.max(25, Math.round((followers[at - 1] ?? 0) * rng.float(0.015, 0.06)))
    for (let k = at; k < days; k++) followers[k] = (followers[k] ?? 0) - lost
    truth.push({ kind: 'follower-drop', start: first + at * DAY, end: first + (at + 1) * DAY - 1000 })
  }

  const date = (i: number): string => studioDate(first + i * DAY)
  const overview: Array<Array<string | number>> = [['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares']]
  const history: Array<Array<string | number>> = [['Date', 'Followers', 'Difference in followers from previous day']]
  for (let i = 0; i < days; i++) {
    const v = Math.round(views[i] ?? 0)
    overview.push([date(i), v, Math.round(v * 0.02), likes[i] ?? 0, rng.chance(0.01) ? -1 : Math.round(v * 0.002), Math.round(v * 0.001)])
    history.push([date(i), followers[i] ?? 0, i + 1 < days ? (followers[i + 1] ?? 0) - (followers[i] ?? 0) : 0])
  }
  // Posting continues through the year (and through a reach drop): the top-videos list shows some of those posts.
  const content: Array<Array<string | number>> = [['Time', 'Video title', 'Video link', 'Post time', 'Total likes', 'Total comments', 'Total shares', 'Total views']]
  const postDays = new Set<number>()
  for (let i = 5; i < days; i += rng.int(3, 9)) postDays.add(i)
  if (reach) postDays.add(reach.from + 1)
  for (const i of [...postDays].slice(-15)) {
    const postedAt = first + i * DAY + rng.int(15, 21) * 3_600_000
    const id = ((BigInt(Math.floor(postedAt / 1000)) << 32n) | BigInt(rng.uint32())).toString()
    content.push([studioDate(end), `Video ${i}`, `https://www.tiktok.com/@creator/video/${id}`, studioDate(postedAt), rng.int(50, 9000), rng.int(0, 300), rng.int(0, 200), rng.int(1000, 90_000)])
  }
  const name = [`studio-${seed}`, plan.followerDrop && 'followers', plan.likesDrop && 'likes', plan.reachDrop && 'reach', plan.viral && 'viral'].filter(Boolean).join('-')
  const control = !plan.followerDrop && !plan.likesDrop && !plan.reachDrop
  return {
    name,
    control,
    referenceTime: end + DAY,
    truth,
    files: [
      { name: 'Overview.csv', text: csv(overview) },
      { name: 'FollowerHistory.csv', text: csv(history) },
      { name: 'Content.csv', text: csv(content) },
    ],
    tables: [
      { name: 'Overview', rows: overview.map((r) => r.map(String)) },
      { name: 'FollowerHistory', rows: history.map((r) => r.map(String)) },
      { name: 'Content', rows: content.map((r) => r.map(String)) },
    ],
  }
}

/** A suite: every plant alone and combined, viral days, and controls (every fourth). */
export function makeStudioSuite(seed: number, count: number): StudioScenario[] {
  const rng = new Rng(`studio-suite/${seed}`)
  return Array.from({ length: count }, (_, i) => {
    const control = i % 4 === 3
    const plan: StudioPlan = control
      ? { followerDrop: false, likesDrop: false, reachDrop: false, viral: rng.chance(0.5) }
      : { followerDrop: rng.chance(0.55), likesDrop: rng.chance(0.55), reachDrop: rng.chance(0.55), viral: rng.chance(0.3) }
    if (!control && !plan.followerDrop && !plan.likesDrop && !plan.reachDrop) plan.reachDrop = true
    return makeStudioScenario(`${seed}-${i}`, plan)
  })
}
