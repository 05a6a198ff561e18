# cli: English

## Shared
cli-warnings = Warnings:
cli-method = Method: {$method}

## analyze (src/cli/analyze.rs)
cli-analyze-totals = Distance {$km} km · gain {$gain} · loss {$loss} · elevation {$low} to {$high} · {$points} points
cli-analyze-no-elevation = This file has no elevation data, so no climbs or descents can be found.
cli-analyze-noise = Elevation noise estimated from the file: {$noise}; gain counted from {$threshold} m swings
cli-analyze-descents = Descents ({$count}):
cli-analyze-descent = {$name} {$kind} km {$start} to {$end}  drop {$drop} m  avg {$avg} %  steepest {$max} %  {$category}
cli-analyze-climbs = Climbs ({$count}):
cli-analyze-climb = {$name}        km {$start} to {$end}  gain {$gain} m  avg {$avg} %  steepest {$max} %  {$category}
