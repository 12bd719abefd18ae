// electron/main: glue. Main holds the right to read a file: paths the user chose (dialog) or dropped become opaque, single-use tokens for the renderer.
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { ImportGrant } from '@shared/contract/views'

/** Grants alive at once: a user drops or opens a few exports per session; older grants are forgotten first. */
export const MAX_LIVE_GRANTS = 16
/** A token is 32 lower-case hex digits (128 random bits). */
export const GRANT_TOKEN = /^[0-9a-f]{32}$/

/**
 * Threat: a compromised renderer naming any path (`/etc/passwd`, `/proc/self/environ`) for the engine to read, and
 * learning from the errors what exists. The renderer never hands main a path: the open dialog's result and the files
 * the preload resolved from a real drop (webUtils.getPathForFile, empty for anything not from disk) are kept here, and
 * the page only ever sees a token, which import:start redeems once.
 */
export class ImportGrants {
  private readonly live = new Map<string, readonly string[]>()

  constructor(private readonly newToken: () => string = () => randomBytes(16).toString('hex')) {}

  /** Registers paths main already trusts (validated by the caller) and returns what the renderer may see. */
  grant(paths: readonly string[]): ImportGrant {
    const token = this.newToken()
    this.live.set(token, [...paths])
    while (this.live.size > MAX_LIVE_GRANTS) {
      const oldest = this.live.keys().next().value
      if (oldest === undefined) break
      this.live.delete(oldest)
    }
    const first = paths[0] ?? ''
    return { token, label: paths.length === 1 ? path.basename(first) || 'Your export' : `${paths.length} files` }
  }

  /** The paths behind a token, once: a second redeem (or an unknown, expired or forged token) gets null. */
  redeem(token: string): readonly string[] | null {
    const paths = this.live.get(token) ?? null
    this.live.delete(token)
    return paths
  }
}
