// shared/core: Electron-free. A blank ExportSnapshot to build on (tests, stored-import decoding).
import type { ExportSnapshot } from './snapshot'

export function emptySnapshot(overrides: Partial<ExportSnapshot> = {}): ExportSnapshot {
  return {
    format: 'json',
    generation: 'C',
    exportedAt: null,
    exportedAtSource: null,
    partial: false,
    missingCategories: [],
    files: [],
    ignoredFileCount: 0,
    sectionsPresent: new Set(['likes', 'favorites', 'watchHistory', 'logins']),
    likes: [],
    favorites: [],
    watchTimes: new Float64Array(0),
    logins: [],
    searches: [],
    shares: [],
    followers: [],
    following: [],
    blocked: [],
    posts: [],
    deletedPosts: [],
    comments: [],
    settings: new Map(),
    activitySummary: new Map(),
    profile: { username: null, displayName: null, likesReceived: null, followerCount: null, followingCount: null },
    status: { appVersion: null, resolution: null, uid: null },
    studio: null,
    warnings: [],
    ...overrides,
  }
}
