/**
 * The public never sees where exactly a report was made: only the centre of the square grid cell
 * (REPORT_GRID_METRES wide, in SWEREF 99 TM) that holds it. `cell` is the SQL parameter holding the width.
 */
export const coarsenedPoint = (column: string, cell: string) =>
  `ST_SetSRID(ST_MakePoint(floor(ST_X(${column}) / ${cell}) * ${cell} + ${cell} / 2.0,
                           floor(ST_Y(${column}) / ${cell}) * ${cell} + ${cell} / 2.0), 3006)`
