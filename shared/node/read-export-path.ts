// shared/node: Node adapters. Reads an export from paths on disk (zips, files, dropped folders) through the Electron-free core.
import { readdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { Result } from '@shared/contract/result'
import type { ReadLimits } from '../core/archive/limits'
import { DEFAULT_LIMITS } from '../core/archive/limits'
import { userMessage } from '../core/parse/read-error'
import type { ProgressListener } from '../core/read-contract'
import type { InputFile } from '../core/read-export'
import { readExport } from '../core/read-export'
import type { ExportSnapshot } from '../core/snapshot'
import { FileSource } from './file-source'
import { inflateRawNative } from './inflate'
import { warmInflateWorker } from './inflate-worker'
import { formatNumber } from '@shared/contract/numbers'

export interface ReadPathOptions {
  limits?: ReadLimits
  onProgress?: ProgressListener
  signal?: AbortSignal
  now?: number
}

/** Folders deeper than this are not walked: a TikTok export nests three levels at most. */
const MAX_FOLDER_DEPTH = 8
/** From this size a zip is worth starting the inflate worker for before anything is read (a few MiB unpack in less time than it boots). */
const WARM_WORKER_BYTES = 4 * 1024 * 1024

type PathError = { code: 'FILE_NOT_FOUND' | 'READ_FAILED' | 'BAD_ARGS' | 'TOO_MANY_ENTRIES'; detail: string }

function fail<T>(e: PathError): Result<T> {
  return { ok: false, error: { code: e.code, message: userMessage(e.code, e.detail) }, warnings: [] }
}

function fsError(e: unknown, path: string): PathError {
  const code = (e as { code?: string }).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'FILE_NOT_FOUND', detail: `"${basename(path)}" was not found.` }
  return { code: 'READ_FAILED', detail: `"${basename(path)}" could not be opened (${code ?? 'unknown error'}).` }
}

/**
 * Lists regular files under a dropped folder without following symbolic links.
 * Returns display paths that start with the folder's own name (it may carry the export's date).
 */
async function walkFolder(root: string, maxFiles: number): Promise<Array<{ abs: string; display: string }>> {
  const out: Array<{ abs: string; display: string }> = []
  // Folders count too: a tree of empty folders must not be walked without end.
  let seen = 0
  const queue: Array<{ abs: string; display: string; depth: number }> = [{ abs: root, display: basename(root), depth: 0 }]
  while (queue.length > 0) {
    const dir = queue.shift() as { abs: string; display: string; depth: number }
    const entries = await readdir(dir.abs, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const abs = join(dir.abs, entry.name)
      const display = `${dir.display}/${entry.name}`
      if (entry.isDirectory() && dir.depth < MAX_FOLDER_DEPTH) queue.push({ abs, display, depth: dir.depth + 1 })
      else if (entry.isFile()) out.push({ abs, display })
      seen++
      if (out.length > maxFiles) return out
      if (seen > 4 * maxFiles) throw Object.assign(new Error('too many folder entries'), { code: 'TOO_MANY_ENTRIES' })
    }
  }
  return out
}

export async function readExportPath(paths: string | readonly string[], options: ReadPathOptions = {}): Promise<Result<ExportSnapshot>> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const files: Array<{ abs: string; display: string }> = []
  for (const given of typeof paths === 'string' ? [paths] : paths) {
    const abs = resolve(given)
    let info
    try {
      info = await stat(abs)
    } catch (e) {
      return fail(fsError(e, abs))
    }
    if (info.isDirectory()) {
      try {
        files.push(...(await walkFolder(abs, limits.maxEntries)))
      } catch (e) {
        if ((e as { code?: string }).code === 'TOO_MANY_ENTRIES') {
          return fail({ code: 'TOO_MANY_ENTRIES', detail: `The folder holds far more files and folders than a TikTok export has.` })
        }
        return fail(fsError(e, abs))
      }
    } else if (info.isFile()) {
      files.push({ abs, display: basename(abs) })
      // A large zip: the inflate worker starts while its directory is read.
      if (info.size >= WARM_WORKER_BYTES && /\.zip$/i.test(abs)) warmInflateWorker()
    }
    else return fail({ code: 'BAD_ARGS', detail: `"${basename(abs)}" is not a regular file or folder.` })
    if (files.length > limits.maxEntries) {
      return fail({ code: 'TOO_MANY_ENTRIES', detail: `The folder holds more than ${formatNumber(limits.maxEntries)} files; a TikTok export has far fewer.` })
    }
  }

  const sources: FileSource[] = []
  try {
    const inputs: InputFile[] = []
    for (const f of files) {
      let source: FileSource
      try {
        source = await FileSource.open(f.abs)
      } catch (e) {
        return fail(fsError(e, f.abs))
      }
      sources.push(source)
      inputs.push({ path: f.display, source })
    }
    return await readExport(inputs, {
      inflateRaw: inflateRawNative,
      now: options.now ?? Date.now(),
      limits,
      onProgress: options.onProgress,
      signal: options.signal,
    })
  } finally {
    await Promise.all(sources.map((s) => s.close().catch(() => undefined)))
  }
}
