// shared/core: Electron-free. Flattens an ExportDiff into the DiffSummary DTO (counts, and clusters largest first) for the CLI and the app.
import type { DiffSummary } from '@shared/contract/model'
import { isoOrNull } from '../parse/fields'
import type { ExportDiff } from './diff-exports'
import { clustersBySize } from './event-order'

export function summarizeDiff(diff: ExportDiff): DiffSummary {
  return {
    accountMatch: diff.accountMatch,
    olderExportedAt: isoOrNull(diff.older.exportedAt),
    newerExportedAt: isoOrNull(diff.newer.exportedAt),
    window: { from: isoOrNull(diff.window.from), to: isoOrNull(diff.window.to) },
    vanished: { count: diff.vanished.length },
    beyondWindow: { count: diff.beyondWindow.length },
    added: { count: diff.added.length },
    clusters: clustersBySize(
      diff.clusters.map((c) => ({
        start: new Date(c.start).toISOString(),
        end: new Date(c.end).toISOString(),
        count: c.likes.length,
        keptInSpan: c.keptInSpan,
        videoIds: c.likes.map((l) => l.videoId),
      })),
    ),
  }
}
