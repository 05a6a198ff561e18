# core: English

## Course warnings (course/warning.rs); English is also the JSON's sentence

warn-damaged = The file is damaged near byte { $position }; everything after that was ignored.
warn-cut-off = The file ends abruptly (it may be cut off); the points before the end were kept.
warn-route-used = The track has a single point, so the file's route was used as the course.
warn-bad-coordinates = { $count } point(s) with unreadable or impossible coordinates were skipped.
warn-bad-elevations = { $count } elevation value(s) were unreadable or impossible and were ignored.
warn-glitches = { $count } GPS glitch point(s) far off the course were removed and not counted in the distance.
warn-jumps = { $count } GPS jump(s) faster than 360 km/h were found; those gaps were not counted in the distance.
warn-repaired = { $count } stretch(es) of elevation no road can have (spikes, pits, steps) were repaired: see the notes on the profile.
warn-corrections-lost = { $count } of your descent corrections no longer find a descent on this reading of the course; check the descents list
warn-not-downhill = { $count } of the descents you added or moved do not go down on this profile, so they are not planned as descents; if the heights are wrong there, mark the stretch as a bridge deck or as bad elevation
warn-elevation-interpolated = { $missing } of { $total } points had no elevation; their elevation was interpolated along the distance.
warn-zero-elevation = Every elevation in this file is exactly 0 m: it probably has no real elevation data.
warn-no-elevation = This file has no elevation data: the profile, climbs, descents and grade-adjusted paces cannot be computed.
warn-coarse-profile = The course is very long; its profile uses one point every { $spacing } m.

## Climb and descent categories, kinds, names and reasons (course/)

cat-minor = minor
cat-major = major
cat-4 = Cat 4
cat-3 = Cat 3
cat-2 = Cat 2
cat-1 = Cat 1
cat-hc = HC
kind-bridge = bridge
kind-pass = pass
kind-hill = hill
course-unnamed = Unnamed course
climb-numbered = Climb { $n }
climb-named = { $name } (climb)
descent-numbered = Descent { $n }
descent-yours = Your descent { $n }
reason-waypoint = named by the waypoint "{ $name }"
reason-winding = long winding descent (path { $ratio } x the straight line)
reason-hill = neither a straight bridge-like structure nor a long winding road
reason-crosses = crosses { $name } (gazetteer: passes { $metres } m from its centre)
reason-runs-down = runs down from { $name } (gazetteer: starts { $metres } m from its top)
reason-added = added by you
reason-named = named
reason-kind-set = kind set
reason-ends-moved = ends moved
reason-edited = { $what } by you (found as: { $found })
reason-off-deck = off the bridge deck you marked at km { $from }-{ $to }
stretch-bridge-deck = bridge deck (marked by you)
stretch-bad-elevation = bad elevation (marked by you)

## Elevation repairs (course/repair.rs)

repair-spike = spike
repair-pit = pit
repair-step = step
repair-gap = gap in the recording
repair-bridge-deck = bridge deck at water level
repair-marked-deck = bridge deck marked by you
repair-marked-bad = bad elevation marked by you
repair-note-gap = km { $from }-{ $to }: { $what } ({ $size } m without points), heights interpolated
repair-note = km { $from }-{ $to }: { $what } of { $size } m in the elevation, repaired
repair-reason = { $what } of { $size } m

## Descent strategy and technique cues (plan/strategy.rs, training/workouts.rs)

risk-low = low
risk-moderate = moderate
risk-high = high
strategy-summary = Planned { $planned }/km against { $flat }/km flat (the model alone would allow { $model }/km): { $gained } s. Load { $load }, risk { $risk }.
cue-lean = Lean slightly forward from the hips; eyes ahead, not down.
cue-cadence = Shorter strides, quicker cadence; land midfoot, not on the heel.
cue-relaxed = Shoulders and arms relaxed, core engaged.
cue-no-rush = Do not rush to make up time: let the planned pace come to you.
cue-bridge = Bridge: the crest comes fast; crest relaxed and settle into the descent, no surge.
cue-pass = Pass: long and winding; run the tangents only where safe and keep the same effort on every bend.
cue-late = Late in the race: tired quads brake and heel-strike; shorten the stride further.
cue-quick-feet = Quick feet: think light and fast, not long and hard.
cue-in-control = Lean with the slope, short quick strides; stay in control the whole way.
cue-rehearse = Rehearse the race descent: same pace, same posture, then run on relaxed at the bottom.
cue-strong-legs = Strong quads and core take the braking load off your knees on long descents.

## Splits and fuel (plan/)

part-down = { $name } (down)
part-flat = Flat and rolling
terrain-uphill = Uphill
terrain-downhill = Downhill
terrain-flat = Flat
split-mile = mile { $n }
fuel-gel = Gel { $n } ({ $grams } g carbohydrate) with water
fuel-at-water = at the water station at km { $km }
fuel-after-descent = moved to the end of { $name } (no gel on a descent)

## Race morning: heat, fluids, catch-up (plan/raceday.rs, conditions.rs, models.rs)

sweat-measured = measured by you
sweat-estimated = estimated from a heat balance at mid-race conditions
fluids-caution = Drink to thirst and never more than you sweat: drinking beyond thirst can dilute the blood's sodium (hyponatraemia). Aim to lose no more than 2 % of body mass (ACSM, Sawka et al. 2007).
heat-hadley = Air temperature + dew point reaches { $sum } °F during the race: Hadley's table says hard running is not recommended above 180; plan a slower goal and drink to thirst.
catch-up-let-go = let it go
catch-up-pace = { $pace }/km on the flats
morning-sun = Dawn { $dawn } · sunrise { $rise } · sunset { $set }
morning-heat = At the goal's effort in this heat: finish { $finish } (planned { $planned })
morning-fluids = Fluids: sweat { $sweat } l/h ({ $source }); drink { $drink } l/h, about { $ml } ml every { $every } km; sodium { $sodium } mg/h
heat-keep-goal = keep my goal
heat-keep-effort = keep my effort
model-strava = Strava-like (empirical)
model-kay = Kay 2012 (hill races)
model-minetti = Minetti 2002 (energy cost)
model-personal = Mine (from my runs)

## Training block: levels, workouts, week phases, sessions (training/)

experience-new = New to downhill work
experience-some = Some downhill running
experience-experienced = Experienced
workout-form-jog = Form-focus downhill jog
workout-strides = Downhill strides
workout-repeats = Controlled downhill repeats
workout-race-specific = Race-specific descents
workout-strength = Strength: core and quads
phase-recovery = { $workout } (recovery week)
phase-taper = Taper
title-minutes = { $workout } ({ $minutes } min)
title-reps = { $workout } ({ $reps } x { $metres } m)
title-sets = { $workout } ({ $sets } sets)
session-pace = at { $fast }-{ $slow }/km
session-slope = on a -{ $from } to -{ $to } % slope
session-warmup = Warm-up: { $minutes } min easy{ $pace }.
session-cooldown = Cool-down: { $minutes } min easy.
session-where = Where: { $place }.
session-technique = Technique:
step-warmup = Warm-up
step-warmup-note = Easy running on the flat.
step-cooldown = Cool-down
step-cooldown-note = Easy running on the flat, then stretch the quads and calves.
step-form-jog = Downhill form jog
step-form-jog-note = Very light, recovery pace, on a gentle -{ $from } to -{ $to } % slope; walk back up whenever the slope ends. Posture only.
step-stride = Downhill stride
step-stride-note = Quick and relaxed near 5 km effort on a -{ $from } to -{ $to } % slope; quick cadence.
step-walk-back = Walk back up
step-walk-back-note = Walk back to the top; start the next stride fresh.
step-race-descent = Race-pace descent
step-race-descent-note = At your planned race descent pace on a -{ $from } to -{ $to } % slope, as on race day: controlled, never a sprint.
step-repeat = Controlled downhill repeat
step-repeat-note = Controlled, moderate to fast (half-marathon to 10 km effort) on a -{ $from } to -{ $to } % slope. Don't go too fast.
step-jog-back = Walk or jog back up
step-jog-back-note = Walk or jog back up to recover fully.
step-plank = Plank
step-plank-note = 30-60 s, body in one line, core tight.
step-squats = Squats
step-squats-note = 10-15 slow reps, knees over toes; lower for 3 s (eccentric quads).
step-box-jumps = Box jumps
step-box-jumps-note = 6-10 reps onto a stable box; land softly, step down.
step-rest = Rest
step-rest-note = Rest 60 s between exercises and sets.
ground-yours = your training ground
spot = km { $from } to { $to } of { $ground }, { $grade } %
spot-reversed = km { $from } back to km { $to } of { $ground } (run it against the file's direction), { $grade } %
spot-none = No stretch of { $ground } suits the downhill workouts (2-6 % for 100-300 m).
fit-slope = On a -{ $from } to -{ $to } % slope.
fit-repeat = Repeat { $reps } times
ics-calendar = Downhill training: { $race }
ics-summary = Week { $week }: { $title }

## Personal curve, samples (history/curve.rs, course/sample.rs)

curve-method = Median speed / the run's flat speed per 1 % grade bin over { $runs } runs, smoothed (+-2 bins, up and down apart, monotone uphill); bins with under { $blocks } blocks use { $model }.
sample-da-nang = Da Nang: Thuan Phuoc Bridge (approx.)
sample-ha-long = Ha Long: Bai Chay Bridge (approx.)
sample-nha-trang = Nha Trang: Luong Son Pass (approx.)

## Race debrief verdict

verdict-on-time = on time
verdict-slower = { $time } slower
verdict-faster = { $time } faster
verdict-finished-on-plan = You finished in { $time }, right on the plan.
verdict-finished = You finished in { $time }, { $delta } than the plan's { $planned }.
verdict-out-too-fast = You were { $ahead } ahead at { $at } and gave it back later: you went out too fast.
verdict-hr-faded = Each heartbeat bought { $pct } % less pace in the second half: you faded.
verdict-hr-held = Your heart rate and pace held together to the end.
verdict-watch = Your watch read { $pct } % { $long ->
        [yes] long
       *[no] short
    }; the next plan uses { $next } %.
verdict-held = { $count ->
        [1] You held the descent at or under its cap: well done.
        [2] You held both descents at or under their caps: well done.
       *[other] You held all { $count } descents at or under their caps: well done.
    }
verdict-rushed-one = You ran { $name } faster than its cap ({ $count } descents in all).
verdict-rushed-many = You ran { $rushed } of { $count } descents faster than their caps ({ $names }).
verdict-flats-held = The flats after { $rushed ->
        [1] it
       *[other] them
    } held up this time, but the quads pay for it late in a race.
verdict-flats-paid = You paid { $time } on the flat after { $faded ->
        [1] { $rushed ->
            [1] it
           *[other] 1 of them
        }
       *[other] { $faded } of them
    }: hold the cap and win time on the flats.

## Errors (course/error.rs, plan/error.rs, plan/conditions.rs, history/, training/, export/)

err-load-io = Could not read the file ({ $reason }): { $path }
err-load-io-nameless = Could not read the file ({ $reason }).
err-load-empty = The file is empty; choose a GPX file exported from your watch or route planner.
err-load-not-xml = This is not a GPX file (it does not contain XML); export the course as GPX and try again.
err-load-wrong-format = This is a { $found } file, not GPX; export the course as GPX from your app and try again.
err-load-malformed = The GPX file is damaged near byte { $position } ({ $reason }); no course could be read from it.
err-load-no-points = The GPX file has no track or route points; it needs a recorded or planned course.
err-load-no-points-unreadable = The GPX file has no track or route points that could be used ({ $n } had unreadable coordinates); it needs a recorded or planned course.
err-load-no-points-waypoints = The GPX file has no track or route points (only { $n } { $count ->
        [one] waypoint
       *[other] waypoints
    }); it needs a recorded or planned course.
err-load-single-position = The course has only one distinct position; a course needs at least two points that are apart.
err-load-not-a-file = This is { $kind }, not a GPX file; choose a GPX file: { $path }
err-load-too-large-size = The file is too large for a course ({ $size } MB; the limit is { $limit } MB): { $path }
err-load-too-large = The file is too large for a course (the limit is { $limit } MB): { $path }
err-reason-no-such-file = no such file
err-reason-permission-denied = permission denied
err-reason-no-folder = the folder does not exist
err-reason-loader-stopped = the loader stopped unexpectedly
err-format-html = web page (HTML)
err-format-svg = SVG image
file-kind-folder = a folder
file-kind-device = a device
file-kind-pipe = a pipe
file-kind-socket = a socket
file-kind-other = something other than a file
plan-err-too-fast = A { $km } km course in { $goal } means { $pace }/km on average, faster than any human has run; choose a slower goal.
plan-err-too-slow = A { $km } km course in { $goal } means { $pace }/km on average, slower than walking; choose a faster goal.
plan-err-out-of-range = The setting "{ $name }" must be between { $min } and { $max } (it was { $value }).
plan-err-pace-limits = The setting "descent pace limits" must be between a limit and one that leaves time for the rest of the course (it was too slow for the goal).
plan-err-no-elevation = This course has no elevation data, so grade-adjusted paces cannot be planned; load a GPX file with elevation.
setting-goal-time = goal time (s)
setting-start-time = start time (s after midnight)
setting-uphill-effort = uphill effort (%)
setting-downhill-restraint = downhill restraint (%)
setting-split = split (%)
setting-fatigue-strength = descent fatigue strength (%)
setting-body-mass = body mass (kg)
setting-carb-per-hour = carbohydrate per hour (g)
setting-gel-size = gel size (g)
setting-watch-over-read = watch over-read (%)
setting-water-stations = number of water stations
setting-water-station = water station (km)
setting-descent-pace-limit = descent pace limit (s/km)
setting-descent-restraint = descent restraint (%)
setting-weather-rows = weather rows
setting-weather-time = weather time (s after midnight)
setting-air-temperature = air temperature (°C)
setting-dew-point = dew point (°C)
setting-heat-response = heat response (%)
setting-sweat-rate = sweat rate (l/h)
setting-utc-offset = UTC offset (h)
setting-start-delay = start delay (s)
setting-start-delay-distance = start delay distance (km)
setting-goal-b = B goal (s)
weather-err-empty = the weather file is empty
weather-err-header = the weather file's header must be time,temp_c,dewpoint_c (it was "{ $header }")
weather-err-row = row { $row } of the weather file ({ $line }): { $why }
weather-err-three-values = it needs three values: time,temp_c,dewpoint_c
weather-err-time = time as HH:MM
weather-err-temp-number = temperature is not a number
weather-err-dew-number = dew point is not a number
weather-err-temp-range = temperature must be between -30 and 50 °C
weather-err-dew-above = the dew point cannot be above the air temperature
weather-err-no-rows = the weather file has a header but no rows
history-err-io = cannot read { $path } ({ $reason })
history-err-no-activities = no .gpx, .tcx or .fit activity in this folder ({ $path })
history-err-cancelled = the import was cancelled
history-err-not-a-file = not a regular file within 256 MB
history-err-broken-tcx = broken TCX ({ $reason })
history-err-tcx-no-points = no track points in this TCX file
history-err-broken-fit = broken FIT file ({ $reason })
history-err-fit-no-points = no positions in this FIT file
train-err-weeks = The block must be 4 to 16 weeks long (it was { $n }).
train-err-downhill-sessions = Choose 1 or 2 downhill sessions a week (it was { $n }).
train-err-strength-sessions = Choose 0 to 3 strength sessions a week (it was { $n }).
train-err-too-soon = The race date { $race } is less than { $weeks } weeks away from { $today }; choose fewer weeks or a later race.
train-err-race-date = The race date { $race } is out of range; choose a day within the next 5 years (or, for an old race, the last 50) from { $today }.
export-err-write = Could not write the file ({ $reason }); nothing was changed: { $path }
export-err-read = Could not read the plan file ({ $reason }): { $path }
export-err-not-a-plan = This is not a Downhill Planner plan file ({ $reason }).
export-err-newer = This plan was saved by a newer Downhill Planner (format { $found }, this version reads up to { $supported }); update the app to open it.
export-err-bad-settings = The plan's settings cannot be used: { $reason }
export-err-pdf = The PDF could not be made ({ $reason }).
export-err-watch = The watch files could not be made: { $reason }.
export-err-no-file-name = No file name was given for the output; nothing was written.
phase-err-unknown = "{ $text }" is not a week phase (a workout's name, the same with " (recovery week)", or "Taper").

## Training start level

start-level = Starting level chosen from your last 6 weeks: { $m } m of descent ({ $weeks ->
        [0] the usual first week
        [1] 1 week into the usual progression
       *[other] { $weeks } weeks into the usual progression
    }).

## Training paces and race-specific targets

paces-mapping = from the race plan's flat goal pace P: recovery 1.25-1.35 P, easy 1.12-1.22 P, 10 km to half-marathon effort 0.92-0.96 P, 5 km effort 0.88-0.91 P
race-target-describe = { $name }: { $km } km at { $grade } %

## Race debrief errors

debrief-err-no-times = This file has no timestamps, so it is a course rather than a race recording: { $path }
debrief-err-length = This recording covers { $recorded } km but the plan's course is { $course } km, so it is not a whole recording of this race.
