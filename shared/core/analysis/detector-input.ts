// shared/core: Electron-free. What every detector receives, and the signature they share.
import type { CauseEvent } from '@shared/contract/model'
import type { ExportSnapshot } from '../snapshot'
import type { DetectorOptions } from './detector-options'
import type { ExportDiff } from './diff-exports'

export interface DetectorInput {
  snapshot: ExportSnapshot
  /** Present when an earlier export of the same account was compared; `snapshot` is then the newer one. */
  diff: ExportDiff | null
  options: DetectorOptions
}

export type Detector = (input: DetectorInput) => CauseEvent[]
