// shared/core: Electron-free. Collects reader warnings by code, counting repeats instead of listing them.
import type { Warning } from '@shared/contract/result'

export class WarningLog {
  private readonly byCode = new Map<string, Warning>()

  add(code: string, message: string, count = 1): void {
    if (count <= 0) return
    const seen = this.byCode.get(code)
    if (seen) seen.count += count
    else this.byCode.set(code, { code, message, count })
  }

  has(code: string): boolean {
    return this.byCode.has(code)
  }

  list(): Warning[] {
    return [...this.byCode.values()].map((w) => ({ ...w }))
  }
}
