# app: English

## View > Language

lang-menu = Language
lang-switched = Language: { $lang }

## Menu bar

menu-file = File
menu-view = View
menu-open-course = Open course…
menu-open-plan = Open plan…
menu-open-plan-hover = Restore a plan saved as JSON, with its course and settings.
menu-samples = Sample courses
menu-recent = Recent files
menu-recent-none = No recent files yet
menu-export-json = Export plan as JSON…
menu-export-pdf = Export plan as PDF…
menu-export-watch = Export for watch…
menu-export-watch-hover = The plan on your wrist: a course whose virtual partner runs the plan, a timed GPX, a TCX course and a race workout.
menu-paper = PDF paper size
menu-paper-letter = US Letter
menu-export-ics = Export training calendar (.ics)…
menu-export-fit = Export watch workouts (FIT)…
menu-quit = Quit
menu-units = Units
menu-units-km = Kilometres
menu-units-miles = Miles
menu-dark = Dark theme
menu-grade-colour = Colour the profile by grade
menu-reset-zoom = Reset zoom

## Window

app-window-failed = error: The window could not be opened ({ $error }); the command line still works, see --help.

## Status bar

status-loading = Loading { $name }…
status-drop-hint = Drop a GPX file anywhere on the window to open it.
status-drop-open = Drop the GPX to open it as the course.
status-drop-keep = The current plan stays if the file cannot be read.

## Side panel: Course

panel-course = Course
panel-course-none = No course loaded.
panel-course-na = n/a
panel-course-official = official
panel-course-totals = Distance { $distance }{ $distance_official } · gain { $gain }{ $gain_official } · loss { $loss } · elevation { $low } to { $high }
panel-course-noise = Elevation noise { $noise }: gain counted from { $threshold } m swings
panel-course-noise-help = Estimated from the file itself: jitter point to point, and drift (slow wander over hundreds of metres, as barometric altimeters show). The bigger the drift, the bigger a swing must be to count as climbing; the ± is how much the totals move when that threshold is 1.5 x smaller or larger.
panel-course-counts = { $descents } descents · { $climbs } climbs
panel-course-repair-help = A grade steeper than 25 % over 30 m is no road: the elevation model or the altimeter went wrong there (a tunnel, a bridge, a building). The stretch is drawn straight between the good ground either side, dashed on the profile.

## Side panel: Race

panel-race = Race
panel-race-mass = Body mass
panel-race-mass-help = Used for the energy estimate: running costs about 1 kcal per kg per km on the flat.
panel-race-goal = Goal time
panel-race-goal-help = Your target finish time. Every split pace is solved so the plan finishes exactly on it.
panel-race-exact-goal = Exact goal (H:MM:SS)
panel-race-exact-goal-help = Type the exact goal, e.g. 4:12:30, and press Enter.
panel-race-start = Start time (HH:MM)
panel-race-start-help = Clock time of the gun; VnExpress marathons start at 2:30-3:00 am, so the splits show the clock time at each km.
panel-race-model = Pace model
panel-race-model-help = How much a slope slows you at equal effort. Strava-like and Kay come from real runners; Minetti is lab energy cost and promises about twice the downhill gain racers achieve.

## Side panel: Strategy

panel-strategy = Strategy
panel-strategy-uphill = Uphill effort
panel-strategy-uphill-help = 0 %: keep an even effort and let the climbs slow you as the model says. 100 %: hold your flat pace up the climbs (costly).
panel-strategy-restraint = Downhill restraint
panel-strategy-restraint-help = 0 %: take all the speed the slope gives. 100 %: no faster than flat pace. The article's advice: win time back gradually, never by rushing downhill (default 50 %).
panel-strategy-split = Split
panel-strategy-split-help = Negative: run the second half faster than the first (negative split). Positive: the second half slower.
panel-strategy-fatigue = Descent fatigue
panel-strategy-fatigue-help = Late-race slowdown from the quad load already absorbed on descents (a heuristic; its formula is in the exported plan).
panel-strategy-strength = Fatigue strength
panel-strategy-strength-help = How strongly descent load slows the rest of your race: at 100 %, each 100 load points slow you by 2 %.
panel-strategy-carb-help = Carbohydrate per hour; 60-90 g/h is common guidance for races over 2.5 h.
panel-strategy-carbs = carbs
panel-strategy-gel-help = Carbohydrate in one gel.
panel-strategy-per-gel = per gel

## Side panel: Descents

panel-descents = Descents
panel-descents-none = No significant descents on this course.
panel-descents-no-elevation = No elevation data, so no descents.
panel-descents-hint = Select a descent (here or on the profile) to set its pace, see the technique cues or correct it. Shift+drag on the profile adds one.
panel-descents-col-descent = Descent
panel-descents-col-where = Where
panel-descents-col-drop = Drop
panel-descents-col-grade = Grade
panel-descents-col-planned = Planned
panel-descents-col-load = Load · risk
panel-descents-kind-edited = { $kind } ({ $reason }; edited by you)
panel-descents-paces = Flat pace here { $flat } · model alone { $model } · planned { $planned } · { $gained } s against flat
panel-descents-technique = Technique
panel-descents-limit = Limit my pace on this descent
panel-descents-limit-help = Run this descent no faster than the pace you set; the rest of the course makes up the time.
panel-descents-no-faster = No faster than
panel-descents-no-faster-help = The fastest pace you allow yourself on this descent, per km.

## Side panel: correct the selected descent

panel-edit = Correct this descent
panel-edit-help = You know the course better than the file: name it, set its kind, move its ends (or drag the handles on the profile), or delete it. Ctrl+Z undoes.
panel-edit-delete = Delete this descent
panel-edit-delete-help = Not a descent (a tunnel, a bad reading): plan it as flat.
panel-edit-undo = Undo (Ctrl+Z)
panel-edit-edited = ✎ Edited by you: { $reason }
panel-edit-name = Name
panel-edit-kind = Kind
panel-edit-starts = Starts at ({ $unit })
panel-edit-ends = Ends at ({ $unit })

## Side panel: Energy

panel-energy = Energy
panel-energy-total = About { $kcal } kcal in total ({ $carbs } g carbohydrate planned)
panel-energy-climbs = Climbs
panel-energy-descents = Descents
panel-energy-flats = Flats
panel-energy-load = Descent load { $load } points (heuristic)
panel-energy-fuelling = Fuelling
panel-energy-fuel = { $distance } at { $clock }: { $item }

## Side panel: Splits

panel-splits = Splits
panel-splits-finish = Finish { $time } at { $clock } · flat pace { $flat }
panel-splits-per-unit = Per { $unit }
panel-splits-per-part = Per part
panel-splits-terrain = By terrain
panel-splits-col-split = Split
panel-splits-col-pace = Pace
panel-splits-col-time = Time
panel-splits-col-total = Total
panel-splits-col-clock = Clock

## Side panel: Training

panel-training = Training
panel-training-race-date = Race date
panel-training-race-date-help = The day of your race; the block ends the day before. Empty: 8 weeks from today.
panel-training-weeks = Weeks of training
panel-training-weeks-help = How many weeks before the race the downhill block starts (4-16).
panel-training-experience = Downhill experience
panel-training-experience-help = New: more weeks of gentle form work and at most 5 repeats. Experienced: faster to strides and repeats.
panel-training-downhill = Downhill sessions a week
panel-training-downhill-help = One or two downhill workouts a week; recovery weeks keep one.
panel-training-strength = Strength sessions a week
panel-training-strength-help = Planks, squats and box jumps: strong quads and core take the braking load on descents.
panel-training-no-plan = The block appears once a plan exists.
panel-training-weeks-span = { $weeks } weeks from { $start } to race day { $race }
panel-training-race-specific = Race-specific sessions copy { $from }.
panel-training-paces = Paces { $mapping }
panel-training-week = Week { $week } · { $phase } · load { $load }
panel-training-session-when = { $weekday } { $date } · about { $minutes } min
panel-training-reset = Reset this session
panel-training-minutes = Minutes
panel-training-minutes-help = Length of the easy downhill jog ({ $low }-{ $high } min).
panel-training-sets = Sets
panel-training-sets-help = Rounds of planks, squats and box jumps.
panel-training-reps = Reps
panel-training-reps-help = Repetitions down the slope ({ $low }-{ $high } in the article).
panel-training-length = Length
panel-training-length-help = Length of each downhill rep.
panel-training-slope = Slope
panel-training-slope-suffix = % down
panel-training-slope-help = Steepness of the hill to use.
panel-ground = Training ground: { $name } ({ $count } stretches found)
panel-ground-none = No training ground yet.
panel-ground-open = Training ground…
panel-ground-open-help = Load a GPX of where you train; sessions will say which stretch to use.
panel-ground-no-elevation = The training ground has no elevation data, so no hills can be found on it.
panel-ground-line = training ground

## Side panel: Race morning

panel-morning = Race morning
panel-morning-typical = Typical morning for this race
panel-morning-typical-help = Built from public climate facts; edit it or paste a forecast.
panel-morning-no-heat = No heat model
panel-morning-paste = Paste a forecast (CSV: time,temp_c,dewpoint_c):
panel-morning-use-pasted = Use the pasted table
panel-morning-paste-error = The table was not used: { $error }.
panel-morning-race-day = Race day (YYYY-MM-DD)
panel-morning-know-sweat = I know my sweat rate
panel-morning-sweat-rate = Sweat rate
panel-morning-weigh = Or weigh yourself before and after a training run:
panel-morning-kg-before = kg before
panel-morning-kg-after = kg after
panel-morning-l-drunk = l drunk
panel-morning-min = min
panel-morning-use = Use
panel-morning-delay-help = Seconds lost in a crowded start over the first kilometres. With "keep my goal" they are won back on later flats, never on a descent.
panel-morning-crowded = Crowded start
panel-morning-lost-over = lost over
panel-morning-goal-b = B goal (H:MM:SS)
panel-morning-no-conditions = No conditions: the plan ignores heat.
panel-morning-col-time = Time
panel-morning-col-air = Air °C
panel-morning-col-dew = Dew point °C
panel-morning-remove-hour = Remove this hour
panel-morning-add-hour = Add an hour
panel-morning-pasted-by-you = pasted by you
panel-morning-table-source = Table: { $source }
panel-morning-mode-help = Keep my goal: the finish stays your goal and the cooler hours take more of the work. Keep my effort: run the goal's effort and see the heat-adjusted finish.
panel-morning-keep-goal = Keep my goal
panel-morning-keep-effort = Keep my effort
panel-morning-acclimatised = Acclimatised (10-14 days in the heat)
panel-morning-response = Heat response
panel-morning-response-help = How much the heat slows you compared with most runners (100 %). Heavier or less fit runners often suffer more.
panel-morning-heat-model = Heat model: { $model }.
panel-morning-catch-up = Catch-up card (pace on the flats ahead)
panel-morning-catch-up-help = Behind at a checkpoint? Win it back on the flats at this pace, never on a descent. "let it go": it would take more than 3 % extra speed.
panel-morning-col-planned = planned
panel-morning-col-goal-b = B goal
panel-morning-let-go = let it go

## Side panel: Your corrections

panel-corr = Your corrections
panel-corr-count = Your corrections ({ $count })
panel-corr-hint = Shift+drag on the profile (or turn on "Add descent" and drag) to pick a stretch: add it as a descent, or mark it as a bridge deck or as bad elevation. Select a descent to rename it, set its kind, move its ends or delete it.
panel-corr-add = ✎ Add descent
panel-corr-add-help = On: a drag on the profile picks a stretch instead of panning.
panel-corr-undo = Undo
panel-corr-redo = Redo
panel-corr-reset = Reset this course…
panel-corr-reset-help = Remove every correction you made to this course.
panel-corr-official = Official figures
panel-corr-official-help = From the race's information: the profile, the totals and the plan are scaled to them, and the exports say they are official.
panel-corr-climb-suffix = m climb
panel-corr-apply = Apply
panel-corr-use-file = Use the file's
panel-corr-scaled = The course is scaled to the official figures.
panel-corr-stretch = { $from } to { $to }: { $kind }
panel-corr-remove-mark = Remove this mark

## Plots

plot-empty = Drop a GPX course here, or use File > Open course…
plot-no-elevation = This file has no elevation data.
plot-no-elevation-why = Its distance is known, but climbs, descents and grade-adjusted paces need elevation.
plot-no-elevation-fix = Export the course again with elevation (most route planners can add it) and drop it here.
plot-axis-distance = distance ({ $unit })
plot-axis-elevation = elevation (m)
plot-repaired = repaired elevation
plot-hover-elevation = elevation { $elevation } m · grade { $grade } %
plot-hover-planned-at = planned { $pace } · at { $clock }
plot-hover-planned = planned { $pace }
plot-climbs = climbs
plot-kind-descents = { $kind } descents
plot-elevation = elevation
plot-axis-pace = pace per { $unit }
plot-night = night
plot-dawn = dawn
plot-flat-pace = flat pace
plot-planned-pace = planned pace
plot-kcal-per-km = kcal per km
plot-cumulative = cumulative (top = { $kcal } kcal)

## Corrections: undo, the stretch window, reset

corr-undone = Correction undone (Ctrl+Shift+Z redoes it).
corr-redone = Correction redone.
corr-reset-title = Reset this course?
corr-reset-body = This removes all { $count } of your corrections to this course (names, kinds, ends, added and deleted descents, marked stretches, official figures). Ctrl+Z brings them back.
corr-reset-confirm = Remove my corrections
corr-cancel = Cancel
corr-stretch-title = This stretch
corr-stretch-range = { $from } to { $to }
corr-stretch-add = Add a descent here
corr-stretch-add-help = Plan this stretch as a descent: its pace, load and cues.
corr-mark-deck = Mark as bridge deck
corr-mark-deck-help = The file has the deck at water level: draw it straight between the ramp tops; the ramps become bridge descents.
corr-mark-bad = Mark as bad elevation
corr-mark-bad-help = A tunnel or an elevation-model error: draw the heights straight across.

## File > Export for watch… window

watch-win-title = Export for watch
watch-win-export = Export to a folder…
watch-win-export-disabled = Choose at least one file and type the race date.
watch-win-race-date = Race date
watch-win-race-date-help = Local date of the race; the files carry race-day times in UTC (the time zone comes from the course's longitude: UTC+7 in Vietnam).
watch-win-not-a-date = not a date yet
watch-win-over-read = My watch reads long by
watch-win-over-read-help = Watches read 0.5-2 % long on race courses (tangents, bridges, buildings). The race workout's distance steps and the pace band use it.
watch-win-water = Water stations (km)
watch-win-water-hint = the race's, or every 2.5 km
watch-win-water-help = Comma separated, e.g. 2.5, 5, 7.5. Empty: the race's published spacing for the sample races, else every 2.5 km. Gels are placed at them.

## File dialogs

dialog-open-course = Open a course
dialog-gpx-course = GPX course
dialog-open-plan = Open a saved plan
dialog-plan-file = Downhill Planner plan
dialog-open-ground = Open your training ground
dialog-fit-folder = Folder for the watch workouts (FIT)
dialog-watch-folder = Folder for the race-day watch files
dialog-save-ics = Export training calendar
dialog-save-json = Export plan as JSON
dialog-save-pdf = Export plan as PDF

## Exports from the window

app-export-no-plan = There is no plan to export yet.
app-export-no-block = There is no training block to export yet.
app-export-no-watch-file = Choose at least one watch file to export.
app-export-your-race = your race
app-export-pdf-saved = Race card saved to { $path }
app-export-json-saved = Plan saved to { $path }
app-export-ics-saved = Training calendar saved to { $path }
app-export-fit-saved = { $count } watch workouts (FIT) saved in { $path }
app-export-watch-saved = { $count } watch files saved in { $path }

## Opening courses, plans and the training ground

open-plan-restored = Plan restored.
open-plan-restored-changed = Plan restored, but the course file has changed since the plan was saved: check the descents and splits.
open-loaded-notes = Loaded { $name } with { $count } note(s): see Course in the side panel.
open-goal-fitted = The goal { $goal } does not fit this { $km } km course: set to { $fitted }, the same { $pace }/km. Change it under Race.
open-ground-failed = { $error } — the training ground was not changed.
open-load-failed-kept = { $error } — the previous course is still shown.
open-ground-loaded = Training ground { $name }: { $count } stretch(es) suit the downhill workouts.
open-dropped-plan-unreadable = The dropped plan could not be read ({ $error }).
open-dropped-file = dropped file
open-dropped-unreadable = The dropped file could not be read ({ $error }).
open-several-dropped = Several files were dropped; the first one is opened.
open-no-dialog = No file dialog could be shown on this desktop (no portal or zenity); drop the file onto the window instead.
open-plan-unknown-sample = The plan uses a sample course this version does not have ({ $id }).
open-plan-course-missing = The plan's course file was not found at { $path }; choose the course GPX to restore the plan.
open-plan-no-course = The plan does not say which course it was made for; choose the course GPX.
loader-sample = sample
loader-stopped = the loader stopped unexpectedly

## Race debrief window

debrief-need-plan = Open the race's course and make its plan first: a recording is compared with the plan on screen.
debrief-reading = Reading the race recording { $name }…
debrief-thread-failed = The recording could not be read ({ $reason }).
debrief-stopped = reading the recording stopped
debrief-done = Race debrief of { $name }: { $delta } against the plan, { $rushed } of { $count } descents rushed.
debrief-failed = { $reason }. The plan is unchanged.
debrief-over-read-set = Watch over-read set to { $pct } % (measured { $measured } % in your race); the watch files of the next plan allow for it.
debrief-menu = Open race recording…
debrief-menu-hover = Your race as your watch recorded it (GPX, TCX, FIT), against this plan.
debrief-title = Race debrief
debrief-finished = Finished { $actual } against the plan's { $planned } ({ $delta }); stopped { $stopped }.
debrief-over-read = Watch over-read: { $pct } % ({ $recorded } km recorded for { $course } km).
debrief-plan-next = Plan next race from this
debrief-plan-next-hover = Sets the watch over-read to { $pct } % for the next plan's watch files.
debrief-axis-pace = pace per km
debrief-planned = planned
debrief-run = run
debrief-descents = Descents
debrief-col-descent = descent
debrief-col-cap = cap
debrief-col-run = run
debrief-col-flat-after = flat after
debrief-rushed-note = Rushed: more than { $pct } % faster than the planned cap. +/- is time lost (+) or gained (-) against the plan.
debrief-rushed = Rushed ({ $pct } % fast)
debrief-held = held
debrief-flat-after = { $planned } planned, { $run } run ({ $delta }){ $faded ->
        [yes] , faded
       *[no] {""}
    }
dialog-open-recording = Open your race recording
dialog-filter-activity = Activity

## My runs

runs-title = My runs
runs-import-folder = Import a folder…
runs-import-folder-hover = A folder of your timed runs (GPX, TCX, FIT), 8 levels deep.
runs-import-file = Import a file…
runs-remove = Remove my runs
runs-intro = Import your own timed runs and the planner learns how you run each grade ("Mine" in the pace model) and how much downhill you ran lately (the training block's start). Nothing leaves this computer.
runs-reading = Reading your runs ({ $i } of { $n }): { $done } of { $total } files
runs-cancel = Cancel
runs-took = , in { $s } s
runs-counts = { $files } files: { $used } runs used, { $blocks } blocks of ~100 m ({ $cached } from the cache{ $took }).
runs-left-out = Left out: { $not_running } not running, { $stops } stops, { $jumps } GPS jumps, { $broken } blocks of broken elevation; { $unreadable } unreadable, { $untimed } without times, { $no_flat } without flat stretches.
runs-effort = Comparable effort: { $hr_runs } runs with heart rate ({ $off } blocks off their steady band left out); the others by their own typical pace.
runs-files = Files and folders
runs-none-usable = No usable run yet: a run needs times, a running pace and a few flat stretches.
runs-no-curve = No curve of your runs: the plan uses the Strava-like curve. Import your runs under My runs.
runs-all-grades = Every grade of this course is planned from your { $count } runs.
runs-grade-span = { $from } to { $to } %
runs-too-few = Too few of your runs on { $grades }: planned with { $fallback } there.
runs-none-recent = None of these runs is from the last 6 weeks (the latest: { $latest }): the training block starts at its usual first week.
runs-recent = Downhill in the last 6 weeks: { $m } m of descent (the training block starts from it).
runs-fallback-label = where my runs are too few
runs-fallback-hover = "Mine" uses your own pace on grades with at least 20 blocks of ~100 m, and this model on the others.
runs-bar = { $grade } %: { $blocks } blocks{ $few ->
        [yes] {" "}(too few)
       *[no] {""}
    }
runs-axis-grade = grade (%)
runs-axis-speed = speed / flat speed
runs-blocks-scaled = blocks (scaled)
runs-band = 95 % band
runs-mine-fallback = mine + fallback
runs-mine = mine
runs-stopped = The import stopped unexpectedly.
runs-cancelled = Import cancelled: your runs are as they were.
runs-removed-fallback = Your runs were removed: the plan uses { $model } again.
runs-removed = Your runs were removed.
runs-menu = Import my runs…
runs-menu-folder = A folder of runs…
runs-menu-file = One run (GPX, TCX, FIT)…
runs-menu-hover = Your timed runs teach the planner how you run each grade (see My runs).
dialog-import-run = Import one of your runs
dialog-timed-activity = Timed activity
dialog-import-runs-folder = Import a folder of your runs

## Map

map-start-finish = Start · Finish
map-start = Start
map-finish = Finish
map-flat = flat
map-on-the-map = on the map
map-no-positions = This course has no positions to draw.
map-title = Map
map-fit = Fit
map-fit-hover = Show the whole course again (or double-click the map)
map-canvas = Course map
map-help = Drag to pan, scroll to zoom, double-click to fit.
map-at = At { $distance }
menu-show-map = Show the map
