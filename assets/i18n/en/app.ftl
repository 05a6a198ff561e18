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
