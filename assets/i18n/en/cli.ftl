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

## plan's readable summary (src/cli/summary.rs)
cli-official-climb = {$gain} m climb
cli-official = Official figures (entered by you): {$figures}
cli-plan-facts = Goal {$goal} · start {$start} · finish {$finish} · flat pace {$flat}/km · model {$model}
cli-plan-energy = Energy {$kcal} kcal (climbs {$climbs} %, descents {$descents} %, flats {$flats} %) · descent load {$load} points (heuristic)
cli-fuel = Fuel:
cli-fuel-line = km {$km} at {$clock}: {$item} {$note}
cli-morning = Race morning · heat: {$mode}
cli-morning-dated = Race morning {$date} · heat: {$mode}
cli-morning-row = {$clock}  {$temp} °C  dew point {$dew} °C  humidity {$humidity} %  slowdown {$slowdown} %
cli-warning = Warning: {$warning}
cli-catch-up = Catch-up card (behind by 15 / 30 / 60 / 120 s):
cli-catch-up-row = km {$km} at {$elapsed}: {$cells}
cli-splits-head = split       pace   cumul.    clock     gain  loss  grade   kcal  load
cli-descents = Descents:
cli-descent = {$name} ({$kind}, km {$start}-{$end}, at {$clock}): {$summary}
cli-descent-edited = {$name} [edited by you]

## plan (src/cli/plan.rs)
cli-course-changed = note: the course has changed since the plan was saved; check the descents
cli-watch-needs-date = The watch files need --race-date YYYY-MM-DD: their times are race-day times in UTC.
cli-watch-points-range = The number of course points must be between {$lo} and {$hi} (it was {$points}).
cli-watch-min-steps = The race workout needs at least 2 steps.
cli-plan-written = Plan written to {$path}
cli-card-written = Race card written to {$path}
cli-file-written = {$label} written to {$path}

## train (src/cli/train.rs)
cli-train-no-course = No course given: paces assume a flat marathon, and race-specific sessions use 300-400 m at 4-6 %.
cli-train-your-marathon = your marathon
cli-train-head = Downhill training for {$race} on {$date} ({$weeks} weeks from {$start})
cli-train-paces = Paces {$paces}
cli-train-copy = Race-specific sessions copy {$what}
cli-train-note = Note: {$note}
cli-train-week = Week {$n} ({$start}): {$phase} · load {$load}
cli-train-where = where: {$place}

## history (src/cli/history.rs)
cli-history-no-run = No usable timed run in {$path} ({$files} files: {$unreadable} unreadable, {$untimed} without times, {$not_running} not running, {$no_flat} without flat stretches).
cli-history-needed = --model personal needs your runs: add --history DIR_OR_FILE.
cli-history-counts = {$files} files, {$runs} runs used, {$blocks} blocks of ~100 m
cli-history-left-out = Left out: {$unreadable} unreadable, {$untimed} without times, {$not_running} not running, {$no_flat} without flat stretches; {$stops} stops, {$jumps} GPS jumps, {$broken} blocks of broken elevation
cli-history-head = grade  blocks  median  95 % band    speed/flat  time x  used
cli-history-yours = yours
cli-history-downhill = Downhill run in the last 6 weeks: {$last} m (6 weeks to your latest run: {$latest} m)

## debrief (src/cli/debrief.rs; the flags come from export.ftl's pdf-debrief-*)
cli-debrief-written = Written: {$path}
cli-debrief-head = Race debrief: {$course}
cli-debrief-over-read = Watch over-read {$pct} % ({$recorded} recorded for {$course} km); plan the next race with --watch-over-read {$next}
cli-debrief-descents-head = Descent                     km      cap    run    +/-   flag        flat after
cli-debrief-after = {$planned} planned, {$run} run ({$delta})
cli-debrief-km-head = Split     planned    run    +/-   total
cli-debrief-heart-rate = Heart rate: {$first} bpm first half, {$second} second half; pace:HR decoupling {$decoupling} %
cli-history-effort = Comparable effort: on { $runs } runs with heart rate, { $off } blocks outside +-{ $band } % of the run's steady heart rate were left out; the other runs are compared with their own flat pace.
