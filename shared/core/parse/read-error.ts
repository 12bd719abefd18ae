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

/** Control characters (C0 but tab and newline, DEL, C1) and bidi overrides: terminal escapes and reordering tricks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Text from an export (names, usernames) made safe to print: unsafe characters become U+FFFD, nothing else changes. */
export function printable(text: string): string {
  return text.replace(UNSAFE_TEXT, '\ufffd')
}

/**
 * A file name as messages show it. Names come from the archive: one may carry terminal escape sequences (the
 * command line prints messages to a terminal), bidi overrides that disguise an extension, or run to 64 KB.
 */
export function shownName(name: string): string {
  const clean = printable(name).replace(/[\t\n]/g, '\ufffd')
  return clean.length > 120 ? `${clean.slice(0, 60)}…${clean.slice(-59)}` : clean
}
