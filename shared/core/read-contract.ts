// shared/core: Electron-free. The shapes the export readers share: input files, byte streams and progress.

/** A stream of bytes that the caller (Node, a worker, a test) provides; the core never does I/O itself. */
export type ByteStream = AsyncIterable<Uint8Array>

/**
 * How a stream's reader treats its chunks. With `reuseChunks`, the stream may write later bytes into a chunk's memory
 * once the reader asks for the chunk two after it: chunk k stays whole while the reader reads chunk k+1, so it may
 * look back one chunk. A reader that copies what it keeps beyond that (the JSON walker, the TXT reader) lets a large
 * file stream through a few buffers instead of a fresh one per chunk. Without it a chunk stays whole for as long as it
 * is referenced.
 */
export interface ChunkOptions {
  reuseChunks?: boolean
}

/** Random access to the bytes of one input (a file on disk, a buffer in a test). */
export interface ByteSource {
  readonly size: number
  /** Reads exactly `length` bytes at `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>
  /** Streams `length` bytes from `offset`. */
  stream(offset: number, length: number, options?: ChunkOptions): ByteStream
}

/**
 * Raw-deflate decompression, injected: Node passes native zlib, other hosts may pass DecompressionStream. With
 * `reuseChunks` the rule above holds both ways: it must be done with a compressed chunk by the time it asks for the
 * chunk two after it, and it may reuse its inflated chunks likewise.
 */
export type InflateRaw = (compressed: ByteStream, options?: ChunkOptions) => ByteStream

export type ProgressStage = 'opening' | 'unpacking' | 'reading-likes' | 'reading' | 'finishing'

export interface Progress {
  stage: ProgressStage
  /** Input bytes consumed so far and in all (compressed bytes for a zip). */
  bytesDone: number
  bytesTotal: number
}

export type ProgressListener = (progress: Progress) => void
