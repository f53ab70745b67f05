import Link from 'next/link'

type Item = { href: string; label: string; note?: string }

/** A wrapped list of links as chips, or nothing when there are none (no empty heading left behind). */
export function LinkList({ items, label }: { items: Item[]; label: string }) {
  if (items.length === 0) return null
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{item.label}</Link>
          {item.note ? <span className="chip-note"> {item.note}</span> : null}
        </li>
      ))}
    </ul>
  )
}
