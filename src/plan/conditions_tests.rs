//! Unit tests of the heat model, the weather table and its CSV.

use super::*;

#[test]
fn hadley_is_pinned_to_the_published_bands() {
    // At each band's upper end the slowdown is the band's upper figure; in between it is
    // inside the band's range.
    let f_to_c = |f: f64| (f - 32.0) * 5.0 / 9.0;
    for (hi_s, lo_pct, hi_pct) in HADLEY_BANDS {
        // Air and dew point equal: each is S/2 in °F.
        let c = f_to_c(hi_s / 2.0);
        let at_end = hadley_slowdown_pct(c, c);
        assert!((at_end - hi_pct).abs() < 1e-9, "S {hi_s}: {at_end}");
        let inside = hadley_slowdown_pct(f_to_c((hi_s - 5.0) / 2.0), f_to_c((hi_s - 5.0) / 2.0));
        assert!(
            inside > lo_pct && inside < hi_pct,
            "S {}: {inside}",
            hi_s - 5.0
        );
    }
    assert_eq!(hadley_slowdown_pct(f_to_c(50.0), f_to_c(50.0)), 0.0);
    assert_eq!(hadley_slowdown_pct(10.0, 5.0), 0.0);
    // The worked example of the race-day notes: 27 °C air, 24 °C dew point is S 156,
    // the 4.5-6 % band, with a relative humidity of about 84 %.
    let s = hadley_sum(27.0, 24.0);
    assert!((s - 156.0).abs() < 0.5, "{s}");
    let pct = hadley_slowdown_pct(27.0, 24.0);
    assert!((4.5..=6.0).contains(&pct), "{pct}");
    let rh = relative_humidity_pct(27.0, 24.0);
    assert!((rh - 84.0).abs() < 1.5, "{rh}");
    // Hotter or more humid never slows less.
    let mut last = 0.0;
    for t in 0..45 {
        let v = hadley_slowdown_pct(f64::from(t), f64::from(t) - 3.0);
        assert!(v >= last);
        last = v;
    }
}

fn table(rows: &[(&str, f64, f64)]) -> Conditions {
    Conditions {
        weather: rows
            .iter()
            .map(|(t, temp_c, dewpoint_c)| WeatherRow {
                clock_s: crate::format::parse_clock(t).expect("clock"),
                temp_c: *temp_c,
                dewpoint_c: *dewpoint_c,
            })
            .collect(),
        ..Conditions::default()
    }
}

#[test]
fn the_table_is_read_from_the_start_across_midnight() {
    // A midnight start: rows from 23:00 to 04:00.
    let c = table(&[
        ("23:00", 26.0, 23.0),
        ("00:00", 25.0, 23.0),
        ("02:00", 24.0, 22.0),
        ("04:00", 24.0, 22.0),
    ]);
    let h = HeatTable::new(&c, 0.0).expect("table");
    assert_eq!(h.weather_at(-7_200.0), (26.0, 23.0));
    assert_eq!(h.weather_at(0.0), (25.0, 23.0));
    let (t, d) = h.weather_at(3_600.0);
    assert!((t - 24.5).abs() < 1e-9 && (d - 22.5).abs() < 1e-9);
    assert_eq!(h.weather_at(30_000.0), (24.0, 22.0));
    // Acclimatised and a weaker response scale the slowdown.
    let base = h.multiplier_at(0.0) - 1.0;
    assert!(base > 0.0);
    let mild = HeatTable::new(
        &Conditions {
            acclimatised: true,
            heat_response_pct: 50.0,
            ..c.clone()
        },
        0.0,
    )
    .expect("table");
    assert!(((mild.multiplier_at(0.0) - 1.0) - base * 0.375).abs() < 1e-12);
    assert!(HeatTable::new(&Conditions::default(), 0.0).is_none());
}

#[test]
fn the_csv_reads_or_names_the_bad_row() {
    let ok = "time,temp_c,dewpoint_c\n03:00,26,24\n04:00,26.5,24\n\n05:00, 27 ,24.5\n";
    let rows = Conditions::parse_weather_csv(ok).expect("reads");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2].clock_s, 5.0 * 3600.0);
    for (text, needle) in [
        ("", "empty"),
        ("when,t,d\n03:00,1,1", "header"),
        ("time,temp_c,dewpoint_c\n", "no rows"),
        ("time,temp_c,dewpoint_c\n03:00,26\n", "row 2"),
        ("time,temp_c,dewpoint_c\n03:00,26,24\n3 am,26,24\n", "row 3"),
        ("time,temp_c,dewpoint_c\n03:00,hot,24\n", "not a number"),
        (
            "time,temp_c,dewpoint_c\n03:00,26,29\n",
            "above the air temperature",
        ),
        ("time,temp_c,dewpoint_c\n25:00,26,20\n", "HH:MM"),
    ] {
        let e = Conditions::parse_weather_csv(text).expect_err(text);
        assert!(e.contains(needle), "{text:?}: {e}");
    }
}

#[test]
fn validation_names_the_setting() {
    let mut c = table(&[("03:00", 26.0, 24.0)]);
    assert!(c.validate().is_ok());
    c.heat_response_pct = 300.0;
    let e = c.validate().expect_err("out of range").to_string();
    assert!(e.contains("heat response"), "{e}");
    c.heat_response_pct = 100.0;
    c.weather[0].dewpoint_c = 30.0;
    assert!(
        c.validate()
            .expect_err("dew")
            .to_string()
            .contains("dew point")
    );
}
