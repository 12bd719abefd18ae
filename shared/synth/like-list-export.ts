// shared/synth: environment-free. A minimal JSON export (layout C) holding exactly N likes, for report tests and the 1M-like measurement.

const START = Date.UTC(2021, 0, 1)
/** Likes are spread over four years, ~1 minute apart in sessions, so the chart has a realistic shape at any N. */
const SPAN_MS = 4 * 365 * 86_400_000

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function tiktokDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

/**
 * The JSON text of an export with `likes` likes (newest first, as TikTok writes them), a profile and an empty watch
 * history. Built as one string in pieces: 1M likes is ~90 MB, which a single JSON.stringify of objects would triple.
 */
export function likeListExport(likes: number, username = 'report.tester'): string {
  const parts: string[] = []
  const step = likes > 1 ? SPAN_MS / likes : 0
  for (let i = likes - 1; i >= 0; i--) {
    const at = START + Math.floor(i * step)
    // The id's top 32 bits are the upload time (seconds), a little before the like; the low bits keep ids unique.
    const id = ((BigInt(Math.floor(at / 1000) - 3600) << 32n) | BigInt(i)).toString()
    parts.push(`{"date":"${tiktokDate(at)}","link":"https://www.tiktokv.com/share/video/${id}/"}`)
  }
  const exported = tiktokDate(START + SPAN_MS + 86_400_000)
  return (
    `{"Profile":{"Profile Info":{"ProfileMap":{"userName":"${username}"}}},` +
    `"Your Activity":{"Like List":{"ItemFavoriteList":[${parts.join(',')}]},` +
    `"Watch History":{"VideoList":[{"Date":"${exported}","Link":"https://www.tiktokv.com/share/video/7000000000000000000/"}]}}}`
  )
}
