// shared/core tests: releaseMemory detaches the memory of typed arrays, views that share one buffer included.
import { describe, expect, it } from 'vitest'
import { releaseMemory } from './release-memory'

describe('releaseMemory', () => {
  it('leaves the arrays empty and their buffers detached', () => {
    const times = new Float64Array(1000).fill(1.5)
    const shared = new Uint8Array(64)
    const view = shared.subarray(8, 16)
    releaseMemory(times, shared, view)
    expect(times.length).toBe(0)
    expect(times.buffer.byteLength).toBe(0)
    expect(shared.length).toBe(0)
    expect(view.length).toBe(0)
  })

  it('accepts empty arrays and nothing at all', () => {
    const empty = new Int32Array(0)
    expect(() => releaseMemory(empty)).not.toThrow()
    expect(() => releaseMemory()).not.toThrow()
  })
})
