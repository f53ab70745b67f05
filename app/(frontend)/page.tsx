export default function HomePage() {
  return (
    <section className="intro">
      <h1>Career Evidence</h1>
      <p>
        Evidence pages that weigh a skill for a career, with every figure traced to a primary source. The
        public pages are being built; editors can already curate sources, findings and careers.
      </p>
      <p>
        <a href="/admin">Open the editorial admin</a>
      </p>
    </section>
  )
}
