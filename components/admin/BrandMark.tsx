import React from 'react'

/** The site's mark, the same three bars as the public favicon (`app/(frontend)/icon.svg`). */
const MARK = { ground: '#8a4b08', bars: '#fbfaf7', path: 'M7 24h4V14H7zm7 0h4V8h-4zm7 0h4V17h-4z' }

/** The mark as a data URL, for the admin's favicon: nothing is loaded from elsewhere. */
export const BRAND_MARK_DATA_URL = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${MARK.ground}"/><path fill="${MARK.bars}" d="${MARK.path}"/></svg>`,
)}`

/** The mark drawn inline, for the admin's logo and icon. */
export const BrandMark = ({ size }: { size: number }) => (
  <svg aria-hidden="true" width={size} height={size} viewBox="0 0 32 32" focusable="false">
    <rect width="32" height="32" rx="6" fill={MARK.ground} />
    <path fill={MARK.bars} d={MARK.path} />
  </svg>
)
