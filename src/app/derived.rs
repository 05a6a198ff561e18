//! Data derived from the course and the settings, recomputed only when they change; the
//! plots borrow the precomputed points.

use egui_plot::PlotPoint;

use crate::course::{self, Analysis, AnalysisSettings, Course};
use crate::plan::{self, PlanSettings, RacePlan, Solution};

/// Most points drawn per line: min/max decimation keeps every peak and dip.
pub const MAX_PLOT_POINTS: usize = 4_000;
/// Most points in all the shaded areas together (each keeps at least 50).
pub const MAX_AREA_POINTS: usize = 8_000;

/// Analysis of the current course plus its plot geometry.
pub struct CourseView {
    /// The course analysis (profile, climbs, descents, notes).
    pub analysis: Analysis,
    /// Elevation (km, m), decimated.
    pub elevation: Vec<PlotPoint>,
    /// Grade at each plotted point, for grade colouring.
    pub grade: Vec<f64>,
    /// Shaded area under each descent: the profile over its stretch (km, m), filled down
    /// to [`CourseView::base`] as one quad per step (a polygon would be filled as if it were
    /// convex and draw stray triangles on a noisy profile).
    pub descent_areas: Vec<Vec<PlotPoint>>,
    /// Shaded area under each climb, the same way.
    pub climb_areas: Vec<Vec<PlotPoint>>,
    /// The bottom of the shaded areas (m): a little below the lowest point.
    pub base: f64,
    /// The profile over each repaired or interpolated stretch (km, m), drawn dashed.
    pub repaired: Vec<Vec<PlotPoint>>,
    /// Lowest elevation on the course (m).
    pub min_elevation: f64,
    /// Highest elevation on the course (m).
    pub max_elevation: f64,
    /// The course as a map (None when its positions cannot be drawn).
    pub map: Option<crate::course::map::CourseMap>,
}

impl CourseView {
    /// Analyses the course and precomputes its plot geometry.
    pub fn new(course: &Course, settings: &AnalysisSettings) -> CourseView {
        let analysis = course::analyze(course, settings);
        let p = &analysis.profile;
        let idx = crate::course::profile::decimate_min_max(&p.elevation_m, MAX_PLOT_POINTS);
        let has = p.has_elevation;
        let elevation: Vec<PlotPoint> = if has {
            idx.iter()
                .map(|&i| PlotPoint::new(p.distance_m[i] / 1000.0, p.elevation_m[i]))
                .collect()
        } else {
            Vec::new()
        };
        let grade = if has {
            idx.iter().map(|&i| p.grade_pct[i]).collect()
        } else {
            Vec::new()
        };
        let (min_e, max_e) = (
            p.min_elevation_m.unwrap_or(0.0),
            p.max_elevation_m.unwrap_or(1.0),
        );
        let base = min_e - 0.05 * (max_e - min_e).max(10.0);
        // Points per shaded area: up to 400, fewer when there are many areas, so a long
        // course's bands stay about as cheap to draw as its line (MAX_AREA_POINTS in all).
        let areas = analysis.descents.len() + analysis.climbs.len() + p.repairs.len();
        let per_area = (MAX_AREA_POINTS / areas.max(1)).clamp(50, 400);
        let area = |s: f64, e: f64| -> Vec<PlotPoint> {
            let (a, b) = (
                p.index_at(s),
                p.index_at(e).max(p.index_at(s) + 1).min(p.len() - 1),
            );
            let step = ((b - a) / per_area).max(1);
            let mut pts: Vec<PlotPoint> = (a..=b)
                .step_by(step)
                .map(|i| PlotPoint::new(p.distance_m[i] / 1000.0, p.elevation_m[i]))
                .collect();
            if (b - a) % step != 0 {
                pts.push(PlotPoint::new(p.distance_m[b] / 1000.0, p.elevation_m[b]));
            }
            pts
        };
        let repaired = analysis
            .profile
            .repairs
            .iter()
            .filter(|_| has)
            .map(|r| area(r.start_m, r.end_m))
            .collect();
        let descent_areas = analysis
            .descents
            .iter()
            .map(|d| area(d.start_m, d.end_m))
            .collect();
        let climb_areas = analysis
            .climbs
            .iter()
            .map(|c| area(c.start_m, c.end_m))
            .collect();
        let map = crate::course::map::CourseMap::of_analysis(&analysis);
        CourseView {
            analysis,
            elevation,
            grade,
            descent_areas,
            climb_areas,
            base,
            repaired,
            min_elevation: min_e,
            max_elevation: max_e,
            map,
        }
    }
}

/// The plan and its plot geometry.
pub struct PlanView {
    /// The race plan.
    pub plan: RacePlan,
    /// The solver's per-interval arrays (hover read-outs).
    pub solution: Solution,
    /// Cumulative time at the end of each interval (for hover clock times).
    pub cumulative_s: Vec<f64>,
    /// Planned pace per km split as steps (km, s/km) and the flat reference.
    pub pace_steps: Vec<PlotPoint>,
    /// The flat-pace reference as steps (km, s/km).
    pub flat_steps: Vec<PlotPoint>,
    /// Energy per km (bar centres) and cumulative energy at km ends.
    pub energy_bars: Vec<(f64, f64, f64)>,
    /// Cumulative energy at each km end (km, kcal).
    pub energy_cumulative: Vec<PlotPoint>,
    /// Stretches run in the dark (km from, km to) and in the dawn twilight, for shading.
    pub night_km: Option<(f64, f64)>,
    /// Stretches run between dawn and sunrise (km from, km to).
    pub dawn_km: Option<(f64, f64)>,
}

impl PlanView {
    /// Solves the plan and precomputes its plot geometry.
    pub fn new(
        course: &Course,
        view: &CourseView,
        analysis_settings: &AnalysisSettings,
        settings: &PlanSettings,
    ) -> Result<PlanView, plan::PlanError> {
        let solution = plan::solve(&view.analysis, settings)?;
        let plan = plan::plan_from_solution(
            course,
            &view.analysis,
            analysis_settings,
            settings,
            &solution,
        );
        let mut acc = 0.0;
        let cumulative_s: Vec<f64> = solution
            .time_s
            .iter()
            .map(|t| {
                acc += t;
                acc
            })
            .collect();
        let mut pace_steps = Vec::with_capacity(plan.splits_km.len() * 2);
        let mut flat_steps = Vec::with_capacity(plan.splits_km.len() * 2);
        for s in &plan.splits_km {
            for x in [s.start_m, s.end_m] {
                pace_steps.push(PlotPoint::new(x / 1000.0, s.pace_s_per_km));
                flat_steps.push(PlotPoint::new(x / 1000.0, s.flat_pace_s_per_km));
            }
        }
        let energy_bars = plan
            .splits_km
            .iter()
            .map(|s| {
                (
                    (s.start_m + s.end_m) / 2000.0,
                    (s.end_m - s.start_m) / 1000.0,
                    s.energy_kcal,
                )
            })
            .collect();
        let mut cum = 0.0;
        let mut energy_cumulative = vec![PlotPoint::new(0.0, 0.0)];
        for s in &plan.splits_km {
            cum += s.energy_kcal;
            energy_cumulative.push(PlotPoint::new(s.end_m / 1000.0, cum));
        }
        let (night_km, dawn_km) = darkness(&plan, &solution, &cumulative_s);
        Ok(PlanView {
            plan,
            solution,
            cumulative_s,
            pace_steps,
            flat_steps,
            energy_bars,
            energy_cumulative,
            night_km,
            dawn_km,
        })
    }

    /// Planned pace (s/km) and elapsed time (s) at a distance.
    pub fn at(&self, distance_m: f64) -> (f64, f64) {
        let s = &self.solution;
        let i = s
            .start_m
            .partition_point(|&x| x <= distance_m)
            .saturating_sub(1)
            .min(s.start_m.len().saturating_sub(1));
        let pace = s.pace_s_per_km.get(i).copied().unwrap_or(0.0);
        (
            pace,
            plan::report::time_at(s, &self.cumulative_s, distance_m),
        )
    }
}

/// A stretch of the course, km from and to.
type KmRange = (f64, f64);

/// Where the runner is in the dark (start to dawn) and in the twilight (dawn to sunrise),
/// in km along the course; None when the race starts after it.
fn darkness(
    plan: &RacePlan,
    sol: &Solution,
    cumulative_s: &[f64],
) -> (Option<KmRange>, Option<KmRange>) {
    let Some(c) = &plan.conditions else {
        return (None, None);
    };
    let (Some(dawn), Some(rise)) = (c.dawn_s, c.sunrise_s) else {
        return (None, None);
    };
    let start = plan.settings.start_clock_s;
    // Seconds after the start; a start after noon looks at the next morning.
    let after = |clock: f64| {
        let t = clock - start;
        if t < -43_200.0 { t + 86_400.0 } else { t }
    };
    let km_at = |t: f64| -> f64 {
        let i = cumulative_s.partition_point(|&c| c < t);
        let Some(&end) = cumulative_s.get(i) else {
            return sol
                .start_m
                .last()
                .map_or(0.0, |s| s + sol.len_m.last().unwrap_or(&0.0))
                / 1000.0;
        };
        let begin = if i == 0 { 0.0 } else { cumulative_s[i - 1] };
        let f = if end > begin {
            (t - begin) / (end - begin)
        } else {
            0.0
        };
        (sol.start_m[i] + f * sol.len_m[i]) / 1000.0
    };
    let (t_dawn, t_rise) = (after(dawn), after(rise));
    let night = (t_dawn > 0.0).then(|| (0.0, km_at(t_dawn)));
    let twilight = (t_rise > 0.0).then(|| (km_at(t_dawn.max(0.0)), km_at(t_rise)));
    (night, twilight.filter(|(a, b)| b > a))
}
