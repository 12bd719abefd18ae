// shared/core: Electron-free. Picks the report's paper from a locale: US Letter where that is the norm, A4 everywhere else.
import type { PaperSize } from '@shared/contract/views'

/** Regions that use US Letter (ISO 3166 codes): the US and its territories, Canada, Mexico, parts of Central and South America, the Philippines. */
const LETTER_REGIONS: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'CA', 'MX', 'BZ', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'CO', 'VE', 'CL', 'PH', 'DO'])

/**
 * `en-US`, `en_US.UTF-8`, `es-MX`, a bare region such as `US` → 'Letter'; `nl-NL`, `en-GB`, `C`, '' → 'A4'.
 * A locale without a region (`en`) gets A4: most of the world uses it.
 */
export function paperForLocale(locale: string | null | undefined): PaperSize {
  if (!locale) return 'A4'
  // POSIX locales (`en_US.UTF-8@euro`) carry an encoding and modifier; BCP 47 tags (`en-US`) use hyphens.
  const parts = (locale.split(/[.@]/)[0] ?? '').replace(/_/g, '-').split('-')
  const only = parts.length === 1 ? (parts[0] ?? '') : ''
  const region = /^[A-Z]{2}$/.test(only) ? only : parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? 'Letter' : 'A4'
}
