import React from 'react'

import { BrandMark } from './BrandMark'

/** The login and account pages' logo: the project's name, not Payload's. */
export const Logo = () => (
  <span className="brand-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
    <BrandMark size={40} />
    <span style={{ fontSize: '1.6rem', fontWeight: 600, letterSpacing: '-0.01em' }}>Career Evidence</span>
  </span>
)
