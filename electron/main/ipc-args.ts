// electron/main: glue (pure). Runtime parsers for every channel's arguments: the renderer is untrusted, so nothing is taken on its type.
import type { ArgParser } from './ipc'
import type { Channel } from '@shared/contract/ipc-contract'
import type { BucketUnit, DialogRequest, HistoryRequest, LikesPageRequest, LikeStatus, PaperSize, ReportRequest, ReportTarget } from '@shared/contract/views'
import { validateImportPaths } from '@shared/core/policy/path-policy'
import { videoUrlFor } from '@shared/core/policy/url-policy'
import { GRANT_TOKEN } from './import-grants'

/** Largest offset into a like list; far above any account (TikTok keeps a few hundred thousand likes at most). */
export const MAX_LIKES_OFFSET = 100_000_000
/** Rows per page; the engine clamps to the same number. */
export const MAX_LIKES_LIMIT = 1000

const IMPORT_ID = /^[0-9a-fA-F]{64}$/
/** IANA names such as `Europe/Amsterdam`, `America/Argentina/Buenos_Aires`, `Etc/GMT+5`, `UTC`. */
const TIME_ZONE = /^[A-Za-z0-9_+\-/]{1,64}$/
/** ISO-8601 dates as the renderer sends them: a day, or a UTC/offset date-time. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/

const UNITS: ReadonlySet<string> = new Set<BucketUnit>(['day', 'week', 'month'])
const STATUSES: ReadonlySet<string> = new Set<LikeStatus | 'all'>(['present', 'vanished', 'in-burst', 'all'])
const ORDERS: ReadonlySet<string> = new Set(['newest', 'oldest'])
const DIALOG_KINDS: ReadonlySet<string> = new Set(['file', 'folder'])

/** A store id (SHA-256 hex), lower-cased; anything else could become part of a file path in the store. */
export function importId(value: unknown): string | null {
  return typeof value === 'string' && IMPORT_ID.test(value) ? value.toLowerCase() : null
}

/**
 * A plain data object whose keys are all in `allowed`, or null. IPC structured-clones its arguments, so a real request is
 * a plain object; anything else (arrays, class instances, extra keys) means the caller and contract disagree.
 */
function record(value: unknown, allowed: ReadonlySet<string>): Readonly<Record<string, unknown>> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return null
  for (const key of Object.keys(value)) if (!allowed.has(key)) return null
  return value as Readonly<Record<string, unknown>>
}

/** Reads an own property only: `in` or plain indexing would also see Object.prototype. */
function field(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}

function isoDate(value: unknown): string | null {
  return typeof value === 'string' && ISO_DATE.test(value) && Number.isFinite(Date.parse(value)) ? value : null
}

function timeZone(value: unknown): string | null {
  if (typeof value !== 'string' || !TIME_ZONE.test(value)) return null
  try {
    // The engine builds an Intl formatter from it; an unknown zone would throw there.
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value
  } catch {
    return null
  }
}

function boundedInt(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? value : null
}

/** `undefined` (absent) stays absent; a present value must pass `check`. Returns false when a present value fails. */
function optional<T>(value: unknown, check: (v: unknown) => T | null): { ok: true; value: T | undefined } | { ok: false } {
  if (value === undefined) return { ok: true, value: undefined }
  const v = check(value)
  return v === null ? { ok: false } : { ok: true, value: v }
}

const oneOf =
  <T extends string>(set: ReadonlySet<string>) =>
  (value: unknown): T | null =>
    typeof value === 'string' && set.has(value) ? (value as T) : null

const HISTORY_KEYS: ReadonlySet<string> = new Set(['exportId', 'unit', 'timeZone', 'from', 'to', 'olderId'])

export function historyRequest(value: unknown): HistoryRequest | null {
  const obj = record(value, HISTORY_KEYS)
  if (obj === null) return null
  const exportId = importId(field(obj, 'exportId'))
  const unit = oneOf<BucketUnit>(UNITS)(field(obj, 'unit'))
  const tz = optional(field(obj, 'timeZone'), timeZone)
  const from = optional(field(obj, 'from'), isoDate)
  const to = optional(field(obj, 'to'), isoDate)
  const olderId = optional(field(obj, 'olderId'), importId)
  if (exportId === null || unit === null || !tz.ok || !from.ok || !to.ok || !olderId.ok) return null
  if (from.value !== undefined && to.value !== undefined && Date.parse(from.value) > Date.parse(to.value)) return null
  if (olderId.value === exportId) return null
  // Built field by field: nothing from the renderer's object is spread into what the engine sees.
  const req: HistoryRequest = { exportId, unit }
  if (tz.value !== undefined) req.timeZone = tz.value
  if (from.value !== undefined) req.from = from.value
  if (to.value !== undefined) req.to = to.value
  if (olderId.value !== undefined) req.olderId = olderId.value
  return req
}

const LIKES_KEYS: ReadonlySet<string> = new Set(['exportId', 'olderId', 'offset', 'limit', 'status', 'order'])

export function likesPageRequest(value: unknown): LikesPageRequest | null {
  const obj = record(value, LIKES_KEYS)
  if (obj === null) return null
  const exportId = importId(field(obj, 'exportId'))
  const offset = boundedInt(field(obj, 'offset'), 0, MAX_LIKES_OFFSET)
  const limit = boundedInt(field(obj, 'limit'), 1, MAX_LIKES_LIMIT)
  const olderId = optional(field(obj, 'olderId'), importId)
  const status = optional(field(obj, 'status'), oneOf<LikeStatus | 'all'>(STATUSES))
  const order = optional(field(obj, 'order'), oneOf<'newest' | 'oldest'>(ORDERS))
  if (exportId === null || offset === null || limit === null || !olderId.ok || !status.ok || !order.ok) return null
  if (olderId.value === exportId) return null
  const req: LikesPageRequest = { exportId, offset, limit }
  if (olderId.value !== undefined) req.olderId = olderId.value
  if (status.value !== undefined) req.status = status.value
  if (order.value !== undefined) req.order = order.value
  return req
}

export function dialogRequest(value: unknown): DialogRequest | null {
  const obj = record(value, new Set(['kind']))
  if (obj === null) return null
  const kind = oneOf<DialogRequest['kind']>(DIALOG_KINDS)(field(obj, 'kind'))
  return kind === null ? null : { kind }
}

const TARGET_KEYS: ReadonlySet<string> = new Set(['exportId', 'olderId'])
const REPORT_KEYS: ReadonlySet<string> = new Set(['exportId', 'olderId', 'generatedAt', 'paper'])
const PAPERS: ReadonlySet<string> = new Set<PaperSize>(['A4', 'Letter'])
/** The report's time stamp: a full UTC date-time as toISOString() writes it, nothing looser. */
const UTC_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/

export function reportTarget(value: unknown): ReportTarget | null {
  const obj = record(value, TARGET_KEYS)
  if (obj === null) return null
  const exportId = importId(field(obj, 'exportId'))
  const olderId = optional(field(obj, 'olderId'), importId)
  if (exportId === null || !olderId.ok || olderId.value === exportId) return null
  const target: ReportTarget = { exportId }
  if (olderId.value !== undefined) target.olderId = olderId.value
  return target
}

export function reportRequest(value: unknown): ReportRequest | null {
  const obj = record(value, REPORT_KEYS)
  if (obj === null) return null
  const target = reportTarget(Object.fromEntries([...TARGET_KEYS].filter((k) => Object.hasOwn(obj, k)).map((k) => [k, obj[k]])))
  const stamp = field(obj, 'generatedAt')
  const generatedAt = typeof stamp === 'string' && UTC_STAMP.test(stamp) && Number.isFinite(Date.parse(stamp)) ? stamp : null
  const paper = oneOf<PaperSize>(PAPERS)(field(obj, 'paper'))
  if (target === null || generatedAt === null || paper === null) return null
  return { ...target, generatedAt, paper }
}

/** One parser per channel. The mapped type makes a missing channel a compile error. */
export const ARG_PARSERS: { readonly [C in Channel]: ArgParser<C> } = {
  // A token, never a path: the renderer cannot name files for main to read (import-grants.ts).
  'import:start': (args) => (args.length === 1 && typeof args[0] === 'string' && GRANT_TOKEN.test(args[0]) ? [args[0]] : null),
  'import:grant-dropped': (args) => {
    if (args.length !== 1) return null
    const paths = validateImportPaths(args[0])
    return paths === null ? null : [paths]
  },
  'import:cancel': (args) => (args.length === 0 ? [] : null),
  'import:sample': (args) => (args.length === 0 ? [] : null),
  'imports:list': (args) => (args.length === 0 ? [] : null),
  'imports:open': (args) => {
    const id = args.length === 1 ? importId(args[0]) : null
    return id === null ? null : [id]
  },
  'imports:forget': (args) => {
    const id = args.length === 1 ? importId(args[0]) : null
    return id === null ? null : [id]
  },
  'imports:compare': (args) => {
    if (args.length !== 2) return null
    const older = importId(args[0])
    const newer = importId(args[1])
    // Comparing an import with itself is meaningless; refuse it here rather than in the engine.
    return older === null || newer === null || older === newer ? null : [older, newer]
  },
  'export:history': (args) => {
    const req = args.length === 1 ? historyRequest(args[0]) : null
    return req === null ? null : [req]
  },
  'export:likes': (args) => {
    const req = args.length === 1 ? likesPageRequest(args[0]) : null
    return req === null ? null : [req]
  },
  'dialog:open': (args) => {
    const req = args.length === 1 ? dialogRequest(args[0]) : null
    return req === null ? null : [req]
  },
  'link:open-video': (args) => {
    const id = args.length === 1 && videoUrlFor(args[0]) !== null ? args[0] : null
    return typeof id === 'string' ? [id] : null
  },
  'report:data': (args) => {
    const req = args.length === 1 ? reportRequest(args[0]) : null
    return req === null ? null : [req]
  },
  'report:export-pdf': (args) => {
    const target = args.length === 1 ? reportTarget(args[0]) : null
    return target === null ? null : [target]
  },
  'report:export-csv': (args) => {
    const target = args.length === 1 ? reportTarget(args[0]) : null
    return target === null ? null : [target]
  },
}

