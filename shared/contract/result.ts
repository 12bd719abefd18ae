// shared/contract: environment-free. The Result type and the error and warning codes every layer speaks.

/** Why an import failed. Each code has a plain-English explanation in `errors.ts`. */
export type ErrorCode =
  | 'BAD_ARGS'
  | 'FILE_NOT_FOUND'
  | 'READ_FAILED'
  | 'NOT_A_ZIP'
  | 'UNSUPPORTED_ZIP'
  | 'UNSUPPORTED_FILE'
  | 'NOT_A_TIKTOK_EXPORT'
  | 'ARCHIVE_TOO_LARGE'
  | 'ENTRY_TOO_LARGE'
  | 'TOO_MANY_ENTRIES'
  | 'BAD_ENCODING'
  | 'BAD_JSON'
  | 'BAD_SHAPE'
  | 'ARCHIVE_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'DIFFERENT_ACCOUNTS'
  | 'BUSY'

/** Something the reader noticed and worked around; `count` says how often. */
export interface Warning {
  code: string
  message: string
  count: number
}

export interface AppError {
  code: ErrorCode
  /** Plain English, says what happened and what the user can do. */
  message: string
}

export type Result<T> =
  | { ok: true; value: T; warnings: readonly Warning[] }
  | { ok: false; error: AppError; warnings: readonly Warning[] }
