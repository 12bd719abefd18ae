// shared/core: Electron-free. The shapes the export readers share: input files, byte streams and progress.

/** A stream of bytes that the caller (Node, a worker, a test) provides; the core never does I/O itself. */
export type ByteStream = AsyncIterable<Uint8Array>

/** Random access to the bytes of one input (a file on disk, a buffer in a test). */
export interface ByteSource {
  readonly size: number
  /** Reads exactly `length` bytes at `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>
  /** Streams `length` bytes from `offset`. */
  stream(offset: number, length: number): ByteStream
}

/** Raw-deflate decompression, injected: Node passes native zlib, other hosts may pass DecompressionStream. */
export type InflateRaw = (compressed: ByteStream) => ByteStream

export type ProgressStage = 'opening' | 'unpacking' | 'reading-likes' | 'reading' | 'finishing'

export interface Progress {
  stage: ProgressStage
  /** Input bytes consumed so far and in all (compressed bytes for a zip). */
  bytesDone: number
  bytesTotal: number
}

export type ProgressListener = (progress: Progress) => void
