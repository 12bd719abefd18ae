// shared/core: Electron-free. New devices, OS updates and new networks from Login History: shown next to lost likes as correlation, never as proof.
import type { CauseEvent } from '@shared/contract/model'
import type { LoginRow } from '../../snapshot'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, makeEvent, timeLabel } from '../event-factory'

const loginId = (l: LoginRow): string => `login:${new Date(l.at).toISOString()}`

/** IPv4 /16 or IPv6 /32: home and office networks keep their prefix; a new prefix on Wi-Fi is a new place. */
export function networkPrefix(ip: string | null): string | null {
  if (ip === null) return null
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(ip)
  if (v4) return `${v4[1]}.${v4[2]}`
  if (ip.includes(':')) return ip.toLowerCase().split(':').slice(0, 2).join(':')
  return null
}

const isWifi = (l: LoginRow): boolean => /wi-?fi|wlan/i.test(l.networkType ?? '')

export function detectLoginChanges({ snapshot, options }: DetectorInput): CauseEvent[] {
  const logins = snapshot.logins
  if (logins.length === 0) return []
  const baselineEnd = (logins[0] as LoginRow).at + options.loginBaselineDays * DAY_MS
  const devices = new Set<string>()
  const systems = new Map<string, string>()
  const wifiPrefixes = new Set<string>()
  const carriers = new Set<string>()
  const events: CauseEvent[] = []
  const emit = (kind: 'new-device' | 'os-change' | 'new-network', l: LoginRow, title: string, explanation: string, actions: CauseEvent['actions']): void => {
    const later = logins.filter((x) => x.at >= l.at).length
    events.push(
      makeEvent(
        { kind, start: l.at, end: l.at, confidence: 'low', title, explanation, counts: { loginsFromThen: later }, rowIds: [loginId(l)], actions },
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
        emit(
          'new-device',
          l,
          `Logged in on a new device (${device})`,
          `On ${timeLabel(l.at)} your account logged in on ${device}${l.deviceSystem ? ` (${l.deviceSystem})` : ''}, a device not seen before in your login history. There is no public evidence that a new device removes likes, but the app on a new phone starts with an empty cache, and users often notice missing likes then. If you do not recognise this device, secure your account.`,
          ['log-out-and-in', 'secure-account'],
        )
      }
      devices.add(device)
      const system = l.deviceSystem
      if (system !== null) {
        const before = systems.get(device)
        if (known && before !== undefined && before !== system && !inBaseline) {
          emit(
            'os-change',
            l,
            `${device} updated: ${before} → ${system}`,
            `On ${timeLabel(l.at)} your ${device} logged in with ${system} instead of ${before}, so the system (and probably the app) was updated. Updates can reset the app's cache; reports of likes disappearing after updates exist, but they are anecdotes.`,
            ['update-app', 'clear-cache', 'log-out-and-in'],
          )
        }
        systems.set(device, system)
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
        newCarrier ? `Logged in through a new mobile network (${carrier})` : 'Logged in from a new Wi-Fi network',
        `On ${timeLabel(l.at)} your account connected from a network not seen before in your login history${newWifi && l.ip ? ` (${l.ip})` : ''}. Likes given on an unstable or switching connection may not reach TikTok; a network you do not recognise can also mean someone else used your account.`,
        ['check-connection', 'secure-account'],
      )
    }
    if (prefix !== null) wifiPrefixes.add(prefix)
    if (carrier !== null) carriers.add(carrier)
  }
  return events
}
