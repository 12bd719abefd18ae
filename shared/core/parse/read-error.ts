// shared/core: Electron-free. The one exception type readers throw internally; the reader's entry point turns it into a Result.
import type { ErrorCode } from '@shared/contract/result'
import { ERROR_TEXT } from '@shared/contract/errors'

export class ReadError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Specific, user-facing detail ("line 12, column 5"); the generic title and advice come from ERROR_TEXT. */
    readonly detail?: string,
    /** Absolute byte offset in the JSON text, for BAD_JSON; turned into line and column by the caller. */
    readonly byteOffset?: number,
  ) {
    super(detail ? `${ERROR_TEXT[code].title} ${detail}` : ERROR_TEXT[code].title)
    this.name = 'ReadError'
  }
}

/** The message a user sees: what happened, the detail if any, and what to do. */
export function userMessage(code: ErrorCode, detail?: string): string {
  const text = ERROR_TEXT[code]
  return [text.title, detail, text.whatToDo].filter((s) => s !== undefined && s !== '').join(' ')
}
