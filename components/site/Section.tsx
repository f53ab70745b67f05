import type { ReactNode } from 'react'

type SectionProps = { id: string; title: string; intro?: string; children: ReactNode }

/** A titled page section with an anchor, so the contents list and links can point at it. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="section">
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  )
}
