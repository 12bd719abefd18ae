// electron/main: glue. handle(): the one way to register an IPC handler — sender check, runtime argument parse, Result wrapping.
import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { ERROR_TEXT } from '@shared/contract/errors'
import type { Args, Channel, EventPayloads, Res } from '@shared/contract/ipc-contract'
import type { ErrorCode, Result } from '@shared/contract/result'
import { isTrustedSender } from '@shared/core/policy/url-policy'

/** Turns the renderer's untrusted argument list into the channel's typed tuple, or null. */
export type ArgParser<C extends Channel> = (args: readonly unknown[]) => Args<C> | null

type Sender = IpcMainInvokeEvent['sender']

/** What a handler may do besides returning: push events back to the window that called it. */
export interface HandlerContext {
  /** The calling webContents (to parent a dialog on its window). */
  readonly sender: Sender
  send<E extends keyof EventPayloads>(channel: E, payload: EventPayloads[E]): void
}

export type Impl<C extends Channel> = (args: Args<C>, context: HandlerContext) => Promise<Res<C>> | Res<C>

export interface HandleOptions {
  /** The electron-vite dev server; only set in development, so the dev page may call IPC. */
  devServerUrl?: string
  /** Where unexpected errors are reported (main-process console by default; never sent to the renderer). */
  onUnexpected?: (channel: Channel, error: unknown) => void
}

export function failure(code: ErrorCode): { ok: false; error: { code: ErrorCode; message: string }; warnings: [] } {
  const text = ERROR_TEXT[code]
  return { ok: false, error: { code, message: `${text.title} ${text.whatToDo}` }, warnings: [] }
}

function contextFor(sender: Sender): HandlerContext {
  return {
    sender,
    send(channel, payload) {
      // The window may close while an import runs; sending to a destroyed webContents throws.
      if (!sender.isDestroyed()) sender.send(channel, payload)
    },
  }
}

/**
 * Registers `channel`. Every call is checked before the implementation runs: a sender that is not our main frame
 * (a sub-frame, file://, a look-alike host) and malformed arguments both get BAD_ARGS. The handler never throws across
 * IPC — only an Error's message would survive the trip — so unexpected failures also come back as a Result.
 */
export function handle<C extends Channel>(channel: C, parseArgs: ArgParser<C>, impl: Impl<C>, options: HandleOptions = {}): void {
  const onUnexpected = options.onUnexpected ?? ((c: Channel, e: unknown) => console.error(`[ipc] ${c} failed unexpectedly`, e))
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Res<C> | Result<never>> => {
    try {
      if (!isTrustedSender(event.senderFrame, { devServerUrl: options.devServerUrl })) return failure('BAD_ARGS')
      const parsed = parseArgs(args)
      if (parsed === null) return failure('BAD_ARGS')
      return await impl(parsed, contextFor(event.sender))
    } catch (error) {
      try {
        onUnexpected(channel, error)
      } catch {
        // Reporting must not turn a Result into a rejected invoke.
      }
      // The contract has no internal-error code; BAD_ARGS's text ("could not use that request, try again") fits best.
      return failure('BAD_ARGS')
    }
  })
}
