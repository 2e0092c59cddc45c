#!/usr/bin/env bash
# Regenerates the GIS files in tests/fixtures/import/ that the import tests read: small
# grannsamverkan areas, walk routes and measures in central Kristinehamn (coordinates from the demo
# data in data/seed/demo/), written by GDAL's ogr2ogr (Debian gdal-bin) in the formats and
# coordinate systems a planner's desktop GIS produces, plus broken files for the error paths.
# Everything is fictional example data. Run from the repository root:
#   bash scripts/make-import-fixtures.sh
set -euo pipefail

out=tests/fixtures/import
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.geojson "$out"/*.zip "$out"/*.gpkg

# The sources, in WGS84. Names carry å, ä and ö so the encodings are exercised.
cat >"$work/areas.geojson" <<'EOF'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"namn":"Exempel: Import Östra Ängen","status":"active","hushall":24},
 "geometry":{"type":"Polygon","coordinates":[[[14.1130,59.3120],[14.1160,59.3120],[14.1160,59.3135],[14.1130,59.3135],[14.1130,59.3120]]]}},
{"type":"Feature","properties":{"namn":"Exempel: Import Åsgården","status":"planerad","hushall":12},
 "geometry":{"type":"Polygon","coordinates":[[[14.0950,59.3040],[14.0985,59.3040],[14.0985,59.3058],[14.0950,59.3058],[14.0950,59.3040]],
   [[14.0962,59.3046],[14.0972,59.3046],[14.0972,59.3052],[14.0962,59.3052],[14.0962,59.3046]]]}}
]}
EOF

cat >"$work/routes.geojson" <<'EOF'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"titel":"Exempel: Kvällsvandring i centrum","starttid":"2027-04-20 19:00","minuter":90,"ljus":"mörker","samling":"Norra torget"},
 "geometry":{"type":"LineString","coordinates":[[14.1075,59.3098],[14.1058,59.3091],[14.1035,59.3082],[14.103,59.307],[14.1082,59.308],[14.1128,59.3099]]}},
{"type":"Feature","properties":{"titel":"Exempel: Vandring längs Östra Storgatan","starttid":"2026-05-12 18:00","minuter":120,"ljus":"dagsljus","samling":"Södra torget"},
 "geometry":{"type":"LineString","coordinates":[[14.1082,59.308],[14.1100,59.3085],[14.1131,59.3074],[14.1142,59.3091]]}}
]}
EOF

# A measure's shape may be a point, a line or an area: the GeoPackage holds all three in one layer.
cat >"$work/measures.geojson" <<'EOF'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"titel":"Exempel: Ny belysning på Norra torget","typ":"belysning","status":"proposed","ansvarig":"kommun","kostnad":85000,"foreslagen":"2026-09-01"},
 "geometry":{"type":"Point","coordinates":[14.1075,59.3098]}},
{"type":"Feature","properties":{"titel":"Exempel: Röj buskage längs gångvägen","typ":"vegetation_clearance","status":"decided","ansvarig":"kommun","kostnad":12000,"foreslagen":"2026-08-15","beslutad":"2026-09-10"},
 "geometry":{"type":"LineString","coordinates":[[14.1030,59.3070],[14.1035,59.3082]]}},
{"type":"Feature","properties":{"titel":"Exempel: Öppna upp hörnet i Stadsparken","typ":"visibility","status":"proposed","ansvarig":"fastighetsagare","kostnad":null,"foreslagen":"2026-10-01"},
 "geometry":{"type":"Polygon","coordinates":[[[14.1124,59.3096],[14.1132,59.3096],[14.1132,59.3102],[14.1124,59.3102],[14.1124,59.3096]]]}}
]}
EOF

cat >"$work/lamps.geojson" <<'EOF'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"titel":"Exempel: Lampa vid Resecentrum","typ":"belysning","status":"proposed","ansvarig":"kommun","foreslagen":"2026-09-01"},
 "geometry":{"type":"Point","coordinates":[14.1035,59.3082]}},
{"type":"Feature","properties":{"titel":"Exempel: Lampa i gångtunneln","typ":"belysning","status":"proposed","ansvarig":"kommun","foreslagen":"2026-09-01"},
 "geometry":{"type":"Point","coordinates":[14.1030,59.3070]}}
]}
EOF

ogr() { ogr2ogr -q "$@"; }
# The RFC 7946 files carry no crs member (WGS84 is implied); GDAL's projected GeoJSON names its CRS.
ogr -f GeoJSON "$out/areas-4326.geojson" "$work/areas.geojson" -nln areas
ogr -f GeoJSON -t_srs EPSG:3008 "$out/areas-3008.geojson" "$work/areas.geojson" -nln areas
ogr -f GeoJSON "$out/routes-4326.geojson" "$work/routes.geojson" -nln routes
ogr -f GeoJSON "$out/measures-4326.geojson" "$work/measures.geojson" -nln measures

# Zipped Shapefiles in SWEREF 99 TM with .prj and .cpg: areas in ISO-8859-1, routes and lamps in UTF-8.
shapefile() { # name encoding source layer
  mkdir -p "$work/$1"
  # A .dbf has no date-and-time type: the start time stays text, as a planner would type it.
  ogr -f 'ESRI Shapefile' -t_srs EPSG:3006 -lco ENCODING="$2" -oo DATE_AS_STRING=YES "$work/$1/$4.shp" "$3" -nln "$4"
  (cd "$work/$1" && zip -q -X "$OLDPWD/$out/$1.zip" ./*)
}
shapefile areas-3006 ISO-8859-1 "$work/areas.geojson" omraden
shapefile routes-3006 UTF-8 "$work/routes.geojson" rutter
shapefile measures-3006 UTF-8 "$work/lamps.geojson" atgarder

# GeoPackages: routes in SWEREF 99 13 30, measures in WGS84, areas in both.
ogr -f GPKG -t_srs EPSG:3008 "$out/routes-3008.gpkg" "$work/routes.geojson" -nln rutter
ogr -f GPKG "$out/measures-4326.gpkg" "$work/measures.geojson" -nln atgarder -nlt GEOMETRY
ogr -f GPKG -t_srs EPSG:3008 "$out/areas-3008.gpkg" "$work/areas.geojson" -nln omraden
ogr -f GPKG "$out/areas-4326.gpkg" "$work/areas.geojson" -nln omraden

# Broken or unacceptable files.
# A zip cut off in the middle.
head -c 300 "$out/areas-3006.zip" >"$out/bad-truncated.zip"
# A Shapefile without its .prj: the coordinate system must be chosen by hand.
mkdir -p "$work/noprj" && cp "$work/areas-3006"/omraden.{shp,shx,dbf,cpg} "$work/noprj/"
(cd "$work/noprj" && zip -q -X "$OLDPWD/$out/bad-no-prj.zip" ./*)
# Web Mercator, which the import does not accept.
ogr -f GPKG -t_srs EPSG:3857 "$out/bad-areas-3857.gpkg" "$work/areas.geojson" -nln omraden
# Points where areas are expected.
ogr -f GeoJSON "$out/bad-points-as-areas.geojson" "$work/lamps.geojson" -nln lamps
# One good area and one in Stockholm: nothing may be saved from this file.
cat >"$work/outside.geojson" <<'EOF'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"namn":"Exempel: Import Inom kommunen","status":"planned"},
 "geometry":{"type":"Polygon","coordinates":[[[14.1200,59.3150],[14.1230,59.3150],[14.1230,59.3165],[14.1200,59.3165],[14.1200,59.3150]]]}},
{"type":"Feature","properties":{"namn":"Exempel: Import i Stockholm","status":"planned"},
 "geometry":{"type":"Polygon","coordinates":[[[18.06,59.33],[18.07,59.33],[18.07,59.34],[18.06,59.34],[18.06,59.33]]]}}
]}
EOF
ogr -f GeoJSON "$out/bad-outside-municipality.geojson" "$work/outside.geojson" -nln areas

# GDAL leaves room to grow in a new GeoPackage; compacted they stay small enough to commit.
for gpkg in "$out"/*.gpkg; do sqlite3 "$gpkg" 'PRAGMA page_size = 1024; VACUUM;'; done

ls -l "$out"
