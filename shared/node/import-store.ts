// shared/node: Node adapters. Remembered imports on disk: atomic writes, content-hash ids, list and forget.
import { createHash, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportFormat, Generation } from '@shared/contract/model'
import type { Warning } from '@shared/contract/result'
import type { ExportSnapshot } from '../core/snapshot'
import type { AccountIdentity, AccountMatch } from '../core/store/account'
import { accountEvidence, accountIdentity, accountLabel, compareIdentities } from '../core/store/account'
import type { StoredSnapshotV1 } from '../core/store/stored-snapshot'
import { fromStoredSnapshot, STORED_SNAPSHOT_KEYS, toStoredSnapshot } from '../core/store/stored-snapshot'

/** One remembered import, from the file's header alone. Times are ms since epoch (UTC), like the snapshot's. */
export interface ImportListing {
  id: string
  importedAt: number
  /** Base name of what the user dropped (`TikTok_Data_….zip`); never a path. */
  sourceName: string
  account: string | null
  exportedAt: number | null
  format: ExportFormat
  generation: Generation | null
  likeCount: number
  likeFirst: number | null
  likeLast: number | null
  partial: boolean
  /** The sample shipped with the app: never compared with anyone's own export, nor theirs with it. */
  sample: boolean
  /** An export requested without its like list (not an empty one): the list says so instead of "0 likes". */
  noLikeList: boolean
}

export interface SaveMeta {
  importedAt: number
  sourceName: string
  /** True when this is the shipped sample. */
  sample?: boolean
}

/**
 * File layout, `<id>.json`:
 *   line 1  header: what a listing needs, plus the body's length and SHA-256, so listing reads a few hundred bytes
 *           per import and still notices a file cut short (its size disagrees with the header);
 *   then    one line per snapshot field, `{"<field>":<value>}`, in STORED_SNAPSHOT_KEYS order. Separate lines keep each
 *           JSON.parse far below V8's ~512 MB string limit however long the watch history.
 */
const HEADER_MAGIC = 'liketrace.import'
const HEADER_VERSION = 1
const HEADER_MAX_BYTES = 8 * 1024
/** A body longer than this is refused on read: no export comes near it, and reading it would exhaust memory. */
const MAX_BODY_BYTES = 2 * 1024 * 1024 * 1024
const MAX_SOURCE_NAME_CHARS = 255
const MAX_LABEL_CHARS = 128
/** Unfinished writes older than this belong to a crashed save, not to one in progress. */
const STALE_TMP_MS = 60 * 60 * 1000

/** Domain prefix of the content hash; a new stored format gets a new prefix, hence new ids. */
const ID_DOMAIN = 'liketrace.import.v1\n'
/**
 * Fields left out of the id: they describe the container and the reader's view of it, not the export. The same
 * export as a bare JSON, as TikTok's `TikTok_Data_<stamp>.zip` (whose name stamp can move exportedAt), or re-zipped
 * with a folder prefix differs only here.
 */
const PROVENANCE_KEYS: ReadonlySet<keyof StoredSnapshotV1> = new Set(['files', 'ignoredFiles', 'exportedAt', 'exportedAtSource', 'warnings'])

const ID_PATTERN = /^[0-9a-f]{64}$/
const STORE_FILE = /^([0-9a-f]{64})\.json$/
const TMP_FILE = /^[0-9a-f]{64}\.json\.[0-9a-f]{16}\.tmp$/
/** Files operating systems drop into any folder a user opens; not worth a warning. */
const OS_NOISE = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])

interface HeaderV1 extends Omit<ImportListing, 'sample' | 'noLikeList'> {
  /** Present (and true) only for the shipped sample. */
  sample?: true
  /** Present (and true) only for an export without a like list; files saved before it existed lack it. */
  noLikeList?: true
  magic: typeof HEADER_MAGIC
  version: typeof HEADER_VERSION
  bodyBytes: number
  bodySha256: string
  /** SHA-256 of each identity part, so matching works from the header without the header holding the uid. */
  identity: AccountIdentity
}

const HEADER_KEYS = [
  'magic',
  'version',
  'id',
  'bodyBytes',
  'bodySha256',
  'importedAt',
  'sourceName',
  'account',
  'identity',
  'exportedAt',
  'format',
  'generation',
  'likeCount',
  'likeFirst',
  'likeLast',
  'partial',
] as const satisfies ReadonlyArray<keyof HeaderV1>
/** Keys written only when they hold something (files saved before they existed lack them and stay valid). */
const OPTIONAL_HEADER_KEYS: ReadonlySet<string> = new Set(['sample', 'noLikeList'])

type SkipReason = 'damaged' | 'newer' | 'foreign' | 'unfinished' | 'unreadable'

type ReadOutcome = { ok: true; header: HeaderV1; body: Buffer | null } | { ok: false; reason: SkipReason }

/** A store id (64 hex digits) or null: anything else never reaches a path, so `../x` or `/etc/passwd` cannot. */
function storeId(id: unknown): string | null {
  return typeof id === 'string' && /^[0-9a-fA-F]{64}$/.test(id) ? id.toLowerCase() : null
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function hashedIdentity(identity: AccountIdentity): AccountIdentity {
  const h = (v: string | null): string | null => (v === null ? null : sha256(`liketrace.account\n${v}`))
  return { uid: h(identity.uid), username: h(identity.username) }
}

/** At most `max` characters, never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : Array.from(text).slice(0, max).join('')
}

/** The base name only, without control characters: the store keeps no paths. */
function cleanSourceName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  return clip(base.replace(/[\u0000-\u001f\u007f]/g, '').trim(), MAX_SOURCE_NAME_CHARS)
}

function errorCode(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype
}

/** Exactly the header keys, each of the right type; a planted header with extra or odd values is "damaged". */
function validHeader(x: Record<string, unknown>): HeaderV1 | null {
  const keys = Object.keys(x)
  const extra = keys.filter((k) => !(HEADER_KEYS as readonly string[]).includes(k))
  if (keys.length - extra.length !== HEADER_KEYS.length || !HEADER_KEYS.every((k) => Object.prototype.hasOwnProperty.call(x, k))) return null
  if (!extra.every((k) => OPTIONAL_HEADER_KEYS.has(k)) || (Object.prototype.hasOwnProperty.call(x, 'sample') && x.sample !== true) || (Object.prototype.hasOwnProperty.call(x, 'noLikeList') && x.noLikeList !== true)) return null
  const isTime = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 8.64e15
  const isTimeOrNull = (v: unknown): boolean => v === null || isTime(v)
  const isHash = (v: unknown): boolean => typeof v === 'string' && ID_PATTERN.test(v)
  const isHashOrNull = (v: unknown): boolean => v === null || isHash(v)
  const identity = x.identity
  const ok =
    x.magic === HEADER_MAGIC &&
    x.version === HEADER_VERSION &&
    isHash(x.id) &&
    typeof x.bodyBytes === 'number' &&
    Number.isSafeInteger(x.bodyBytes) &&
    x.bodyBytes >= 0 &&
    x.bodyBytes <= MAX_BODY_BYTES &&
    isHash(x.bodySha256) &&
    isTime(x.importedAt) &&
    typeof x.sourceName === 'string' &&
    x.sourceName.length <= MAX_SOURCE_NAME_CHARS * 2 &&
    (x.account === null || (typeof x.account === 'string' && x.account.length <= MAX_LABEL_CHARS * 2)) &&
    isRecord(identity) &&
    Object.keys(identity).length === 2 &&
    isHashOrNull(identity.uid) &&
    isHashOrNull(identity.username) &&
    isTimeOrNull(x.exportedAt) &&
    (x.format === 'json' || x.format === 'txt' || x.format === 'studio-csv') &&
    (x.generation === null || x.generation === 'A' || x.generation === 'B' || x.generation === 'C' || x.generation === 'D') &&
    typeof x.likeCount === 'number' &&
    Number.isSafeInteger(x.likeCount) &&
    x.likeCount >= 0 &&
    isTimeOrNull(x.likeFirst) &&
    isTimeOrNull(x.likeLast) &&
    typeof x.partial === 'boolean'
  return ok ? (x as unknown as HeaderV1) : null
}

function listingOf(h: HeaderV1): ImportListing {
  return {
    id: h.id,
    importedAt: h.importedAt,
    sourceName: h.sourceName,
    account: h.account,
    exportedAt: h.exportedAt,
    format: h.format,
    generation: h.generation,
    likeCount: h.likeCount,
    likeFirst: h.likeFirst,
    likeLast: h.likeLast,
    partial: h.partial,
    sample: h.sample === true,
    noLikeList: h.noLikeList === true,
  }
}

async function readExactly(fh: FileHandle, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done)
    if (bytesRead === 0) throw Object.assign(new Error('File shrank while being read.'), { code: 'ESHORT' })
    done += bytesRead
  }
  return buf
}

/** The body's lines back into one object, each line holding exactly the field expected at its place. */
function parseBody(body: Buffer): Record<string, unknown> | null {
  const data: Record<string, unknown> = {}
  let start = 0
  for (const key of STORED_SNAPSHOT_KEYS) {
    const end = body.indexOf(0x0a, start)
    if (end === -1) return null
    let line: unknown
    try {
      line = JSON.parse(body.toString('utf8', start, end))
    } catch {
      return null
    }
    if (!isRecord(line) || Object.keys(line).length !== 1 || !Object.prototype.hasOwnProperty.call(line, key)) return null
    // `key` comes from our own constant list, never from the file, so this assignment cannot touch a prototype.
    data[key] = line[key]
    start = end + 1
  }
  return start === body.length ? data : null
}

/** Makes a rename or unlink durable. Windows cannot open a folder for fsync; NTFS journals the rename itself. */
async function syncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch (e) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP', 'EACCES'].includes(errorCode(e) ?? '')) throw e
  } finally {
    await fh?.close().catch(() => undefined)
  }
}

function skippedWarning(reasons: ReadonlyMap<SkipReason, number>): Warning[] {
  let count = 0
  for (const n of reasons.values()) count += n
  if (count === 0) return []
  const words: Record<SkipReason, (n: number) => string> = {
    damaged: () => 'damaged or cut short',
    newer: () => 'saved by a newer LikeTrace',
    foreign: () => 'not made by LikeTrace',
    unfinished: (n) => (n === 1 ? 'unfinished save' : 'unfinished saves'),
    unreadable: () => 'could not be opened',
  }
  const parts = [...reasons].filter(([, n]) => n > 0).map(([reason, n]) => `${n} ${words[reason](n)}`)
  return [
    {
      code: 'STORE_FILE_SKIPPED',
      message: `${count === 1 ? '1 file' : `${count} files`} in the saved-imports folder ${count === 1 ? 'was' : 'were'} skipped (${parts.join(', ')}). Other saved imports are not affected.`,
      count,
    },
  ]
}

export class ImportStore {
  constructor(private readonly dir: string) {}

  private path(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  /**
   * Remembers a snapshot. The id is the SHA-256 of its stored content without provenance, so the same export
   * imported again (zipped or not) is recognised and not written twice.
   */
  async save(snapshot: ExportSnapshot, meta: SaveMeta): Promise<{ id: string; alreadyStored: boolean }> {
    if (!Number.isFinite(meta.importedAt) || Math.abs(meta.importedAt) > 8.64e15) throw new RangeError('importedAt must be a time in ms.')
    const stored = toStoredSnapshot(snapshot)
    const idHash = createHash('sha256').update(ID_DOMAIN)
    const bodyHash = createHash('sha256')
    const lines: Buffer[] = []
    let bodyBytes = 0
    for (const key of STORED_SNAPSHOT_KEYS) {
      const line = Buffer.from(`{${JSON.stringify(key)}:${JSON.stringify(stored[key])}}\n`, 'utf8')
      lines.push(line)
      bodyBytes += line.length
      bodyHash.update(line)
      if (!PROVENANCE_KEYS.has(key)) idHash.update(line)
    }
    if (bodyBytes > MAX_BODY_BYTES) throw new RangeError('The snapshot is too large to remember.')
    const id = idHash.digest('hex')

    const existing = await this.read(id, true).catch((): ReadOutcome => ({ ok: false, reason: 'unreadable' }))
    if (existing.ok) return { id, alreadyStored: true }

    const likes = snapshot.likes
    const header: HeaderV1 = {
      magic: HEADER_MAGIC,
      version: HEADER_VERSION,
      id,
      bodyBytes,
      bodySha256: bodyHash.digest('hex'),
      importedAt: meta.importedAt,
      sourceName: cleanSourceName(meta.sourceName),
      account: ((label) => (label === null ? null : clip(label, MAX_LABEL_CHARS)))(accountLabel(snapshot)),
      identity: hashedIdentity(accountIdentity(snapshot)),
      exportedAt: snapshot.exportedAt,
      format: snapshot.format,
      generation: snapshot.generation,
      likeCount: likes.length,
      likeFirst: likes.first ?? null,
      likeLast: likes.last ?? null,
      partial: snapshot.partial,
      ...(meta.sample === true ? { sample: true as const } : {}),
      ...(snapshot.format !== 'studio-csv' && !snapshot.sectionsPresent.has('likes') ? { noLikeList: true as const } : {}),
    }
    const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')
    if (headerLine.length > HEADER_MAX_BYTES) throw new RangeError('Import header too large.')

    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    // A damaged file under this id (a crash on a filesystem without atomic rename, a bad disk) is replaced below.
    const tmp = join(this.dir, `${id}.json.${randomBytes(8).toString('hex')}.tmp`)
    let fh: FileHandle | undefined = await open(tmp, 'wx', 0o600)
    try {
      await fh.writeFile(headerLine)
      for (const line of lines) await fh.writeFile(line)
      await fh.sync()
      await fh.close()
      fh = undefined
      await rename(tmp, this.path(id))
    } catch (e) {
      await fh?.close().catch(() => undefined)
      await unlink(tmp).catch(() => undefined)
      throw e
    }
    await syncDir(this.dir)
    return { id, alreadyStored: false }
  }

  /** Every readable import, newest import first; unreadable files are skipped and counted in one warning. */
  async list(): Promise<{ imports: ImportListing[]; warnings: Warning[] }> {
    const { headers, warnings } = await this.scan()
    return { imports: headers.map(listingOf), warnings }
  }

  /** The remembered snapshot, or null for a malformed id, a missing file, or one that fails any check. */
  async load(id: string): Promise<ExportSnapshot | null> {
    const key = storeId(id)
    if (key === null) return null
    try {
      const outcome = await this.read(key, true)
      if (!outcome.ok || outcome.body === null) return null
      const data = parseBody(outcome.body)
      const snapshot = data === null ? null : fromStoredSnapshot(data)
      // The header drives listing and matching; a body that disagrees with it was not written by save().
      if (snapshot === null || snapshot.likes.length !== outcome.header.likeCount || snapshot.format !== outcome.header.format) return null
      return snapshot
    } catch {
      return null
    }
  }

  /**
   * Deletes an import and any unfinished copy of it. True when the import existed. Other I/O errors are thrown:
   * the user asked for their data to be gone and must hear when it is not.
   */
  async forget(id: string): Promise<boolean> {
    const key = storeId(id)
    if (key === null) return false
    let removed = true
    try {
      await unlink(this.path(key))
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') throw e
      removed = false
    }
    try {
      for (const name of await readdir(this.dir)) {
        if (TMP_FILE.test(name) && name.startsWith(`${key}.json.`)) await unlink(join(this.dir, name)).catch(() => undefined)
      }
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') throw e
    }
    if (removed) await syncDir(this.dir)
    return removed
  }

  /**
   * The import to compare a new one with: the latest import exported before it that is shown to be the same account —
   * the same uid or username, or, where either lacks one, enough likes in common (see `accountEvidence`). One of
   * unknown identity whose likes do not show it is never paired automatically; the user can still choose to compare.
   * The shipped sample is never paired with anything but the sample.
   */
  async latestEarlierImport(snapshot: ExportSnapshot, excludeId?: string): Promise<{ listing: ImportListing; snapshot: ExportSnapshot; match: 'same'; by: 'identity' | 'shared-likes' } | null> {
    const when = (exportedAt: number | null, likeLast: number | null): number | null => exportedAt ?? likeLast
    const target = when(snapshot.exportedAt, snapshot.likes.last ?? null)
    // TikTok Studio CSVs alone hold no likes given: comparing them with a like export would call every like vanished (or added).
    if (target === null || snapshot.format === 'studio-csv') return null
    const me = hashedIdentity(accountIdentity(snapshot))
    const exclude = excludeId === undefined ? null : storeId(excludeId)
    const headers = (await this.scan()).headers
    const sample = headers.find((h) => h.id === exclude)?.sample === true
    const pools: Record<'same' | 'unknown', Array<{ header: HeaderV1; at: number }>> = { same: [], unknown: [] }
    for (const header of headers) {
      if (header.id === exclude || header.format === 'studio-csv' || (header.sample === true) !== sample) continue
      const at = when(header.exportedAt, header.likeLast)
      if (at === null || at >= target) continue
      const match: AccountMatch = compareIdentities(me, header.identity)
      if (match !== 'different') pools[match].push({ header, at })
    }
    for (const match of ['same', 'unknown'] as const) {
      const pool = pools[match].sort((a, b) => b.at - a.at || b.header.importedAt - a.header.importedAt)
      for (const { header } of pool) {
        const earlier = await this.load(header.id)
        if (earlier === null) continue
        // Re-checked on the full snapshot: a header is only a hint and must never pair two different accounts.
        const evidence = accountEvidence(snapshot, earlier)
        if (evidence.match === 'same' && evidence.by !== null) return { listing: listingOf(header), snapshot: earlier, match: 'same', by: evidence.by }
      }
    }
    return null
  }

  /** Reads and checks one store file: header always, body (length and SHA-256 checked) when asked. */
  private async read(id: string, withBody: boolean): Promise<ReadOutcome> {
    let fh: FileHandle
    try {
      // O_NOFOLLOW: a symbolic link planted under a store name is not followed out of the folder. O_NONBLOCK: opening a
      // FIFO planted there would otherwise wait for a writer forever, and the imports list with it; the type check
      // below then refuses it. Regular files read the same either way. (Each flag is 0 where unsupported.)
      fh = await open(this.path(id), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
    } catch (e) {
      return { ok: false, reason: errorCode(e) === 'ELOOP' ? 'foreign' : 'unreadable' }
    }
    try {
      const info = await fh.stat()
      if (!info.isFile()) return { ok: false, reason: 'foreign' }
      const head = await readExactly(fh, Math.min(info.size, HEADER_MAX_BYTES), 0)
      const newline = head.indexOf(0x0a)
      // A header cut short or garbled still names us near its start: that file is ours and damaged, not foreign.
      const ours = head.subarray(0, 64).includes(HEADER_MAGIC) || head.length === 0
      if (newline === -1) return { ok: false, reason: ours ? 'damaged' : 'foreign' }
      let parsed: unknown
      try {
        parsed = JSON.parse(head.toString('utf8', 0, newline))
      } catch {
        return { ok: false, reason: ours ? 'damaged' : 'foreign' }
      }
      if (!isRecord(parsed) || parsed.magic !== HEADER_MAGIC) return { ok: false, reason: 'foreign' }
      if (typeof parsed.version === 'number' && parsed.version > HEADER_VERSION) return { ok: false, reason: 'newer' }
      const header = validHeader(parsed)
      if (header === null || header.id !== id || info.size !== newline + 1 + header.bodyBytes) return { ok: false, reason: 'damaged' }
      if (!withBody) return { ok: true, header, body: null }
      const body = await readExactly(fh, header.bodyBytes, newline + 1)
      if (sha256(body) !== header.bodySha256) return { ok: false, reason: 'damaged' }
      return { ok: true, header, body }
    } finally {
      await fh.close().catch(() => undefined)
    }
  }

  /** Headers of every readable import (newest first), clearing out stale unfinished saves on the way. */
  private async scan(): Promise<{ headers: HeaderV1[]; warnings: Warning[] }> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return { headers: [], warnings: [] }
      throw e
    }
    names.sort()
    const skipped = new Map<SkipReason, number>()
    const skip = (reason: SkipReason): void => {
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1)
    }
    const headers: HeaderV1[] = []
    for (const name of names) {
      if (OS_NOISE.has(name) || name.startsWith('._')) continue
      const m = STORE_FILE.exec(name)
      if (m?.[1] !== undefined) {
        const outcome = await this.read(m[1], false).catch((): ReadOutcome => ({ ok: false, reason: 'unreadable' }))
        if (outcome.ok) headers.push(outcome.header)
        else skip(outcome.reason)
      } else if (TMP_FILE.test(name)) {
        skip('unfinished')
        await this.removeIfStale(join(this.dir, name))
      } else skip('foreign')
    }
    headers.sort((a, b) => b.importedAt - a.importedAt || (b.exportedAt ?? 0) - (a.exportedAt ?? 0) || (a.id < b.id ? -1 : 1))
    return { headers, warnings: skippedWarning(skipped) }
  }

  /** Deletes an unfinished save left by a crash; a younger one may belong to a save still running in another window. */
  private async removeIfStale(path: string): Promise<void> {
    try {
      const info = await lstat(path)
      if (info.isFile() && Date.now() - info.mtimeMs > STALE_TMP_MS) await unlink(path)
    } catch {
      // Already gone, or not ours to remove: the next listing tries again.
    }
  }
}
