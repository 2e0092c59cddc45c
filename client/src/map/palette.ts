/**
 * Colours of the map and its legend. Okabe–Ito hues stay apart for the common kinds of colour
 * blindness; every feature also differs by shape or line pattern, and the legend names it in text.
 * Outlines are darker so shapes keep a 3:1 contrast with the light basemap.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const

export const basemapColours = {
  /** Outside the municipality: a muted grey so the municipality stands out. */
  outside: '#dedcd6',
  land: '#f7f5f0',
  urbanFill: '#ece4d4',
  urbanOutline: '#b9a888',
  boundary: '#4d4d4d',
  label: '#2f2a22',
  halo: '#ffffff',
} as const

export const watchStatusColours = {
  active: { fill: okabeIto.bluishGreen, line: '#00664c' },
  planned: { fill: okabeIto.skyBlue, line: '#1d6ea3' },
  inactive: { fill: '#9a9a9a', line: '#5c5c5c' },
} as const

export const layerColours = {
  centreFill: okabeIto.yellow,
  centreLine: '#1a1a1a',
  walk: okabeIto.blue,
  walkCasing: '#ffffff',
  observationSafe: okabeIto.bluishGreen,
  observationUnsafe: okabeIto.vermillion,
  report: okabeIto.reddishPurple,
  reportStroke: '#5e1f47',
  measure: okabeIto.orange,
  measureLine: '#8a5a00',
  measureRejected: '#8c8c8c',
  markerStroke: '#1a1a1a',
  selection: '#111111',
  selectionHalo: '#ffffff',
} as const

/**
 * The police's grannsamverkan screen: an area's state. "Needs update" is also hatched and every
 * state has its own outline pattern and a label in words, so colour is never the only cue.
 */
export const areaStateColours = {
  needs_update: { fill: okabeIto.vermillion, line: '#8f3e00' },
  in_order: watchStatusColours.active,
  planned: watchStatusColours.planned,
  inactive: watchStatusColours.inactive,
} as const

/**
 * Coverage on the police's map. Blue is apart from the states' vermillion, green and grey for every
 * common colour blindness, and the cross-hatch and dotted outline (not the colour) mark the parts.
 * Hints are white rings with a dark purple edge: a shape no area has.
 */
export const coverageColours = {
  uncovered: okabeIto.blue,
  uncoveredLine: '#00446b',
  hint: '#ffffff',
  hintStroke: '#5e1f47',
} as const
