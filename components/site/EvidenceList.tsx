import type { EvidenceListView } from '../../lib/data/pages/evidenceList'
import { EVIDENCE_LINKS_PER_PAGE } from '../../lib/data/pages/evidenceList'
import { EvidenceCards } from './EvidenceCards'
import { Pagination } from './Pagination'

type EvidenceListProps = {
  list: EvidenceListView
  label: 'skill' | 'career'
  empty: string
  /** Names the page links for screen readers: "Pages of evidence for Nurse Midwives". */
  pagesLabel: string
}

/** One page of a career's or skill's evidence pages as cards, with how many there are and page links. */
export function EvidenceList({ list, label, empty, pagesLabel }: EvidenceListProps) {
  const first = (list.page - 1) * EVIDENCE_LINKS_PER_PAGE + 1
  const last = first + list.pages.length - 1
  return (
    <>
      {list.totalPages > 1 ? (
        <p className="section-intro">
          {list.total} evidence pages, by {label};{' '}
          {last > first ? `${first}–${last} here.` : 'the last of them here.'}
        </p>
      ) : null}
      <EvidenceCards pages={list.pages} label={label} empty={empty} />
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        previous={list.previous}
        next={list.next}
        label={pagesLabel}
      />
    </>
  )
}
