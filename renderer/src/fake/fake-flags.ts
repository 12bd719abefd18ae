// renderer: types only. The switches a screenshot or dev harness may inject as window.__LIKETRACE_FAKE__ to drive the fake API.
import type { ErrorCode } from '@shared/contract/result'

export interface FakeFlags {
  /** How many likes the sample export holds (default 12,000). */
  likes?: number
  /** Pause between progress events, in ms. */
  stepMs?: number
  /** Keep the import running after the last progress event until it is cancelled. */
  hold?: boolean
  /** Make every import end with this error. */
  fail?: ErrorCode
  failMessage?: string
  /** Start with no remembered imports. */
  noImports?: boolean
}
