import Link from 'next/link'

export default function HomePage() {
  return (
    <section className="intro">
      <h1>Career Evidence</h1>
      <p>
        Evidence pages that weigh a skill for a career, with every figure traced to a primary source. The
        public pages are being built; editors can already curate sources, findings and careers.
      </p>
      <p>
        <Link href="/admin">Open the editorial admin</Link>
      </p>
    </section>
  )
}
