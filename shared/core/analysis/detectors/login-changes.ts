// shared/core: Electron-free. New devices, OS updates and new networks from Login History: shown next to lost likes as correlation, never as proof.
import { formatDateTime } from '@shared/contract/dates'
import type { CauseEvent } from '@shared/contract/model'
import type { LoginRow } from '../../snapshot'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, makeEvent } from '../event-factory'

const loginId = (l: LoginRow): string => `login:${new Date(l.at).toISOString()}`

/**
 * Each login event cites its login row and, second, what was new: `device:<model>`, `system:<model> <system>`,
 * `network:<prefix>` or `carrier:<name>`; the merged context line lists them all.
 */
export const SUBJECT_ID = /^(device|system|network|carrier):/

/** IPv4 /16 or IPv6 /32: home and office networks keep their prefix; a new prefix on Wi-Fi is a new place. */
export function networkPrefix(ip: string | null): string | null {
  if (ip === null) return null
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(ip)
  if (v4) return `${v4[1]}.${v4[2]}`
  if (ip.includes(':')) return ip.toLowerCase().split(':').slice(0, 2).join(':')
  return null
}

/** How a prefix is shown: "84.12.x.x" or "2a02:a45f::/32". */
export function prefixLabel(prefix: string): string {
  return prefix.includes(':') ? `${prefix}::/32` : `${prefix}.x.x`
}

/**
 * The kind of device in plain words ("iPhone", "Android phone"), from the model and its system. Model codes such as
 * "iPhone15,2" or "SM-G991B" mean nothing to most people; the exact model stays in the event's evidence. No table of
 * marketing names: Apple and Android makers add models every year, and a stale table would name phones wrongly.
 */
export function deviceWords(model: string | null, system: string | null): string {
  const m = (model ?? '').trim()
  const sys = (system ?? '').trim()
  if (/^ipad/i.test(m) || /^ipados/i.test(sys)) return 'iPad'
  if (/^iphone/i.test(m) || /^ios\b/i.test(sys)) return 'iPhone'
  if (/^android\b/i.test(sys)) return 'Android phone'
  if (/^(windows|mac ?os|os x|linux|chrome ?os)\b/i.test(sys) || /^(pc|mac|web)$/i.test(m)) return 'computer'
  return 'device'
}

/** "an iPhone", "an Android phone", "a device". */
export function withArticle(words: string): string {
  return /^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`
}

const isWifi = (l: LoginRow): boolean => /wi-?fi|wlan/i.test(l.networkType ?? '')

/** Compares dotted version numbers inside system names ("iOS 17.6.1" vs "iOS 17.5.1"); null when they cannot be compared. */
export function compareSystems(a: string, b: string): number | null {
  const va = /^(.*?)(\d+(?:\.\d+)*)\s*$/.exec(a)
  const vb = /^(.*?)(\d+(?:\.\d+)*)\s*$/.exec(b)
  if (!va || !vb || (va[1] ?? '').trim().toLowerCase() !== (vb[1] ?? '').trim().toLowerCase()) return null
  const pa = (va[2] ?? '').split('.').map(Number)
  const pb = (vb[2] ?? '').split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

export function detectLoginChanges({ snapshot, options }: DetectorInput): CauseEvent[] {
  const logins = snapshot.logins
  if (logins.length === 0) return []
  const baselineEnd = (logins[0] as LoginRow).at + options.loginBaselineDays * DAY_MS
  const devices = new Set<string>()
  /** Every system each device has reported: a system seen before is no change (rows that flip back and forth make one event, not many). */
  const systemsSeen = new Map<string, Set<string>>()
  const lastSystem = new Map<string, string>()
  /** Devices that logged in at one moment with two systems: TikTok wrote rows that disagree, so neither is a change. */
  const ambiguous = new Set<string>()
  for (let i = 1; i < logins.length; i++) {
    const a = logins[i - 1] as LoginRow
    const b = logins[i] as LoginRow
    if (a.at === b.at && a.deviceModel !== null && a.deviceModel === b.deviceModel && a.deviceSystem !== b.deviceSystem) ambiguous.add(`${a.at}|${a.deviceModel}`)
  }
  const wifiPrefixes = new Set<string>()
  const carriers = new Set<string>()
  const events: CauseEvent[] = []
  const emit = (kind: 'new-device' | 'os-change' | 'new-network', l: LoginRow, title: string, explanation: string, actions: CauseEvent['actions'], subject: string): void => {
    const later = logins.filter((x) => x.at >= l.at).length
    events.push(
      makeEvent(
        { kind, start: l.at, end: l.at, confidence: 'low', title, explanation, counts: { loginsFromThen: later }, rowIds: [loginId(l), subject], actions },
        options.maxRowIds,
      ),
    )
  }
  for (const l of logins) {
    const inBaseline = l.at < baselineEnd
    const device = l.deviceModel
    if (device !== null) {
      const known = devices.has(device)
      if (!known && !inBaseline) {
        const what = deviceWords(device, l.deviceSystem)
        emit(
          'new-device',
          l,
          `Logged in on a new ${what}`,
          `On ${formatDateTime(l.at)} your account logged in on ${withArticle(what)} not seen before in your login history (the exact model is listed in the evidence). There is no public evidence that a new device removes likes, but the app on a new phone starts with an empty cache, and users often notice missing likes then. If you do not recognise this device, secure your account.`,
          ['log-out-and-in', 'secure-account'],
          `device:${device}`,
        )
      }
      devices.add(device)
      const system = l.deviceSystem
      if (system !== null) {
        const seen = systemsSeen.get(device) ?? new Set<string>()
        const before = lastSystem.get(device)
        const sameMoment = ambiguous.has(`${l.at}|${device}`)
        if (known && before !== undefined && !seen.has(system) && !sameMoment && !inBaseline) {
          const order = compareSystems(system, before)
          const updated = order !== null && order > 0
          const what = deviceWords(device, system)
          const versions = `It reported ${before} before and ${system} now.`
          emit(
            'os-change',
            l,
            updated ? `Your ${what}'s system was updated` : `Your ${what}'s system changed`,
            updated
              ? `On ${formatDateTime(l.at)} your ${what} logged in with a newer system than before, so the system (and probably the TikTok app) was updated. ${versions} Updates can reset the app's cache; reports of likes disappearing after updates exist, but they are anecdotes.`
              : `On ${formatDateTime(l.at)} your ${what} logged in with ${order !== null && order < 0 ? 'an older system than before: the phone was restored, or replaced by one of the same model' : 'a different system than before'}. ${versions} A restored or reset phone starts the app with an empty cache; reports of likes disappearing then exist, but they are anecdotes.`,
            ['update-app', 'clear-cache', 'log-out-and-in'],
            `system:${device} ${system}`,
          )
        }
        seen.add(system)
        systemsSeen.set(device, seen)
        lastSystem.set(device, system)
      }
    }
    const prefix = isWifi(l) ? networkPrefix(l.ip) : null
    const carrier = l.carrier
    // The first Wi-Fi network and the first carrier ever seen are the user's own, whenever they first appear
    // (a light user may not use mobile data in the first week): only a second one is "new".
    const newWifi = prefix !== null && wifiPrefixes.size > 0 && !wifiPrefixes.has(prefix)
    const newCarrier = carrier !== null && carriers.size > 0 && !carriers.has(carrier)
    if ((newWifi || newCarrier) && !inBaseline) {
      emit(
        'new-network',
        l,
        newCarrier || prefix === null ? 'Logged in through a new mobile network' : 'Logged in from a new Wi-Fi network',
        `On ${formatDateTime(l.at)} your account connected from ${newCarrier || prefix === null ? 'a mobile network' : 'a Wi-Fi network'} not seen before in your login history (listed in the evidence). Likes given on an unstable or switching connection may not reach TikTok; a network you do not recognise can also mean someone else used your account.`,
        ['check-connection', 'secure-account'],
        newCarrier || prefix === null ? `carrier:${carrier}` : `network:${prefixLabel(prefix)}`,
      )
    }
    if (prefix !== null) wifiPrefixes.add(prefix)
    if (carrier !== null) carriers.add(carrier)
  }
  return events
}
