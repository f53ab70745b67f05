import React from 'react'

/** The site's mark (the favicon's three bars), drawn inline so the admin loads nothing from elsewhere. */
export const BrandMark = ({ size }: { size: number }) => (
  <svg aria-hidden="true" width={size} height={size} viewBox="0 0 32 32" focusable="false">
    <rect width="32" height="32" rx="6" fill="#8a4b08" />
    <path fill="#fbfaf7" d="M7 24h4V14H7zm7 0h4V8h-4zm7 0h4V17h-4z" />
  </svg>
)
