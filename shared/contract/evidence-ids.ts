// shared/contract: environment-free. How an event's evidence ids read: `<kind>:<value>` (a bare id is a liked video), and the words for the device, system and network ones.

/** An evidence id split at its first colon; a bare id (no kind) is a liked video's id. */
export function splitEvidenceId(id: string): { kind: string; value: string } {
  const colon = id.indexOf(':')
  return colon > 0 ? { kind: id.slice(0, colon), value: id.slice(colon + 1) } : { kind: 'video', value: id }
}

/** What a login event cites besides the login itself (`device:iPhone15,2`), named in words on screen and in print. */
export const EVIDENCE_SUBJECT_LABEL: ReadonlyMap<string, string> = new Map([
  ['device', 'Device model'],
  ['system', 'Device and system'],
  ['network', 'Wi-Fi address'],
  ['carrier', 'Mobile network'],
])
