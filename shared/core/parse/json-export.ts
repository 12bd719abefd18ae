// shared/core: Electron-free. Reads a user_data_tiktok.json stream into the snapshot builder and works out its generation, completeness and account data.
import type { Generation } from '@shared/contract/model'
import type { ByteStream } from '../read-contract'
import { canonicalKey, signedUrlTime } from './fields'
import type { JsonStreamLimits, JsonTree } from './json-stream'
import { DEFAULT_JSON_LIMITS, JsonStreamReader } from './json-stream'
import type { ListKind } from './list-kinds'
import { jsonListKind, jsonSectionKind } from './list-kinds'
import { ReadError } from './read-error'
import type { SnapshotBuilder } from './snapshot-builder'

export interface JsonExportInfo {
  generation: Generation
  topLevel: string[]
  partial: boolean
  missingCategories: string[]
  /** Canonical key → value maps; keys are canonicalised TikTok field names. */
  profile: Map<string, unknown>
  settings: Map<string, string>
  activitySummary: Map<string, number>
  /** Creation time read from signed CDN URLs in the file (`l=YYYYMMDDhhmmss`), if any. */
  signedUrlTime: number | null
}

/** Top-level categories a full export of each generation has (export-format.md §1.1). Missing ones make it partial. */
const FULL_EXPORT_CATEGORIES: Readonly<Record<Generation, readonly string[]>> = {
  A: ['Activity', 'App Settings', 'Comment', 'Direct Messages', 'Profile', 'Video'],
  B: ['Activity', 'App Settings', 'Comment', 'Direct Messages', 'Profile', 'Video'],
  C: ['Your Activity', 'App Settings', 'Comment', 'Direct Message', 'Profile', 'Post'],
  D: ['Your Activity', 'Likes and Favorites', 'Profile And Settings', 'Comment', 'Direct Message', 'Post'],
}

/** Top-level keys that only one family of generations uses. */
const GENERATION_MARKERS: ReadonlyArray<readonly [Generation, readonly string[]]> = [
  ['D', ['Likes and Favorites', 'Profile And Settings', 'Income+ Wallet']],
  ['C', ['Your Activity', 'Direct Message', 'Post', 'Location Review', 'TikTok Shop']],
  ['B', ['Activity', 'Direct Messages', 'Video', 'Poi Review', 'Tiktok Shopping', 'Income Plus Wallet Transactions']],
]

/** Every top-level key any generation uses: at least one must be present for the file to count as a TikTok export. */
const KNOWN_TOP_LEVEL = new Set(
  [...Object.values(FULL_EXPORT_CATEGORIES).flat(), ...GENERATION_MARKERS.flatMap(([, keys]) => keys), 'Ads and data', 'Tiktok Live', 'TikTok Live'].map(canonicalKey),
)

/** True for a top-level key some generation of the export uses: a renamed `.json` starting with one is an export. */
export function isExportTopLevelKey(key: string): boolean {
  return KNOWN_TOP_LEVEL.has(canonicalKey(key))
}

export async function readJsonExport(
  stream: ByteStream,
  builder: SnapshotBuilder,
  options: { signal?: AbortSignal; limits?: JsonStreamLimits; totalBytes?: number } = {},
): Promise<JsonExportInfo> {
  const reader: JsonStreamReader = new JsonStreamReader((path) => {
    const kind = jsonListKind(path[path.length - 2], path[path.length - 1])
    if (kind === null) return null
    builder.markPresent(kind)
    // The watch and like lists can take at most the rest of the file: their columns are sized for that before their rows come.
    if (kind === 'watchHistory' && options.totalBytes !== undefined) builder.expectWatchBytes(options.totalBytes - reader.offset)
    if (kind === 'likes' && options.totalBytes !== undefined) builder.expectLikeBytes(options.totalBytes - reader.offset)
    // Watch history is most of a large export, likes the next biggest list: their rows are read from their bytes where they allow it.
    return builder.byteConsumer(kind) ?? ((items) => builder.addJsonItems(kind, items))
  }, options.limits ?? DEFAULT_JSON_LIMITS)

  for await (const chunk of stream) {
    if (options.signal?.aborted) throw new ReadError('CANCELLED')
    if (reader.push(chunk)) break
  }
  const outcome = reader.finish()
  const w = builder.warnings
  if (outcome.trailingContent) w.add('CONTENT_WRITTEN_TWICE', 'The file holds its content more than once (a known TikTok export fault); the first copy was read.')
  w.add('TRAILING_COMMA', 'The file has stray commas (it may have been edited by hand); they were ignored.', outcome.trailingCommas)
  w.add('INVALID_UTF8', 'Some characters were not valid UTF-8 and were replaced.', outcome.replacedBytes)
  w.add('TOO_MANY_VALUES', 'The file holds more settings and profile values than LikeTrace keeps; the rest were skipped.', outcome.droppedTreeValues)

  const root = outcome.root
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new ReadError('NOT_A_TIKTOK_EXPORT', 'The JSON file is not a TikTok export (it has none of its sections).')
  }
  const tree = root as JsonTree
  const topLevel = Object.keys(tree)
  const canonicalTop = new Set(topLevel.map(canonicalKey))
  if (![...canonicalTop].some((k) => KNOWN_TOP_LEVEL.has(k))) {
    throw new ReadError('NOT_A_TIKTOK_EXPORT', 'The JSON file is not a TikTok export (it has none of its sections).')
  }

  const generation = detectGeneration(canonicalTop, builder.sawVideoLinkKey)
  const missingCategories = FULL_EXPORT_CATEGORIES[generation].filter((k) => !canonicalTop.has(canonicalKey(k)))
  const maps = findMaps(tree, (kind) => builder.markPresent(kind))
  return {
    generation,
    topLevel,
    partial: missingCategories.length > 0,
    missingCategories,
    profile: maps.profile,
    settings: maps.settings,
    activitySummary: maps.activitySummary,
    signedUrlTime: maps.signedUrlTime,
  }
}

function detectGeneration(top: ReadonlySet<string>, sawVideoLinkKey: boolean): Generation {
  for (const [generation, keys] of GENERATION_MARKERS) {
    if (keys.some((k) => top.has(canonicalKey(k)))) {
      return generation === 'B' && sawVideoLinkKey ? 'A' : generation
    }
  }
  return sawVideoLinkKey ? 'A' : 'B'
}

interface FoundMaps {
  profile: Map<string, unknown>
  settings: Map<string, string>
  activitySummary: Map<string, number>
  signedUrlTime: number | null
}

/**
 * Finds the profile, settings and activity-summary maps wherever the generation put them, by their
 * (parent, key) names, and the newest signed-URL stamp. Iterative: the tree may be deep, recursion could overflow.
 */
function findMaps(tree: JsonTree, sectionFound: (kind: ListKind) => void): FoundMaps {
  const found: FoundMaps = { profile: new Map(), settings: new Map(), activitySummary: new Map(), signedUrlTime: null }
  const stack: Array<{ node: JsonTree; parent: string }> = [{ node: tree, parent: '' }]
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: JsonTree; parent: string }
    for (const key of Object.keys(node)) {
      const value = node[key]
      if (typeof value === 'string') {
        if (value.includes('l=') || value.includes('x-expires=')) {
          const t = signedUrlTime(value)
          if (t !== null && (found.signedUrlTime === null || t > found.signedUrlTime)) found.signedUrlTime = t
        }
        continue
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue
      const ck = canonicalKey(key)
      const map = value as JsonTree
      const section = jsonSectionKind(key)
      if (section !== null) sectionFound(section)
      if (ck === 'profilemap' && (parent === 'profileinfo' || parent === 'profileinformation')) {
        for (const k of Object.keys(map)) found.profile.set(canonicalKey(k), map[k])
      } else if (ck === 'settingsmap' && parent === 'settings') {
        for (const k of Object.keys(map)) {
          const v = map[k]
          if (typeof v === 'string') found.settings.set(k, v)
        }
      } else if (ck === 'activitysummarymap') {
        for (const k of Object.keys(map)) {
          const v = map[k]
          if (typeof v === 'number') found.activitySummary.set(k, v)
        }
      }
      stack.push({ node: map, parent: ck })
    }
  }
  return found
}
