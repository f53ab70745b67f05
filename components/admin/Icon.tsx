import React from 'react'

import { BrandMark } from './BrandMark'

/** The admin's small mark, shown in the navigation, titled for screen readers. */
export const Icon = () => (
  <span className="brand-icon" title="Career Evidence" style={{ display: 'inline-flex' }}>
    <BrandMark size={24} />
    <span
      className="sr-only"
      style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
    >
      Career Evidence
    </span>
  </span>
)
