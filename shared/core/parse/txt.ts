// shared/core: Electron-free. Reads TXT export files (`Label: value` records) into canonical records, settings, profile and activity counters.
import { canonicalKey, cleanText, parseCount } from './fields'
import type { ListKind } from './list-kinds'
import { txtFileKind } from './list-kinds'
import type { CanonicalRecord, Field } from './records'
import { fieldForKey } from './records'
import { withoutCopySuffix } from './sniff'
import type { SnapshotBuilder } from './snapshot-builder'

/** What a TXT file holds: a dated list, or one of the undated key/value files. */
export type TxtFileKind = ListKind | 'settings' | 'profile' | 'activity-summary'

export interface TxtFileOutcome {
  /** Null when the file is not one the reader uses; nothing was read then. */
  kind: TxtFileKind | null
  /** Records handed to the builder (list files) or key/value lines kept (other files). */
  records: number
  /** True for an empty file or one that only says TikTok has no data for the section. */
  empty: boolean
  /** True when the file carried TikTok's "You have no data in this section" line (or a translation). */
  noDataSentinel: boolean
  /** `Settings.txt`: setting name as TikTok wrote it (trailing colons removed) → raw value. */
  settings?: Map<string, string>
  /** Profile file: canonical key (`username`, `likesreceived`, …) → value, matching the JSON `ProfileMap` keys. */
  profile?: Map<string, string>
  /** `Activity Summary.txt`: canonical key (same as the JSON `ActivitySummaryMap` key) → count. */
  activitySummary?: Map<string, number>
}

type KeyValueKind = 'settings' | 'profile' | 'activity-summary'

/**
 * Undated key/value files by base name (without `.txt`); list files come from `txtFileKind`.
 * Another language is another name here. `Instellingen` (Dutch for Settings) is unverified as a file name.
 */
const KEY_VALUE_FILES: ReadonlyArray<readonly [KeyValueKind, readonly string[]]> = [
  ['settings', ['Settings', 'Instellingen']],
  ['profile', ['Profile Info', 'Profile Information', 'Profielinformatie']],
  ['activity-summary', ['Activity Summary', 'Samenvatting van activiteit']],
]

const KEY_VALUE_KIND: ReadonlyMap<string, KeyValueKind> = new Map(
  KEY_VALUE_FILES.flatMap(([kind, names]) => names.map((n) => [canonicalKey(n), kind] as const)),
)

/** What TikTok writes instead of records when a section is empty; compared lower case, without a final full stop. */
const NO_DATA_SENTINELS: ReadonlySet<string> = new Set(
  [
    'You have no data in this section',
    'Dit gedeelte bevat geen gegevens',
    'Er staan geen gegevens in dit gedeelte',
    'Je hebt geen informatie over platforms van derden',
  ].map((s) => s.toLowerCase()),
)

/** The kind of a TXT file from its base name, without reading it, so the caller can skip files it would ignore. */
export function txtFileRole(baseName: string): TxtFileKind | null {
  // A copy (`Like List (1).txt`, `Favorite Videos - Copie.txt`) is the file it copies.
  const stem = withoutCopySuffix(baseName.replace(/\.txt$/i, '')).stem
  const list = txtFileKind(stem)
  if (list !== null) return list
  return KEY_VALUE_KIND.get(canonicalKey(stem)) ?? null
}

/** A TXT file read as its text streams in: `push` each piece in order, then `finish`. */
export interface TxtFileReader {
  push(text: string): void
  finish(): TxtFileOutcome
}

/**
 * Opens one TXT export file for reading piece by piece. List files stream (a watch history runs to hundreds of
 * megabytes); the small key/value files, and files the reader does not use, are gathered and read whole.
 * `kind` overrides the name when the file was recognised by its content.
 */
export function openTxtFile(baseName: string, builder: SnapshotBuilder, kind: TxtFileKind | null = txtFileRole(baseName)): TxtFileReader {
  let first = true
  // A leading U+FEFF (a byte-order mark the decoder left, or a second one) is not text.
  const strip = (text: string): string => {
    if (!first) return text
    first = false
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  }
  if (kind === null || kind === 'settings' || kind === 'profile' || kind === 'activity-summary') {
    const pieces: string[] = []
    return {
      push: (text) => void pieces.push(strip(text)),
      finish: () => {
        const body = pieces.join('')
        switch (kind) {
          case null:
            return { kind: null, records: 0, empty: body.trim() === '', noDataSentinel: false }
          case 'settings':
            return readSettings(body)
          case 'profile':
            return readProfile(body)
          case 'activity-summary':
            return readActivitySummary(body)
        }
      },
    }
  }
  const list = listReader(kind, builder)
  return { push: (text) => list.push(strip(text)), finish: () => list.finish() }
}

/** Reads one TXT export file whole. List records go to the builder; key/value files come back in the outcome. */
export function readTxtFile(baseName: string, text: string, builder: SnapshotBuilder, kind: TxtFileKind | null = txtFileRole(baseName)): TxtFileOutcome {
  const reader = openTxtFile(baseName, builder, kind)
  reader.push(text)
  return reader.finish()
}

function isSentinel(line: string): boolean {
  const t = line.trim().toLowerCase()
  return NO_DATA_SENTINELS.has(t.endsWith('.') ? t.slice(0, -1) : t)
}

const CR = 13
const SPACE = 32
const TAB = 9

/**
 * Where a `Label: value` line splits: the first colon followed by white space or the line end.
 * Values are links (`https://…`) and times (`22:28:42`), so the first colon alone is not enough;
 * `HashTag Link:: x` splits at its second colon. Returns -1 for a line without a label.
 */
function labelEnd(text: string, start: number, end: number): number {
  let c = text.indexOf(':', start)
  while (c !== -1 && c < end) {
    if (c + 1 === end) return c
    const next = text.charCodeAt(c + 1)
    if (next === SPACE || next === TAB) return c
    c = text.indexOf(':', c + 1)
  }
  return -1
}

/**
 * Walks text line by line with indexOf rather than split or a regex: a watch history runs to millions of lines,
 * and an array of line strings would double the memory the file already takes. Text comes in pieces; a line cut
 * by a piece's end waits for the next. `onLine` gets `Label: value` lines, `onBreak` blank lines (and the end of
 * the text), `onOther` the rest.
 */
class LineWalker {
  private carry = ''

  constructor(
    private readonly onLine: (label: string, value: string) => void,
    private readonly onBreak: () => void,
    private readonly onOther: (line: string) => void,
  ) {}

  push(piece: string): void {
    const text = this.carry === '' ? piece : this.carry + piece
    const last = text.lastIndexOf('\n')
    if (last === -1) {
      this.carry = text
      return
    }
    this.carry = text.slice(last + 1)
    this.lines(text, last + 1)
  }

  /** The last line (which has no newline), then the end of the text. */
  end(): void {
    const text = this.carry
    this.carry = ''
    this.lines(text, text.length)
    this.onBreak()
  }

  /** The lines of text[0, length): each ends at a newline or at `length`. */
  private lines(text: string, length: number): void {
    let start = 0
    while (start < length) {
      let nl = text.indexOf('\n', start)
      if (nl === -1 || nl > length) nl = length
      let end = nl
      if (end > start && text.charCodeAt(end - 1) === CR) end--
      if (end === start) this.onBreak()
      else {
        const colon = labelEnd(text, start, end)
        if (colon !== -1) this.onLine(text.slice(start, colon), text.slice(colon + 1, end).trim())
        else {
          const line = text.slice(start, end)
          if (line.trim() === '') this.onBreak()
          else this.onOther(line)
        }
      }
      start = nl + 1
    }
  }
}

/** forEachLine over one whole text. */
function forEachLine(text: string, onLine: (label: string, value: string) => void, onBreak: () => void, onOther: (line: string) => void): void {
  const walker = new LineWalker(onLine, onBreak, onOther)
  walker.push(text)
  walker.end()
}

/**
 * A list file's records as its lines come in. The byte reader (txt-bytes.ts) hands it the lines its fast path does
 * not take, as text, and counts the records it took itself, which it only does while no record is open here.
 */
export interface TxtListReader extends TxtFileReader {
  /** No record is open: the next line starts a new one (so a whole record read elsewhere changes nothing here). */
  idle(): boolean
  /** A `Date` + `Link` record the byte reader read whole and handed to the builder itself. */
  countRecord(): void
}

/** Opens a list file's record reader (see TxtListReader); `kind` is a dated list, not a key/value file. */
export function listReader(kind: ListKind, builder: SnapshotBuilder): TxtListReader {
  builder.markPresent(kind)
  let rec = Object.create(null) as CanonicalRecord
  let lastField: Field | null = null
  let unknownLabels = 0
  let records = 0
  let unknownRecords = 0
  let strayLines = 0
  let sentinel = false
  // `Video Link:` marks the ≤2022 layout (generation A); checked once per distinct label spelling.
  const linkLabelsSeen = new Set<string>()
  const tracksVideoLink = kind === 'likes' || kind === 'watchHistory'

  const flush = (): void => {
    if (lastField !== null) {
      builder.addRecord(kind, rec)
      records++
      rec = Object.create(null) as CanonicalRecord
    } else if (unknownLabels > 0) {
      unknownRecords++
    }
    lastField = null
    unknownLabels = 0
  }

  const lines = new LineWalker(
    (label, value) => {
      const field = fieldForKey(label)
      if (field === null) {
        unknownLabels++
        return
      }
      // A repeated label means the blank line between two records is missing.
      if (rec[field] !== undefined) flush()
      rec[field] = value
      lastField = field
      if (field === 'link' && tracksVideoLink && !builder.sawVideoLinkKey && !linkLabelsSeen.has(label)) {
        linkLabelsSeen.add(label)
        if (canonicalKey(label) === 'videolink') builder.sawVideoLinkKey = true
      }
    },
    flush,
    (line) => {
      if (isSentinel(line)) sentinel = true
      // Free text (a comment, a shared title) can run onto the next line: it belongs to the open value.
      else if (lastField !== null) rec[lastField] = `${String(rec[lastField])}\n${line}`
      else strayLines++
    },
  )

  const finish = (): TxtFileOutcome => {
    lines.end()
    builder.warnings.add('TXT_UNKNOWN_LABELS', 'Some TXT records used only labels LikeTrace does not know (perhaps another language); they were left out.', unknownRecords)
    builder.warnings.add('TXT_STRAY_LINES', 'Some lines in TXT list files were not "Label: value" lines and were skipped.', strayLines)
    // Unreadable lines without any record is not "empty": the file is in a shape or language we do not read.
    return { kind, records, empty: records === 0 && strayLines === 0 && unknownRecords === 0, noDataSentinel: sentinel }
  }
  return {
    push: (text) => lines.push(text),
    finish,
    idle: () => lastField === null && unknownLabels === 0,
    countRecord: () => void records++,
  }
}

/** Reads `Label: value` lines into a map; `keep` decides the key and value (or null to skip the line). First occurrence wins. */
function readKeyValues<V>(text: string, keep: (label: string, value: string) => readonly [string, V] | null): { map: Map<string, V>; sentinel: boolean } {
  const map = new Map<string, V>()
  let sentinel = false
  forEachLine(
    text,
    (label, value) => {
      const kv = keep(label, value)
      if (kv !== null && kv[0] !== '' && !map.has(kv[0])) map.set(kv[0], kv[1])
    },
    () => undefined,
    (line) => {
      if (isSentinel(line)) sentinel = true
    },
  )
  return { map, sentinel }
}

/**
 * `Settings.txt`: `Name: value` lines under section headers such as `Content Preferences:`.
 * Names stay as TikTok wrote them, like the JSON `SettingsMap` keys; sub-settings are not prefixed by their header.
 */
function readSettings(text: string): TxtFileOutcome {
  const { map, sentinel } = readKeyValues(text, (label, value) =>
    // Nothing after the colon is a section header (`Push Notification:`), not a setting.
    value === '' ? null : ([label.replace(/:+$/, '').trim(), value] as const),
  )
  return { kind: 'settings', records: map.size, empty: map.size === 0, noDataSentinel: sentinel, settings: map }
}

/** Profile file: keys as in the JSON `ProfileMap` (`userName`, `Username:` and `Gebruikersnaam:` all give `username`). */
function readProfile(text: string): TxtFileOutcome {
  const { map, sentinel } = readKeyValues(text, (label, value) => {
    const clean = cleanText(value)
    if (clean === null) return null
    return [fieldForKey(label) === 'username' ? 'username' : canonicalKey(label), clean] as const
  })
  return { kind: 'profile', records: map.size, empty: map.size === 0, noDataSentinel: sentinel, profile: map }
}

/** `Activity Summary.txt`: a free-text note, then `Videos watched to the end since account registration: 12` lines. */
function readActivitySummary(text: string): TxtFileOutcome {
  const { map, sentinel } = readKeyValues(text, (label, value) => {
    const count = parseCount(value)
    return count === null ? null : ([canonicalKey(label), count] as const)
  })
  return { kind: 'activity-summary', records: map.size, empty: map.size === 0, noDataSentinel: sentinel, activitySummary: map }
}
