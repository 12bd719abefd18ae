// shared/synth: pure. Builds small zip archives in memory (JSZip, DEFLATE) for tests and the bundled sample.
import JSZip from 'jszip'

export interface ZipOptions {
  /** Entry modification time; fixed so the same files always give the same bytes. Default 2025-01-01 00:00 UTC. */
  date?: Date
  /** DEFLATE level 1–9. Default 6 (what zlib and most archivers use). */
  level?: number
  /** Store instead of deflate. */
  store?: boolean
}

/**
 * Zips `files` (path → text or bytes) in insertion order. Text is written as UTF-8 as-is, so a leading
 * U+FEFF stays a BOM. Deterministic: no current-time stamps.
 */
export async function zipFiles(files: ReadonlyMap<string, string | Uint8Array>, options: ZipOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip()
  const date = options.date ?? new Date(Date.UTC(2025, 0, 1))
  for (const [path, content] of files) {
    zip.file(path, content, { date, binary: typeof content !== 'string', createFolders: false })
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: options.store === true ? 'STORE' : 'DEFLATE',
    compressionOptions: { level: options.level ?? 6 },
    platform: 'DOS',
  })
}
