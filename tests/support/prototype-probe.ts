// tests/support: answers "probe" on a BroadcastChannel with this thread's Object.prototype keys, so a test can check a worker after hostile imports.
// A side channel, not the engine's port: the engine protocol stays exactly what production uses.
const channel = new BroadcastChannel('liketrace-prototype-probe')
channel.onmessage = (event) => {
  if ((event as unknown as { data: unknown }).data !== 'probe') return
  channel.postMessage({ keys: Object.getOwnPropertyNames(Object.prototype).sort(), polluted: typeof ({} as Record<string, unknown>)['polluted'] })
}
// The probe must not keep the worker alive once the engine is disposed.
;(channel as unknown as { unref?: () => void }).unref?.()
