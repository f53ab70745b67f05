import { redirect } from 'next/navigation'

import { paths } from '../../lib/site/paths'

/** The site starts at the careers hub. */
export default function HomePage() {
  redirect(paths.hub())
}
