#!/bin/sh
# Charts per second for SVG output (build + write), per chart type, on the example edition's donors data.
# Usage: bench/charts.sh [seconds per type]   (packages target/tessera.jar when it is missing)
set -e
cd "$(dirname "$0")/.."
[ -f target/tessera.jar ] || mvn -q -B -DskipTests package
exec java -Djava.awt.headless=true -cp target/tessera.jar bench/ChartBench.java . "${1:-3}"
