// shared/core: Electron-free. Every size, count and time limit the readers enforce, in one place.

export interface ReadLimits {
  /** Largest input file (zip or bare JSON) on disk. Checked with stat before anything is read. */
  maxInputBytes: number
  /** Most entries a zip (or files a folder) may hold; a TXT export has about 60. */
  maxEntries: number
  /** Largest central directory read into memory. */
  maxDirectoryBytes: number
  /** Most bytes one JSON entry may inflate to; counted while inflating, never taken from the header. */
  maxJsonBytes: number
  /** Most bytes a TXT or CSV file may inflate to (it is decoded into one string). */
  maxTextBytes: number
  /** Most bytes an Excel workbook packed inside a zip may inflate to: it is held in memory to open it (Studio's are a few hundred KB). */
  maxPackedWorkbookBytes: number
  /** Most bytes all entries together may inflate to. */
  maxTotalBytes: number
  /** Past `ratioCheckAfterBytes` of output, an entry inflating more than this many times its compressed size is a zip bomb. */
  maxCompressionRatio: number
  ratioCheckAfterBytes: number
}

const MiB = 1024 * 1024
const GiB = 1024 * MiB

/**
 * Real exports: a few MB typically, hundreds of MB for heavy watch histories (export-format.md §1.7, §5).
 * JSON is streamed, so its cap is about time, not memory; text files become one string, so theirs stays far below V8's ~512 MB string limit.
 * Real JSON compresses about 9:1 and TXT about 5:1; a zip bomb reaches 1000:1.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxInputBytes: 4 * GiB,
  maxEntries: 5_000,
  maxDirectoryBytes: 16 * MiB,
  maxJsonBytes: 3 * GiB,
  maxTextBytes: 256 * MiB,
  maxPackedWorkbookBytes: 64 * MiB,
  maxTotalBytes: 4 * GiB,
  maxCompressionRatio: 200,
  ratioCheckAfterBytes: 32 * MiB,
}
