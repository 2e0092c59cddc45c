/** Texts of the open data screen (pages/open-data-page.tsx and open-data/*.tsx). */
export const openDataSv = {
  title: 'Öppna data',
  /** On the about page, before a link to this page. */
  aboutLink: 'Ladda ner lagren som GeoJSON, CSV eller GeoPackage, i WGS 84 eller SWEREF 99:',
  heading: 'Öppna data',
  lead: 'Allt som kartan visar kan du ladda ner som filer eller läsa direkt i ett GIS-program. Välj format och koordinatsystem, och ladda sedan ner det lager du vill ha.',
  loading: 'Hämtar lagren …',
  loadError: 'Lagren kunde inte hämtas: {{message}}',
  loadErrorStatus: 'servern svarade med felkod {{status}}. Försök igen om en stund.',
  noCollections: 'Det finns inga lager att ladda ner just nu.',
  chooser: {
    heading: 'Välj format och koordinatsystem',
    format: 'Filformat',
    crs: 'Koordinatsystem',
    formats: {
      geojson: 'GeoJSON',
      csv: 'CSV',
      gpkg: 'GeoPackage',
    },
    formatHints: {
      geojson: 'för webbkartor och de flesta program',
      csv: 'för kalkylprogram: geometri som WKT, punkter även som x och y',
      gpkg: 'för QGIS och ArcGIS, med koordinatsystemet inbyggt',
    },
    crsNames: {
      crs84: 'WGS 84',
      sweref99tm: 'SWEREF 99 TM',
      sweref991330: 'SWEREF 99 13 30',
    },
    crsHints: {
      crs84: 'longitud och latitud i grader, som GPS och webbkartor',
      sweref99tm: 'Sveriges nationella system, meter (EPSG:3006)',
      sweref991330: 'det lokala system kommunens planerare använder, meter (EPSG:3008)',
    },
  },
  list: {
    heading: 'Lager',
    count_one: '{{count}} lager',
    count_other: '{{count}} lager',
    geometry: 'Geometri: {{type}}',
    period: 'Tid: {{from}} – {{to}}',
    periodOpen: 'Tid: från {{from}}',
    staff: 'Bara för personal – inte öppna data',
    download: 'Ladda ner {{title}}',
    downloadAs: '{{format}}, {{crs}}',
    browse: 'Visa lagret i OGC API',
    geometryTypes: {
      Point: 'punkter',
      LineString: 'linjer',
      Polygon: 'ytor',
      Geometry: 'punkter, linjer och ytor',
    },
  },
  services: {
    heading: 'Läs direkt i GIS-program och andra system',
    ogcHeading: 'OGC API – Features (QGIS, ArcGIS)',
    ogc: 'Lägg till adressen nedan som en ny anslutning: i QGIS under Lager → Lägg till lager → Lägg till WFS/OGC API – Features-lager, i ArcGIS Pro som en ny OGC API-server. Programmet hämtar alltid det senaste och kan be om SWEREF 99 TM eller SWEREF 99 13 30.',
    ogcAddress: 'Adress till OGC API',
    open311Heading: 'Open311 (GeoReport v2)',
    open311: 'Andra medborgarappar kan läsa rapporterna om otrygga platser och skicka in nya rapporter med standarden Open311. Nya rapporter granskas av kommunen innan de visas.',
    open311Address: 'Adress till Open311',
  },
  terms: {
    heading: 'Licens och integritet',
    licence: 'Data från Trygghetskartan får användas fritt, även kommersiellt, utan att du behöver fråga. Licens:',
    lantmateriet: 'Kommungränsen och tätorterna kommer från Lantmäteriets öppna data (GSD-Översiktskartan, CC0).',
    rounded: 'Rapporterna om otrygga platser visas på en avrundad plats, mitten av en ruta i ett rutnät, aldrig den exakta platsen. Inga uppgifter om den som rapporterade finns med.',
    demo: 'Påhittade exempeldata, som visas för demonstration, är märkta med demo = true i filerna.',
    staffOnly:
      'Lager märkta ”Bara för personal” är inte öppna data: villkoren ovan gäller inte dem, och de kan visa exakta platser och uppgifter som inte är publicerade. Dela dem inte utanför arbetet.',
  },
}
