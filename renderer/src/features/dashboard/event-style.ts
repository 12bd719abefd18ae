// renderer: colour, shape and short name for each kind of cause event; shape plus colour, so no one needs to tell hues apart.
import type { EventKind } from '@shared/contract/model'

export type GlyphShape = 'square' | 'cross' | 'triangle' | 'diamond' | 'circle' | 'bar' | 'down' | 'ring'

export interface EventStyle {
  color: string
  shape: GlyphShape
  /** A short group name shown in the legend and next to each event. */
  group: string
}

// Okabe–Ito hues (see design/theme.css); grouped so related causes look related.
const ORANGE = '#e69f00'
const SKY = '#56b4e9'
const GREEN = '#009e73'
const YELLOW = '#f0e442'
const BLUE = '#0072b2'
const VERMILLION = '#d55e00'
const PURPLE = '#cc79a7'
const GREY = '#8c8c8c'

export const EVENT_STYLE: Readonly<Record<EventKind, EventStyle>> = {
  'possible-truncation': { color: ORANGE, shape: 'square', group: 'Export limit' },
  'partial-export': { color: ORANGE, shape: 'bar', group: 'Export limit' },
  'missing-section': { color: GREY, shape: 'bar', group: 'Export limit' },
  'retention-window': { color: GREY, shape: 'bar', group: 'Export limit' },
  'vanished-likes': { color: VERMILLION, shape: 'cross', group: 'Vanished likes' },
  'like-burst': { color: YELLOW, shape: 'triangle', group: 'Fast liking' },
  'like-gap': { color: SKY, shape: 'ring', group: 'Gap in likes' },
  'new-device': { color: BLUE, shape: 'diamond', group: 'Device or network' },
  'os-change': { color: BLUE, shape: 'diamond', group: 'Device or network' },
  'new-network': { color: BLUE, shape: 'circle', group: 'Device or network' },
  'liked-videos-private': { color: PURPLE, shape: 'circle', group: 'Privacy setting' },
  'deleted-posts': { color: GREEN, shape: 'down', group: 'Your posts' },
  'follower-drop': { color: BLUE, shape: 'down', group: 'Followers fell' },
  'likes-received-drop': { color: VERMILLION, shape: 'down', group: 'Likes received fell' },
  'reach-drop': { color: SKY, shape: 'bar', group: 'Views fell' },
}
