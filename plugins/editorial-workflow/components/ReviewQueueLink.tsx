import Link from 'next/link'
import React from 'react'

/** A navigation link to the review queue. */
export const ReviewQueueLink = () => (
  <Link className="nav__link" href="/admin/review-queue" style={{ display: 'block', padding: '0.5rem 0' }}>
    Review queue
  </Link>
)
