type Props = { answered: number; total: number; onStartOver: () => void }

/** After a reload: says the answers kept in this browser are back, and offers a clean start. */
export function ResumeNotice({ answered, total, onStartOver }: Props) {
  return (
    <div className="assessment-resume" role="status">
      <p>
        Resuming where you left off: {answered} of {total} answers were kept in this browser.
      </p>
      <button type="button" onClick={onStartOver}>
        Start over
      </button>
    </div>
  )
}
