import type { ReactNode } from 'react'

type SectionProps = {
  id: string
  title: string
  intro?: string
  /** 3 for a section inside another one (an occupation's facts on a curated career's page). */
  level?: 2 | 3
  children: ReactNode
}

/** A titled page section with an anchor, so the contents list and links can point at it. */
export function Section({ id, title, intro, level = 2, children }: SectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={level === 2 ? 'section' : 'subsection'}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  )
}
