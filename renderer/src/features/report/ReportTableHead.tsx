// renderer: React. The column widths and header row of a printed table, from one list of columns.
export interface ReportColumn {
  label: string
  /** Numbers are right-aligned under a right-aligned header. */
  num?: boolean
  width?: string
}

export function ReportTableHead({ columns }: { columns: readonly ReportColumn[] }): React.JSX.Element {
  return (
    <>
      {columns.some((c) => c.width !== undefined) && (
        <colgroup>
          {columns.map((c) => (
            <col key={c.label} style={c.width === undefined ? undefined : { width: c.width }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.num ? 'num nowrap' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  )
}
