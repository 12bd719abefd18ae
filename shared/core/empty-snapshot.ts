// shared/core: Electron-free. A blank ExportSnapshot to build on, and a copy of one to change (tests, stored-import decoding).
import type { ExportSnapshot } from './snapshot'
import { VideoList } from './video-list'

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
    likes: VideoList.EMPTY,
    favorites: VideoList.EMPTY,
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

/** A deep copy to change freely (tests). The like and favourite lists are immutable, so the copy shares them. */
export function copySnapshot(s: ExportSnapshot): ExportSnapshot {
  return { ...structuredClone({ ...s, likes: VideoList.EMPTY, favorites: VideoList.EMPTY }), likes: s.likes, favorites: s.favorites }
}
