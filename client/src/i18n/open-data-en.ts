import type { openDataSv } from './open-data-sv.ts'

/** English texts of the open data screen; the same keys as open-data-sv.ts. */
export const openDataEn: typeof openDataSv = {
  title: 'Open data',
  aboutLink: 'Download the layers as GeoJSON, CSV or GeoPackage, in WGS 84 or SWEREF 99:',
  heading: 'Open data',
  lead: 'Everything the map shows can be downloaded as files or read straight into a GIS program. Choose a format and a coordinate system, then download the layer you want.',
  loading: 'Loading the layers …',
  loadError: 'The layers could not be loaded: {{message}}',
  loadErrorStatus: 'the server answered with error code {{status}}. Try again in a while.',
  noCollections: 'There are no layers to download at the moment.',
  chooser: {
    heading: 'Choose format and coordinate system',
    format: 'File format',
    crs: 'Coordinate system',
    formats: {
      geojson: 'GeoJSON',
      csv: 'CSV',
      gpkg: 'GeoPackage',
    },
    formatHints: {
      geojson: 'for web maps and most programs',
      csv: 'for spreadsheets: geometry as WKT, points also as x and y',
      gpkg: 'for QGIS and ArcGIS, with the coordinate system built in',
    },
    crsNames: {
      crs84: 'WGS 84',
      sweref99tm: 'SWEREF 99 TM',
      sweref991330: 'SWEREF 99 13 30',
    },
    crsHints: {
      crs84: 'longitude and latitude in degrees, like GPS and web maps',
      sweref99tm: 'Sweden’s national system, metres (EPSG:3006)',
      sweref991330: 'the local system the municipality’s planners use, metres (EPSG:3008)',
    },
  },
  list: {
    heading: 'Layers',
    count_one: '{{count}} layer',
    count_other: '{{count}} layers',
    geometry: 'Geometry: {{type}}',
    period: 'Time: {{from}} – {{to}}',
    periodOpen: 'Time: from {{from}}',
    staff: 'Staff only – not open data',
    download: 'Download {{title}}',
    downloadAs: '{{format}}, {{crs}}',
    browse: 'View the layer in the OGC API',
    geometryTypes: {
      Point: 'points',
      LineString: 'lines',
      Polygon: 'areas',
      Geometry: 'points, lines and areas',
    },
  },
  services: {
    heading: 'Read straight into GIS programs and other systems',
    ogcHeading: 'OGC API – Features (QGIS, ArcGIS)',
    ogc: 'Add the address below as a new connection: in QGIS under Layer → Add Layer → Add WFS / OGC API – Features Layer, in ArcGIS Pro as a new OGC API server. The program always gets the latest data and can ask for SWEREF 99 TM or SWEREF 99 13 30.',
    ogcAddress: 'OGC API address',
    open311Heading: 'Open311 (GeoReport v2)',
    open311: 'Other civic apps can read the reports of unsafe places and send new reports with the Open311 standard. The municipality reviews new reports before they are shown.',
    open311Address: 'Open311 address',
  },
  terms: {
    heading: 'Licence and privacy',
    licence: 'Data from Trygghetskartan may be used freely, also commercially, without asking. Licence:',
    lantmateriet: 'The municipal boundary and the urban areas come from Lantmäteriet’s open data (GSD-Översiktskartan, CC0).',
    rounded: 'Reports of unsafe places are shown at a rounded location, the centre of a grid square, never the exact place. Nothing about the person who reported is included.',
    demo: 'Made-up example data, shown for demonstration, is marked demo = true in the files.',
    staffOnly:
      'Layers marked “Staff only” are not open data: the terms above do not apply to them, and they may show exact locations and details that are not published. Do not share them outside your work.',
  },
}
