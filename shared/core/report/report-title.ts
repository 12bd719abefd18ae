// shared/core: Electron-free. The report's name in one date style ("LikeTrace report — @account — 10 Mar 2025"), the account it names, and whether it is the made-up sample.
import { formatDate } from '@shared/contract/dates'
import type { ExportView } from '@shared/contract/views'

/** The account of the sample shipped with the app (made by shared/synth/sample-pair.ts; a test holds the two together). */
export const SAMPLE_ACCOUNT = { username: 'yaratravel7481', uid: '6890216922293145913' } as const

/** "10 Mar 2025" in UTC: the app's one date style. */
export function reportDay(iso: string): string {
  return formatDate(iso)
}

/** Control, format and bidi characters never reach a title or footer: they could reverse or hide the text around them. */
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu
const MAX_NAME = 60

/** "@name" from the export, else from the Studio links; null when neither names the account. */
export function reportAccount(view: ExportView): string | null {
  const raw = view.summary.account.username ?? view.studio?.account ?? null
  if (raw === null) return null
  const name = raw.replace(UNSAFE, '').replace(/^@+/, '').trim().slice(0, MAX_NAME)
  return name === '' ? null : `@${name}`
}

export function reportTitle(account: string | null, generatedAt: string): string {
  return ['LikeTrace report', account, reportDay(generatedAt)].filter((p) => p !== null).join(' — ')
}

/** The sample is known by its account (username and user id together), so a report of it is marked as made up wherever it is read from. */
export function isSampleAccount(account: ExportView['summary']['account']): boolean {
  return account.username === SAMPLE_ACCOUNT.username && account.uid === SAMPLE_ACCOUNT.uid
}
