//! What the race morning does to the plan, as the runner reads it: the conditions (sun times,
//! the table with humidity and the heat model's figures), the heat's cost, fluids and sodium,
//! and the catch-up card.
//!
//! **Sweat rate estimate** (when the runner has not measured theirs): a heat balance. Heat
//! made = running power from the energy plan (Minetti's cost) plus resting 1.3 W/kg; heat
//! lost without sweating = (8.3 √v + 4.7) W/m²K x body surface (0.1 x mass^2/3, Meeh) x
//! (34 °C skin - air); the rest must be evaporated (2.43 MJ per litre), and in humid air
//! only part of the sweat evaporates (efficiency 1 - 0.6 x RH², at least 0.5). Bounded to
//! 0.3-2.5 l/h. A weighing before and after a training run replaces it.
//!
//! **Drinking**: enough to keep the loss under 2 % of body mass, never more than 0.8 l/h,
//! and never beyond thirst (ACSM position stand, Sawka et al. 2007). **Sodium**: about half
//! of what the sweat carries (900 mg per litre, a typical concentration), within the
//! 300-700 mg/h range of the guidance.
//!
//! **Catch-up card**: at each 5 km, for a deficit of 15, 30, 60 and 120 s, the flats and
//! gentle grades still ahead (|grade| under 2 %, no descent) run a little faster to win it
//! back; descents keep their caps and climbs their effort. Beyond 3 % faster on those flats
//! the card says "let it go": the rest of the race at a harder effort costs more than the
//! seconds.

use crate::{i18n, t};
use serde::{Deserialize, Serialize};

use super::conditions::{
    HADLEY_LIMIT, HEAT_MODEL, HeatTable, hadley_slowdown_pct, hadley_sum, relative_humidity_pct,
};
use super::solve::GENTLE_GRADE_PCT;
use super::sun::{offset_from_longitude, sun_times};
use super::{HeatMode, PlanSettings, Solution};
use crate::course::Analysis;
use crate::format;

/// One row of the conditions table, with what the model makes of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConditionsRow {
    /// Local clock, HH:MM.
    pub clock: String,
    /// Air temperature, °C.
    pub temp_c: f64,
    /// Dew point, °C.
    pub dewpoint_c: f64,
    /// Relative humidity, %.
    pub humidity_pct: f64,
    /// Hadley's sum, °F.
    pub hadley_sum_f: f64,
    /// The model's slowdown at this hour (before acclimatisation and response), %.
    pub slowdown_pct: f64,
}

/// The race morning: sun, table, model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConditionsReport {
    /// Race day, when known.
    pub race_date: Option<String>,
    /// Civil dawn (sun 6° below the horizon), local HH:MM.
    pub dawn: Option<String>,
    /// Sunrise, local HH:MM.
    pub sunrise: Option<String>,
    /// Sunset, local HH:MM.
    pub sunset: Option<String>,
    /// Sunrise, local seconds after midnight (for shading).
    pub sunrise_s: Option<f64>,
    /// Dawn, local seconds after midnight (for shading).
    pub dawn_s: Option<f64>,
    /// Local time's offset from UTC used, hours.
    pub utc_offset_h: f64,
    /// The table.
    pub table: Vec<ConditionsRow>,
    /// Where the table came from.
    pub source: String,
    /// The heat model and its source.
    pub model: String,
    /// Keep the goal or the effort.
    pub mode: HeatMode,
    /// Acclimatised to heat.
    pub acclimatised: bool,
    /// Heat response, % of the model.
    pub heat_response_pct: f64,
}

/// What the heat costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeatReport {
    /// The finish at the goal's effort in these conditions, s.
    pub finish_same_effort_s: f64,
    /// The planned finish, s (the goal with keep-goal).
    pub finish_planned_s: f64,
    /// Heat slowdown of each km split, % (same order as `splits_km`).
    pub slowdown_pct_per_km: Vec<f64>,
    /// A sentence when the table goes beyond Hadley's "hard running not recommended".
    pub warning: Option<String>,
}

/// Fluids and sodium.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FluidPlan {
    /// Sweat rate, litres per hour.
    pub sweat_rate_l_h: f64,
    /// "measured" or "estimated (heat balance)".
    pub sweat_rate_source: String,
    /// Sweat over the race, litres.
    pub sweat_total_l: f64,
    /// Planned drinking, litres per hour.
    pub drink_l_per_h: f64,
    /// At each water station (every `station_every_km`), millilitres.
    pub per_station_ml: f64,
    /// Spacing of the water stations assumed, km.
    pub station_every_km: f64,
    /// Sodium per hour, mg.
    pub sodium_mg_per_h: f64,
    /// Expected loss of body mass at the finish, % (sweat minus drink).
    pub mass_loss_pct: f64,
    /// The caution that goes with any drinking plan.
    pub caution: String,
}

/// One checkpoint of the catch-up card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatchUpRow {
    /// Where, km.
    pub km: f64,
    /// Planned clock time there (A goal), HH:MM:SS.
    pub clock: String,
    /// Planned elapsed time there (A goal), H:MM:SS.
    pub elapsed: String,
    /// Planned elapsed time there for the B goal, H:MM:SS (when one is set).
    pub elapsed_b: Option<String>,
    /// For each deficit (15, 30, 60, 120 s): the new flat pace, or "let it go".
    pub deficits: Vec<CatchUpCell>,
}

/// What to do about one deficit at one checkpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatchUpCell {
    /// Seconds behind the plan.
    pub behind_s: f64,
    /// New pace on the flats ahead, s/km; None: let it go.
    pub flat_pace_s_per_km: Option<f64>,
    /// The card's words: "5:41/km on the flats" or "let it go".
    pub text: String,
}

/// Deficits on the card, seconds.
pub const DEFICITS_S: [f64; 4] = [15.0, 30.0, 60.0, 120.0];
/// Fastest the flats ahead may be run to win time back, percent faster than planned.
pub const MAX_CATCH_UP_PCT: f64 = 3.0;
/// Water stations every this many km unless the race says otherwise.
pub const STATION_EVERY_KM: f64 = 2.5;

/// The conditions report (None without a table and without a race date).
pub fn conditions(analysis: &Analysis, settings: &PlanSettings) -> Option<ConditionsReport> {
    let c = &settings.conditions;
    if c.weather.is_empty() && c.race_date.is_none() {
        return None;
    }
    let p = &analysis.profile;
    let (lat, lon) = (p.lat_deg[0], p.lon_deg[0]);
    let offset = c.utc_offset_h.unwrap_or_else(|| offset_from_longitude(lon));
    let sun = c.race_date.and_then(|d| sun_times(lat, lon, d, offset));
    let hm = |s: f64| format::clock_hm(s);
    let table = c
        .weather
        .iter()
        .map(|r| ConditionsRow {
            clock: hm(r.clock_s),
            temp_c: r.temp_c,
            dewpoint_c: r.dewpoint_c,
            humidity_pct: relative_humidity_pct(r.temp_c, r.dewpoint_c).round(),
            hadley_sum_f: hadley_sum(r.temp_c, r.dewpoint_c).round(),
            slowdown_pct: (hadley_slowdown_pct(r.temp_c, r.dewpoint_c) * 10.0).round() / 10.0,
        })
        .collect();
    Some(ConditionsReport {
        race_date: c.race_date.map(|d| d.to_string()),
        dawn: sun.map(|s| hm(s.dawn_s)),
        sunrise: sun.map(|s| hm(s.sunrise_s)),
        sunset: sun.map(|s| hm(s.sunset_s)),
        sunrise_s: sun.map(|s| s.sunrise_s),
        dawn_s: sun.map(|s| s.dawn_s),
        utc_offset_h: offset,
        table,
        source: c.weather_source.clone(),
        model: HEAT_MODEL.into(),
        mode: c.mode,
        acclimatised: c.acclimatised,
        heat_response_pct: c.heat_response_pct,
    })
}

/// The heat's cost (None without a table).
pub fn heat(sol: &Solution, settings: &PlanSettings, km_bounds: &[f64]) -> Option<HeatReport> {
    let c = &settings.conditions;
    let table = HeatTable::new(c, settings.start_clock_s)?;
    let mut per_km = Vec::with_capacity(km_bounds.len());
    let mut i = 0;
    for &end in km_bounds {
        let (mut w, mut acc) = (0.0, 0.0);
        while i < sol.len_m.len() && sol.start_m[i] < end {
            w += sol.len_m[i];
            acc += sol.len_m[i] * (sol.heat_mult[i] - 1.0);
            i += 1;
        }
        per_km.push(if w > 0.0 {
            (acc / w * 1000.0).round() / 10.0
        } else {
            0.0
        });
    }
    let finish: f64 = sol.time_s.iter().sum();
    let hottest = (0..=(finish / 600.0).ceil() as usize)
        .map(|k| table.weather_at(k as f64 * 600.0))
        .map(|(t, d)| hadley_sum(t, d))
        .fold(0.0, f64::max);
    let warning =
        (hottest > HADLEY_LIMIT).then(|| t!("heat-hadley", sum = format!("{hottest:.0}")));
    Some(HeatReport {
        finish_same_effort_s: sol.finish_same_effort_s,
        finish_planned_s: finish,
        slowdown_pct_per_km: per_km,
        warning,
    })
}

/// Fluids and sodium for the plan (None without a table or a measured sweat rate).
pub fn fluids(sol: &Solution, settings: &PlanSettings, total_kcal: f64) -> Option<FluidPlan> {
    let c = &settings.conditions;
    let table = HeatTable::new(c, settings.start_clock_s);
    if table.is_none() && c.sweat_rate_l_h.is_none() {
        return None;
    }
    let finish: f64 = sol.time_s.iter().sum();
    let hours = finish / 3600.0;
    let (rate, source) = match (c.sweat_rate_l_h, &table) {
        (Some(r), _) => (r, t!("sweat-measured")),
        (None, Some(t)) => {
            let distance: f64 = sol.len_m.iter().sum();
            let speed = distance / finish;
            let (temp, dew) = t.weather_at(finish / 2.0);
            let power_w = total_kcal * 4184.0 / finish + 1.3 * settings.mass_kg;
            (
                estimate_sweat_rate_l_h(power_w, settings.mass_kg, speed, temp, dew),
                t!("sweat-estimated"),
            )
        }
        (None, None) => return None,
    };
    let total = rate * hours;
    let allowed = 0.02 * settings.mass_kg;
    let drink = ((total - allowed) / hours).clamp(0.0, 0.8);
    let per_station_h = STATION_EVERY_KM * 1000.0 / (sol.len_m.iter().sum::<f64>() / finish);
    Some(FluidPlan {
        sweat_rate_l_h: (rate * 100.0).round() / 100.0,
        sweat_rate_source: source,
        sweat_total_l: (total * 10.0).round() / 10.0,
        drink_l_per_h: (drink * 100.0).round() / 100.0,
        per_station_ml: (drink * per_station_h / 3600.0 * 1000.0 / 10.0).round() * 10.0,
        station_every_km: STATION_EVERY_KM,
        sodium_mg_per_h: (0.5 * rate * 900.0).clamp(300.0, 700.0).round(),
        mass_loss_pct: ((total - drink * hours) / settings.mass_kg * 100.0 * 10.0).round() / 10.0,
        caution: t!("fluids-caution"),
    })
}

/// Sweat rate (l/h) from running power (W), body mass, speed (m/s) and the air (°C).
pub fn estimate_sweat_rate_l_h(power_w: f64, mass_kg: f64, speed: f64, temp: f64, dew: f64) -> f64 {
    let surface_m2 = 0.1 * mass_kg.powf(2.0 / 3.0);
    let h = 8.3 * speed.max(0.0).sqrt() + 4.7;
    let dry_w = h * surface_m2 * (34.0 - temp);
    let evaporate_w = (power_w - dry_w).max(0.0);
    let rh = relative_humidity_pct(temp, dew) / 100.0;
    let efficiency = (1.0 - 0.6 * rh * rh).max(0.5);
    (evaporate_w / 2.43e6 * 3600.0 / efficiency).clamp(0.3, 2.5)
}

/// The sweat rate of a weighed training run: (mass before - after + drunk) / hours.
pub fn sweat_rate_from_weighing(before_kg: f64, after_kg: f64, drunk_l: f64, hours: f64) -> f64 {
    if hours <= 0.0 {
        return 0.0;
    }
    ((before_kg - after_kg + drunk_l) / hours).max(0.0)
}

/// The catch-up card: every 5 km (before the last km), for each deficit.
pub fn catch_up(
    sol: &Solution,
    cum: &[f64],
    settings: &PlanSettings,
    b: Option<&[f64]>,
) -> Vec<CatchUpRow> {
    let total: f64 = sol.len_m.iter().sum();
    let n = sol.len_m.len();
    let mut out = Vec::new();
    let mut k = 5_000.0;
    while k < total - 1_000.0 {
        let i0 = sol.start_m.partition_point(|&x| x < k);
        let flats: Vec<usize> = (i0..n)
            .filter(|&i| sol.grade_pct[i].abs() < GENTLE_GRADE_PCT && sol.descent[i].is_none())
            .collect();
        let flat_time: f64 = flats.iter().map(|&i| sol.time_s[i]).sum();
        let flat_len: f64 = flats.iter().map(|&i| sol.len_m[i]).sum();
        let planned = if flat_len > 0.0 {
            flat_time / flat_len * 1000.0
        } else {
            0.0
        };
        let at = if i0 == 0 { 0.0 } else { cum[i0 - 1] };
        let deficits = DEFICITS_S
            .iter()
            .map(|&d| {
                let ok = flat_time > 0.0 && d / flat_time * 100.0 <= MAX_CATCH_UP_PCT;
                let pace = ok.then(|| planned * (flat_time - d) / flat_time);
                CatchUpCell {
                    behind_s: d,
                    flat_pace_s_per_km: pace,
                    text: pace.map_or_else(
                        || t!("catch-up-let-go"),
                        |p| t!("catch-up-pace", pace = format::pace(p)),
                    ),
                }
            })
            .collect();
        let elapsed_b = b.map(|cum_b| {
            let t = if i0 == 0 {
                0.0
            } else {
                cum_b.get(i0 - 1).copied().unwrap_or(0.0)
            };
            format::hms(t)
        });
        out.push(CatchUpRow {
            km: k / 1000.0,
            clock: format::clock(settings.start_clock_s + at),
            elapsed: format::hms(at),
            elapsed_b,
            deficits,
        });
        k += 5_000.0;
    }
    out
}

impl super::RacePlan {
    /// The race morning in a few sentences: sun times, the heat's cost, fluids (for the app
    /// and the command line).
    pub fn morning_lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = &self.conditions
            && let (Some(dawn), Some(rise), Some(set)) = (&c.dawn, &c.sunrise, &c.sunset)
        {
            out.push(t!(
                "morning-sun",
                dawn = dawn.as_str(),
                rise = rise.as_str(),
                set = set.as_str()
            ));
        }
        if let Some(h) = &self.heat {
            out.push(t!(
                "morning-heat",
                finish = format::hms(h.finish_same_effort_s),
                planned = format::hms(h.finish_planned_s)
            ));
        }
        if let Some(f) = &self.fluids {
            out.push(t!(
                "morning-fluids",
                sweat = i18n::number(f.sweat_rate_l_h, 2),
                source = f.sweat_rate_source.as_str(),
                drink = i18n::number(f.drink_l_per_h, 2),
                ml = format!("{:.0}", f.per_station_ml),
                every = crate::course::warning::plain_number(f.station_every_km),
                sodium = format!("{:.0}", f.sodium_mg_per_h)
            ));
            out.push(f.caution.clone());
        }
        out
    }
}
