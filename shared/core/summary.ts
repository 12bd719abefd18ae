// shared/core: Electron-free. Flattens a snapshot into the ExportSummary DTO (coverage per section) that the CLI prints and the app shows.
import type { ExportSummary, SectionCoverage, SectionName } from '@shared/contract/model'
import { SECTION_NAMES } from '@shared/contract/model'
import { isoOrNull } from './parse/fields'
import { RETENTION_DAYS } from './parse/list-kinds'
import type { ExportSnapshot } from './snapshot'

/** Time of every row of a section, oldest first; a deleted post is dated by its deletion (its posting date is kept on the row). */
export function sectionTimes(snapshot: ExportSnapshot, name: SectionName): ArrayLike<number> {
  if (name === 'watchHistory') return snapshot.watchTimes
  if (name === 'likes' || name === 'favorites') return snapshot[name].times
  if (name === 'deletedPosts') return snapshot.deletedPosts.map((p) => p.deletedAt ?? p.at).sort((a, b) => a - b)
  return snapshot[name].map((row) => row.at)
}

function coverage(snapshot: ExportSnapshot, name: SectionName): SectionCoverage {
  const times = sectionTimes(snapshot, name)
  const count = times.length
  return {
    present: snapshot.sectionsPresent.has(name),
    empty: snapshot.sectionsPresent.has(name) && count === 0,
    count,
    first: count > 0 ? isoOrNull(times[0]) : null,
    last: count > 0 ? isoOrNull(times[count - 1]) : null,
    retentionDays: RETENTION_DAYS[name],
  }
}

export function summarize(snapshot: ExportSnapshot): ExportSummary {
  const sections = {} as ExportSummary['sections']
  for (const name of SECTION_NAMES) sections[name] = coverage(snapshot, name)
  const studio = snapshot.studio
  if (studio) {
    sections.studio = {
      days: studio.days.length,
      first: isoOrNull(studio.days[0]?.at),
      last: isoOrNull(studio.days[studio.days.length - 1]?.at),
      files: [...studio.files],
    }
  }
  return {
    format: snapshot.format,
    generation: snapshot.generation,
    exportedAt: isoOrNull(snapshot.exportedAt),
    exportedAtSource: snapshot.exportedAtSource,
    partial: snapshot.partial,
    missingCategories: [...snapshot.missingCategories],
    account: { username: snapshot.profile.username, uid: snapshot.status.uid },
    files: snapshot.files.map((f) => ({ ...f })),
    ignoredFileCount: snapshot.ignoredFileCount,
    sections,
    settings: {
      likedVideosVisibility: settingValue(snapshot, 'Who Can View Videos I Liked'),
      privateAccount: settingValue(snapshot, 'Private Account'),
    },
    warnings: snapshot.warnings.map((w) => ({ ...w })),
  }
}

/** A setting by name, ignoring case, spacing and TikTok's stray trailing colons. */
export function settingValue(snapshot: ExportSnapshot, name: string): string | null {
  const want = name.toLowerCase().replace(/[^a-z0-9]/g, '')
  for (const [key, value] of snapshot.settings) {
    if (key.toLowerCase().replace(/[^a-z0-9]/g, '') === want) return value
  }
  return null
}
