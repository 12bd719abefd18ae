// renderer: React. In place of the like chart when an export holds no likes: says which kind of missing it is and what to ask TikTok for.
import type { ExportSummary } from '@shared/contract/model'

export function NoLikesState({ summary }: { summary: ExportSummary }): React.JSX.Element {
  const likes = summary.sections.likes
  const missing = !likes.present
  return (
    <section className="card empty-state" aria-labelledby="no-likes-title" id="chart" data-testid="no-likes">
      {/* The verdict above already says the list is missing; this card says why and how to get one, without repeating it. */}
      <h2 id="no-likes-title">{missing ? 'How to get an export with your likes' : 'The list of your likes in this export is empty'}</h2>
      {missing ? (
        <p>
          Without a like list LikeTrace cannot chart your likes or tell which ones vanished. The rest of this export
          {summary.missingCategories.length > 0 ? <> (it left out: {summary.missingCategories.join(', ')})</> : null} is shown below.
        </p>
      ) : (
        <p>
          TikTok sent the like list, but without a single like in it. If you have liked videos, the list was cut off when the export was made, or the likes were removed before.
        </p>
      )}
      <h3>What to request from TikTok</h3>
      <ol className="steps">
        <li>In TikTok open Profile → ☰ → Settings and privacy → Account → Download your data.</li>
        <li>
          Choose <strong>JSON</strong> and <strong>select all categories</strong> (at least <strong>Activity</strong>, called <strong>Likes and Favorites</strong> in newer apps).
        </li>
        <li>When the file is ready (usually 1–4 days), drop it on LikeTrace&apos;s start screen. Keep this one: comparing two exports shows exactly which likes vanished.</li>
      </ol>
    </section>
  )
}
