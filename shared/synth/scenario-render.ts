// shared/synth: pure. Renders a scenario's export the way a user hands it over (bare JSON, zipped JSON or zipped TXT), incl. exports with a category left out or a section missing inside one.
import type { Generation } from '@shared/contract/model'
import type { ExportSpec } from './export-spec'
import { renderJsonString } from './render-json'
import { renderTxtExport } from './render-txt'
import type { TxtLanguage } from './render-txt'
import { zipFiles } from './zip'

/** The sections whose absence the analysis cares about (it cannot check likes against watching or logins without them). */
export type CoreSection = 'likes' | 'watch' | 'logins'

/** Every part of a spec a scenario's truth depends on. */
export type VisiblePart = CoreSection | 'favorites' | 'settings' | 'deletedPosts'

export interface JsonScenarioRender {
  format: 'json'
  generation: Generation
  /** Top-level categories to write; default all of the generation's. */
  categories?: readonly string[]
  /** Sections left out of a category that is there: the fault TikTok's export service shows when it is busy. */
  omitSections?: readonly CoreSection[]
  /** Inside `TikTok_Data_<seconds>.zip` (as downloaded) instead of the bare JSON file. */
  zipped: boolean
}

export interface TxtScenarioRender {
  format: 'txt'
  generation: Generation
  language: TxtLanguage
  /** Category folders not requested, named by a section they hold (the whole folder goes). */
  omitFolderOf?: readonly CoreSection[]
}

export type ScenarioRender = JsonScenarioRender | TxtScenarioRender

export interface RenderedFile {
  path: string
  bytes: Uint8Array
}

/** Where each core section lives in the JSON of each generation: [category, section key]. */
export const JSON_SECTION_PATHS: Readonly<Record<Generation, Readonly<Record<CoreSection, readonly [string, string]>>>> = {
  A: { likes: ['Activity', 'Like List'], watch: ['Activity', 'Video Browsing History'], logins: ['Activity', 'Login History'] },
  B: { likes: ['Activity', 'Like List'], watch: ['Activity', 'Video Browsing History'], logins: ['Activity', 'Login History'] },
  C: { likes: ['Your Activity', 'Like List'], watch: ['Your Activity', 'Watch History'], logins: ['Your Activity', 'Login History'] },
  D: { likes: ['Likes and Favorites', 'Like List'], watch: ['Your Activity', 'Watch History'], logins: ['Your Activity', 'Login History'] },
}

/** Which JSON category holds each part a truth depends on (render-json.ts documents per generation). Gen A JSON has no deleted-posts list. */
const JSON_PART_CATEGORY: Readonly<Record<Generation, Readonly<Partial<Record<VisiblePart, string>>>>> = {
  A: { likes: 'Activity', favorites: 'Activity', watch: 'Activity', logins: 'Activity', settings: 'App Settings' },
  B: { likes: 'Activity', favorites: 'Activity', watch: 'Activity', logins: 'Activity', settings: 'App Settings', deletedPosts: 'Video' },
  C: { likes: 'Your Activity', favorites: 'Your Activity', watch: 'Your Activity', logins: 'Your Activity', settings: 'App Settings', deletedPosts: 'Post' },
  D: { likes: 'Likes and Favorites', favorites: 'Likes and Favorites', watch: 'Your Activity', logins: 'Your Activity', settings: 'Profile And Settings', deletedPosts: 'Post' },
}

/** TXT folder of each part (render-txt.ts paths): English per generation, Dutch uses the 2025+ layout for all. */
function txtFolder(generation: Generation, language: TxtLanguage, part: VisiblePart): string {
  if (language === 'nl') {
    if (part === 'likes' || part === 'favorites') return 'TikTok/Likes en favorieten/'
    if (part === 'settings') return 'TikTok/Profiel en instellingen/'
    if (part === 'deletedPosts') return 'TikTok/Berichten/'
    return 'TikTok/Je activiteit/'
  }
  switch (generation) {
    case 'A':
      return part === 'settings' ? 'App Settings/' : part === 'deletedPosts' ? 'Videos/' : 'Activity/'
    case 'B':
      return part === 'settings' ? 'Tiktok/App Settings/' : part === 'deletedPosts' ? 'Tiktok/Posts/' : 'Tiktok/Activity/'
    case 'C':
      return part === 'settings' ? 'TikTok/App Settings/' : part === 'deletedPosts' ? 'TikTok/Post/' : 'TikTok/Your Activity/'
    case 'D':
      if (part === 'likes' || part === 'favorites') return 'TikTok/Likes and Favorites/'
      return part === 'settings' ? 'TikTok/Profile and Settings/' : part === 'deletedPosts' ? 'TikTok/Post/' : 'TikTok/Your Activity/'
  }
}

const ALL_PARTS: readonly VisiblePart[] = ['likes', 'watch', 'logins', 'favorites', 'settings', 'deletedPosts']

/** The parts of the spec a reader can see in this rendering: truths about anything else are unobservable. */
export function visibleParts(render: ScenarioRender): Set<VisiblePart> {
  const out = new Set<VisiblePart>()
  if (render.format === 'json') {
    const categories = render.categories === undefined ? null : new Set(render.categories)
    for (const part of ALL_PARTS) {
      const category = JSON_PART_CATEGORY[render.generation][part]
      if (category === undefined || (categories !== null && !categories.has(category))) continue
      if ((part === 'likes' || part === 'watch' || part === 'logins') && render.omitSections?.includes(part)) continue
      out.add(part)
    }
    return out
  }
  const omitted = new Set((render.omitFolderOf ?? []).map((s) => txtFolder(render.generation, render.language, s)))
  for (const part of ALL_PARTS) if (!omitted.has(txtFolder(render.generation, render.language, part))) out.add(part)
  return out
}

// ---------------------------------------------------------------------------------------------
// Removing a member from rendered JSON text. The JSON is not re-parsed: 19-digit UIDs are bare numbers
// that JSON.parse would round, and the reader must see TikTok's own layout around the gap.

function skipWhitespace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff) break
    i++
  }
  return i
}

/** Index just past the string starting at `i` (which is a `"`). */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x5c) j++
    else if (c === 0x22) return j + 1
  }
  throw new RangeError('unterminated string in rendered JSON')
}

/** Index just past the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i]
  if (c === '"') return skipString(text, i)
  if (c === '{' || c === '[') {
    let depth = 0
    for (let j = i; j < text.length; j++) {
      const d = text[j]
      if (d === '"') j = skipString(text, j) - 1
      else if (d === '{' || d === '[') depth++
      else if (d === '}' || d === ']') {
        depth--
        if (depth === 0) return j + 1
      }
    }
    throw new RangeError('unbalanced rendered JSON')
  }
  let j = i
  while (j < text.length && !',}]'.includes(text[j] ?? ',')) j++
  return j
}

/** [member start, value end] of `key` directly inside the object opening at `open`, or null. */
function findMember(text: string, open: number, key: string): { start: number; valueStart: number; end: number } | null {
  let i = skipWhitespace(text, open + 1)
  while (i < text.length && text[i] !== '}') {
    const keyEnd = skipString(text, i)
    const name = JSON.parse(text.slice(i, keyEnd)) as string
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1)
    const end = skipValue(text, valueStart)
    if (name === key) return { start: i, valueStart, end }
    i = skipWhitespace(text, end)
    if (text[i] === ',') i = skipWhitespace(text, i + 1)
  }
  return null
}

/** The text without the member at `path` (object keys from the root), commas fixed; unchanged when the path is absent. */
export function omitJsonMember(text: string, path: readonly string[]): string {
  let open = skipWhitespace(text, 0)
  let member: { start: number; valueStart: number; end: number } | null = null
  for (const key of path) {
    if (text[open] !== '{') return text
    member = findMember(text, open, key)
    if (member === null) return text
    open = member.valueStart
  }
  if (member === null) return text
  const after = skipWhitespace(text, member.end)
  if (text[after] === ',') return text.slice(0, member.start) + text.slice(skipWhitespace(text, after + 1))
  // Last member: drop the comma before it instead.
  let before = member.start - 1
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--
  return text[before] === ',' ? text.slice(0, before) + text.slice(member.end) : text.slice(0, member.start) + text.slice(member.end)
}

// ---------------------------------------------------------------------------------------------

const encoder = new TextEncoder()

/** The zip name TikTok gives a download: `TikTok_Data_<epoch seconds>.zip`. */
export function downloadName(spec: ExportSpec): string {
  return `TikTok_Data_${Math.floor(spec.exportedAt / 1000)}.zip`
}

/** The files a user would drop for this export. */
export async function renderScenarioFiles(spec: ExportSpec, render: ScenarioRender): Promise<RenderedFile[]> {
  const zipDate = new Date(spec.exportedAt)
  if (render.format === 'txt') {
    const files = renderTxtExport(spec, { generation: render.generation, language: render.language })
    const omitted = (render.omitFolderOf ?? []).map((s) => txtFolder(render.generation, render.language, s))
    const kept = new Map([...files].filter(([path]) => !omitted.some((folder) => path.startsWith(folder))))
    return [{ path: downloadName(spec), bytes: await zipFiles(kept, { date: zipDate }) }]
  }
  let text = renderJsonString(spec, { generation: render.generation, ...(render.categories !== undefined ? { categories: render.categories } : {}) })
  for (const section of render.omitSections ?? []) text = omitJsonMember(text, JSON_SECTION_PATHS[render.generation][section])
  // 2022-era downloads hold user_data.json; later ones user_data_tiktok.json.
  const name = render.generation === 'A' || render.generation === 'B' ? 'user_data.json' : 'user_data_tiktok.json'
  if (!render.zipped) return [{ path: name, bytes: encoder.encode(text) }]
  return [{ path: downloadName(spec), bytes: await zipFiles(new Map([[name, text]]), { date: zipDate, level: 1 }) }]
}
