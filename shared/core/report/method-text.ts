// shared/core: Electron-free. The report's "Method" page: how each detector works in two sentences (likes you gave, and TikTok Studio data), and what "likely" means.
import type { ReportMethodNote } from '@shared/contract/views'

/** In the order the report lists causes: export artefacts first, then the comparison, then possible causes, then context. */
export const METHOD_NOTES: readonly ReportMethodNote[] = [
  {
    title: 'Cut-off like list',
    text: 'TikTok has been seen to stop the like list at exactly 6,000 or 8,000 entries, so a list of exactly that length, or favourites reaching more than a year further back than the oldest like, is flagged. An exact cap is high confidence; the favourites comparison is medium.',
  },
  {
    title: 'Partial export and missing sections',
    text: 'LikeTrace checks which categories the export was requested with and which sections are missing inside a category that is there. Missing data cannot show a cause, so these are listed first, with high confidence.',
  },
  {
    title: 'Retention windows',
    text: 'TikTok keeps watch and login history for only about six months, while likes go back further. This is a limit of the data, not a cause, so it is reported with low confidence and explains why older events cannot be checked.',
  },
  {
    title: 'Vanished likes (two exports)',
    text: 'Two exports of the same account are compared by video id: a like in the older export that is missing from the newer one, inside the dates the newer one covers, has vanished. Vanished likes given within 6 hours of each other form one group; this is a fact from your files, so it is high confidence.',
  },
  {
    title: 'Fast liking',
    text: 'A burst is 40 or more likes within 10 minutes, or 150 or more within an hour, inside one session. TikTok publishes no limit and the link to undone likes comes from user reports, so it is low confidence, or medium when vanished likes sit next to it.',
  },
  {
    title: 'New device, system or network',
    text: 'After a 7-day baseline, Login History is searched for a device model, operating system or network not seen before. These are correlations only: low confidence, or medium when vanished likes started within a day of them.',
  },
  {
    title: 'Gap in likes',
    text: 'Days with normal watching but at most 20% of the likes your own usual rate predicts, for two or more days in a row, are flagged. A gap can mean likes did not register, or simply a change of habit, so it is low or medium confidence.',
  },
  {
    title: 'Liked videos hidden',
    text: 'The export records who can view the videos you liked at the moment it was made. If that is not "Everyone", others see fewer or none of your likes although they still exist; medium confidence, as the setting may have changed since.',
  },
  {
    title: 'Deleted posts',
    text: 'Your own deleted posts (the data archive keeps them for about 30 days) are counted by day. A deleted post takes its likes with it, so likes received fall; that is no fault and no purge, so it is medium confidence.',
  },
]

/** For TikTok Studio data: how each fall in the daily series is found, and how sure it can be. */
export const STUDIO_METHOD_NOTES: readonly ReportMethodNote[] = [
  {
    title: 'Views fell (reach)',
    text: 'A fall in reach is video views under 40% of the median of the 28 days before, on 3 or more days; it lasts while views stay under 60%, with at most two ordinary days between. It is medium confidence when videos were posted during it (so fewer views are not from posting less), low otherwise; TikTok confirms no "shadowban".',
  },
  {
    title: 'Likes received fell',
    text: 'A day with more likes taken away than given (5 or more, net), or a day whose likes per view fell below a fifth of the usual rate while views stayed at 60% of a usual day or more and at least 50 likes were expected. Consistent with likes being removed, never proof of it: medium for a net loss, low otherwise.',
  },
  {
    title: 'Followers fell',
    text: 'A one-day fall in followers far outside the usual daily change (more than six robust standard deviations below it), of at least 10 followers and 0.3% of the audience. Consistent with TikTok removing fake or inactive accounts, never proof of it: medium from 1% of followers, low below.',
  },
]

export const LIKELY_MEANING =
  'LikeTrace reads only your own export; it cannot see inside TikTok. "Likely" means the data fits this explanation better than the others, not that it is proven. ' +
  'High confidence: the files themselves show it (for example, likes that are in one export and not the next). Medium: a strong pattern next to what happened. ' +
  'Low: a pattern that is worth checking but often has an innocent reason.'
