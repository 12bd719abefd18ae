// electron/main tests: the link rate limit (on an injected clock) and the one-at-a-time lock.
import { describe, expect, it } from 'vitest'
import { oneAtATime, rateLimit } from './rate-limit'

describe('rateLimit', () => {
  it('allows max calls per window, then again once the oldest call has left the window', () => {
    let t = 1_000
    const allow = rateLimit(3, 10_000, () => t)
    expect(allow()).toBe(true)
    t = 2_000
    expect([allow(), allow(), allow()]).toEqual([true, true, false])
    t = 10_999
    expect(allow()).toBe(false)
    // The call at 1 000 has left the window; the two at 2 000 have not.
    t = 11_000
    expect([allow(), allow()]).toEqual([true, false])
  })
})

describe('oneAtATime', () => {
  it('answers busy while a task runs, and runs again once it has finished or failed', async () => {
    const lock = oneAtATime()
    let release: () => void = () => undefined
    const first = lock(() => new Promise<string>((r) => (release = () => r('first'))), () => 'busy')
    expect(await lock(async () => 'second', () => 'busy')).toBe('busy')
    release()
    expect(await first).toBe('first')
    await expect(lock(() => Promise.reject(new Error('boom')), () => 'busy')).rejects.toThrow('boom')
    expect(await lock(async () => 'third', () => 'busy')).toBe('third')
  })
})
