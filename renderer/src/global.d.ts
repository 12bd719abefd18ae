// renderer: types only. What the preload puts on window (the IPC API plus the dropped-file helper) and the explicit fake-API switch used by screenshots.
/// <reference types="vite/client" />
import type { RendererApi } from './api'
import type { FakeFlags } from './fake/fake-flags'

declare global {
  interface Window {
    api?: RendererApi
    /** Set only by a test harness's init script; a production window never has it. */
    __LIKETRACE_FAKE__?: FakeFlags
  }
}

export {}
