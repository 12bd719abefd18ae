// shared/node: Node adapters. The `analyze` command: reads an export and prints a readable summary or one JSON document.
import type { ExportSummary } from '@shared/contract/model'
import { SECTION_NAMES } from '@shared/contract/model'
import { summarize } from '../core/summary'
import { readExportPath } from './read-export-path'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  now?: number
}

const USAGE = 'Usage: npm run --silent analyze -- <export.zip | user_data_tiktok.json | folder | file.txt | studio.csv …> [--json]'

const SECTION_LABELS: Readonly<Record<(typeof SECTION_NAMES)[number], string>> = {
  likes: 'Likes',
  favorites: 'Favourites',
  watchHistory: 'Watch history',
  logins: 'Logins',
  searches: 'Searches',
  shares: 'Shares',
  followers: 'Followers',
  following: 'Following',
  blocked: 'Blocked',
  posts: 'Your posts',
  deletedPosts: 'Deleted posts',
  comments: 'Comments',
}

export interface ParsedArgs {
  paths: string[]
  json: boolean
}

export function parseArgs(argv: readonly string[]): ParsedArgs | { error: string } {
  const paths: string[] = []
  let json = false
  for (const arg of argv) {
    if (arg === '--json') json = true
    else if (arg === '--help' || arg === '-h') return { error: USAGE }
    else if (arg.startsWith('--')) return { error: `Unknown option ${arg}.\n${USAGE}` }
    else paths.push(arg)
  }
  if (paths.length === 0) return { error: USAGE }
  return { paths, json }
}

/** Runs the command; returns the process exit code (0 ok, 2 the export could not be read or the arguments were wrong). */
export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv)
  if ('error' in args) {
    if (argv.includes('--json')) io.out(JSON.stringify({ error: { code: 'BAD_ARGS', message: args.error } }))
    else io.err(args.error)
    return 2
  }
  const result = await readExportPath(args.paths, { now: io.now })
  if (!result.ok) {
    if (args.json) io.out(JSON.stringify({ error: result.error }))
    else io.err(`LikeTrace could not read this export.\n${result.error.message} (${result.error.code})`)
    return 2
  }
  const summary = summarize(result.value)
  io.out(args.json ? JSON.stringify(summary, null, 2) : formatSummary(summary))
  return 0
}

const day = (iso: string | null): string => (iso === null ? '—' : iso.slice(0, 10))

export function formatSummary(s: ExportSummary): string {
  const lines: string[] = []
  const kind = s.format === 'json' ? `JSON export, layout ${s.generation ?? '?'}` : s.format === 'txt' ? 'TXT export' : 'TikTok Studio analytics'
  lines.push(`LikeTrace: ${kind}, ${s.partial ? `partial (missing: ${s.missingCategories.join(', ')})` : 'all categories'}`)
  lines.push(`Account:  ${s.account.username ?? 'unknown'}`)
  const how = s.exportedAtSource === 'signed-url' ? 'from links in the file' : s.exportedAtSource === 'file-name' ? 'from the file name' : 'newest entry'
  lines.push(`Exported: ${day(s.exportedAt)}${s.exportedAt ? ` (${how})` : ''}`)
  lines.push('')
  lines.push('Section          Count        First        Last')
  for (const name of SECTION_NAMES) {
    const c = s.sections[name]
    if (!c.present && c.count === 0) continue
    const keeps = c.retentionDays ? `  (TikTok keeps ~${c.retentionDays} days)` : ''
    lines.push(`${SECTION_LABELS[name].padEnd(15)} ${c.count.toLocaleString('en-US').padStart(7)}   ${day(c.first).padEnd(10)}   ${day(c.last)}${keeps}`)
  }
  if (s.sections.studio) {
    const st = s.sections.studio
    lines.push(`${'Studio days'.padEnd(15)} ${st.days.toLocaleString('en-US').padStart(7)}   ${day(st.first).padEnd(10)}   ${day(st.last)}`)
  }
  if (s.settings.likedVideosVisibility !== null) {
    lines.push('')
    lines.push(`Who can see your liked videos: ${s.settings.likedVideosVisibility}`)
  }
  if (s.warnings.length > 0) {
    lines.push('')
    lines.push('Notes:')
    for (const w of s.warnings) lines.push(`- ${w.message}${w.count > 1 ? ` (${w.count.toLocaleString('en-US')}×)` : ''}`)
  }
  return lines.join('\n')
}
