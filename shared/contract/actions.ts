// shared/contract: environment-free. What each suggested action asks the user to do, in plain English.
import type { ActionId } from './model'

export interface ActionText {
  label: string
  detail: string
}

export const ACTION_TEXT: Readonly<Record<ActionId, ActionText>> = {
  'request-new-export': {
    label: 'Request a new export',
    detail: 'In TikTok: Settings and privacy > Account > Download your data. Choose JSON and select all categories, so nothing is left out.',
  },
  'compare-exports': {
    label: 'Compare with a later export',
    detail: 'Request another export in a few weeks and open it here: LikeTrace then shows exactly which likes disappeared in between.',
  },
  'check-connection': {
    label: 'Check your connection',
    detail: 'Likes given on a weak or switching connection may never reach TikTok. Like on a stable Wi-Fi or mobile connection.',
  },
  'update-app': {
    label: 'Update the TikTok app',
    detail: 'Install the latest version from your app store; older versions have had bugs that undo likes.',
  },
  'clear-cache': {
    label: "Clear TikTok's cache",
    detail: 'In TikTok: Settings and privacy > Free up space > Cache > Clear. This keeps your likes and account.',
  },
  'check-liked-privacy': {
    label: 'Check who can see your liked videos',
    detail: 'In TikTok: Settings and privacy > Privacy > Liked videos. "Only me" hides your likes from others; they are not deleted.',
  },
  'log-out-and-in': {
    label: 'Log out and back in',
    detail: 'After a new phone or an app update, logging out and back in makes the app reload your likes from TikTok.',
  },
  'report-problem': {
    label: 'Report a problem to TikTok',
    detail: 'In TikTok: Settings and privacy > Report a problem. Attach the LikeTrace PDF report: it lists the likes and dates involved.',
  },
  'slow-down-liking': {
    label: 'Like at a normal pace',
    detail: 'Users report that liking many videos in a few minutes gets likes undone. TikTok publishes no limit, so spread your likes out.',
  },
  'secure-account': {
    label: 'Check your account security',
    detail: 'If you do not recognise a device or network: change your password and review Settings and privacy > Security > Manage devices.',
  },
  'check-removed-videos': {
    label: 'Check whether the videos still exist',
    detail: 'Open a few of the vanished videos: if they are gone or private, their creators or TikTok removed them, and your likes went with them.',
  },
}
