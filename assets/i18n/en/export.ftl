# export: English

## Dates and numbers (src/date.rs, src/format.rs)
date-mon = Mon
date-tue = Tue
date-wed = Wed
date-thu = Thu
date-fri = Fri
date-sat = Sat
date-sun = Sun
date-monday = Monday
date-tuesday = Tuesday
date-wednesday = Wednesday
date-thursday = Thursday
date-friday = Friday
date-saturday = Saturday
date-sunday = Sunday
fmt-na = n/a
fmt-noise = jitter {$jitter} m, drift {$drift} m

## PDF race card: every page (src/export/pdf/layout.rs, table.rs)
pdf-plan-facts = goal {$goal} · start {$start} · finish {$finish} · {$model}
pdf-continued = {$title} (continued)
pdf-doc-title = Race plan: {$course}
pdf-footer = Downhill Planner · {$course} · page {$page} of {$pages}
pdf-col-pace = pace
pdf-col-time = time
pdf-col-total = total
pdf-col-clock = clock
pdf-col-grade = grade
pdf-col-load = load

## PDF page 1, overview (src/export/pdf/overview.rs)
pdf-overview-title = Race overview
pdf-box-distance = Distance
pdf-box-distance-official = Distance (official)
pdf-box-gain-loss = Gain / loss
pdf-box-finish = Finish
pdf-box-flat-pace = Flat pace
pdf-box-energy = Energy
pdf-box-descent-load = Descent load
pdf-box-points = {$points} points
pdf-totals = Gain {$gain} · loss {$loss}
pdf-totals-noise = elevation noise estimated from the file: {$noise}; gain counted from {$threshold} m swings
pdf-no-elevation = This course has no elevation data.
pdf-col-descent = Descent
pdf-col-drop = drop
pdf-col-planned = planned
pdf-col-flat = flat
pdf-col-risk = risk
pdf-descents-caption = Descents
pdf-no-descents = No significant descents on this course.
pdf-edited-note = ✎ edited by you (name, kind or ends corrected, or added).
pdf-official-note = Distance and climb scaled to the official figures you entered.
pdf-col-part = part
pdf-parts-caption = Course parts
pdf-part-down = {$name} (down)
pdf-part-up = {$name} (up)
pdf-race-day-rule = Race-day rule: spend energy by your goal. Accept the slower pace the plan gives on climbs (uphill effort {$uphill} %), and win time back gradually, never by rushing the descents (downhill restraint {$restraint} %).

## PDF page 2, splits (src/export/pdf/splits.rs)
pdf-splits-title = Splits per km
pdf-col-split = split

## PDF page 3, strategy (src/export/pdf/strategy.rs)
pdf-strategy-title = Descent strategy, energy and fuel
pdf-more-descents = (more descents: see the overview table)
pdf-descent-edited = {$name} (edited by you)
pdf-descent-title = {$name} · km {$start}-{$end} · at {$clock}
pdf-energy = Energy
pdf-energy-facts = {$kcal} kcal: climbs {$climbs} %, descents {$descents} %, flats {$flats} % (Minetti 2002 cost of running)
pdf-energy-legend = red line: cumulative, top = {$kcal} kcal
pdf-fuelling = Fuelling
pdf-carbs = {$grams} g carbohydrate planned
pdf-water-stations = Water stations at km {$km}.

## PDF page 4, race morning (src/export/pdf/race_morning.rs)
pdf-morning-title = Race morning and catch-up card
pdf-no-weather = No race-morning weather in this plan: add the hourly temperature and dew point (Race morning in the app, --weather on the command line) and the plan follows the heat by the clock.
pdf-heat-mode = Heat: {$mode}
pdf-acclimatised = acclimatised
pdf-race-day = race day {$date}
pdf-dawn-sunrise = dawn {$dawn}, sunrise {$sunrise}
pdf-col-air = air
pdf-col-dew-point = dew point
pdf-col-humidity = humidity
pdf-col-temp-dew = temp + dew (°F)
pdf-col-slowdown = slowdown
pdf-conditions-caption = Conditions
pdf-heat-finish = At the goal's effort in this heat you would finish in {$same}; planned finish {$planned}.
pdf-heat-model = Model: {$model}.
pdf-heat-source = Table: {$source}.
pdf-fluids = Fluids and sodium
pdf-fluids-text = Sweat about {$sweat} l/h ({$source}), {$total} l over the race. Drink about {$drink} l/h: {$station} ml at each water station (every {$every} km). Sodium about {$sodium} mg/h. Expected loss at the finish {$loss} % of body mass.
pdf-col-b-goal = B goal
pdf-col-behind-15 = 15 s behind
pdf-catch-up-caption = Catch-up card: pace on the flats ahead (descents keep their caps)
pdf-let-it-go = let it go
pdf-catch-up-note = Behind at a checkpoint? Win the seconds back on the flats and gentle grades ahead at the pace shown; never by running a descent faster. "Let it go" means it would take more than 3 % extra speed: keep the plan and the quads.

## PDF training page (src/export/pdf/training.rs)
pdf-training-title = Downhill training block
pdf-training-legend = Green: form-focus jog; blue: strides, repeats and race-specific descents; grey: strength. Shaded rows: recovery (blue) and taper (green) weeks.
pdf-training-intro = {$weeks} weeks from {$start} to race day {$race}. Paces {$paces}.
pdf-training-copy = Race-specific sessions copy {$what}.
pdf-week = Week {$n}
pdf-week-taper = taper
pdf-week-recovery = recovery

## PDF pace bands (src/export/pdf/pace_band.rs)
pdf-band-title = Pace band
pdf-band-how = Cut along the dashed lines and tape the strips round your wrist (each strip is 200 mm x 25 mm).
pdf-band-legend = Blue cells hold a descent: run them at the planned pace, not faster. Top: km marker (▼ a descent's crest, ▲ its foot); middle: elapsed time there; bottom: pace of that km, or the cap on the descent.
pdf-band-over-read = Your watch reads about {$pct} % long: at the {$last} km marker it shows about {$shows} km (at 10 km, {$shows10}). Press lap at the official markers; the race workout's distance steps are lengthened by the same {$pct} %.
pdf-band-foot = foot

## Watch files (src/export/watch/*): names are folded to ASCII and cut to 15 bytes
watch-water-note = Water at km {$km}
watch-water-name = Water {$km}
watch-gel-name = Gel {$n}
watch-descent-note = {$name}: no faster than {$cap}/km
watch-foot-name = Foot {$place}
watch-foot-note = Foot of {$name}
watch-up-name = Up {$place}
watch-top-name = Top {$place}
watch-top-note = Top of {$name} (+{$gain} m)
watch-step-descent = No faster than {$pace}/km; ends at the foot by distance (no lap inside). {$cue}
watch-step-run-out-name = km {$km} run-out
watch-step-run-out = After {$place}: settle back to {$pace}/km; do not chase lost time.
watch-step-planned = Planned {$pace}/km.
watch-workout-name = Race {$name}
watch-gpx-desc = Planned times from Downhill Planner: the virtual partner runs the plan.
watch-label-fit-course = FIT course (virtual partner)
watch-label-gpx-timed = Timed GPX track
watch-label-tcx-course = TCX course
watch-label-fit-workout = Race workout (FIT)
watch-how-fit-course = Garmin: copy to GARMIN/NewFiles over USB, then Navigation > Courses; start it and choose the virtual partner screen. Coros, Suunto, Wahoo: import in the phone app.
watch-how-gpx-timed = For watches and apps that import a GPX track with times (Garmin Connect course import, Suunto, Coros, Polar Flow); on Garmin also GARMIN/NewFiles.
watch-how-tcx-course = Older Garmin models and Garmin Connect (Import course); TCX course points have 10-character names.
watch-how-fit-workout = Garmin: copy to GARMIN/NewFiles over USB, then Training > Workouts; press lap at each official km marker.
watch-timing-note = Only the virtual partner screen follows the plan's timing; time-to-go and ETA fields use your current pace.

## PDF race debrief (src/export/pdf/debrief.rs)
pdf-debrief-title = Race debrief
pdf-debrief-facts = Finished {$finish} against the plan's {$planned} ({$delta}) · stopped {$stopped} · watch read {$over_read} % (next plan: {$next} %)
pdf-debrief-pace = Pace per km
pdf-debrief-pace-legend = grey dashed: planned · red: run · slower is higher
pdf-debrief-col-descent = descent
pdf-debrief-col-cap = cap
pdf-debrief-col-run = run
pdf-debrief-col-flag = flag
pdf-debrief-col-flat-plan = flat after: plan
pdf-debrief-col-total = total +/-
pdf-debrief-descents-caption = Descents: planned cap against what you ran
pdf-debrief-rushed = RUSHED {$pct} %
pdf-debrief-held = held
pdf-debrief-faded = faded
pdf-debrief-note = Rushed: more than {$pct} % faster than the cap. Paces are min:s per km of course distance; +/- is time lost (+) or gained (-) against the plan.
pdf-debrief-km-caption = Per km: planned against run
