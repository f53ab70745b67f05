/** How the skill is checked at each career stage, in career order. */
export function Screening({ rows }: { rows: { stage: string; howScreened: string }[] }) {
  return (
    <ol className="stages">
      {rows.map((row) => (
        <li key={row.stage}>
          <h3>{row.stage}</h3>
          <p>{row.howScreened}</p>
        </li>
      ))}
    </ol>
  )
}
