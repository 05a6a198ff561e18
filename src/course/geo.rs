//! Earth model: great-circle distances on a sphere, used for every distance in the app.
//!
//! The earth is a sphere of mean radius 6,371,008.8 m (IUGG mean radius R1). On the
//! WGS84 ellipsoid the true geodesic differs by up to about 0.5 %, well inside GPS error
//! for a road course; gpxpy and most running apps make the same choice.

/// Mean earth radius in metres (IUGG R1).
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance between two positions, haversine formula, in metres.
/// Correct across the antimeridian and near the poles.
pub fn haversine_m(lat1_deg: f64, lon1_deg: f64, lat2_deg: f64, lon2_deg: f64) -> f64 {
    let (p1, p2) = (lat1_deg.to_radians(), lat2_deg.to_radians());
    let dp = p2 - p1;
    let dl = (lon2_deg - lon1_deg).to_radians();
    let a = (dp * 0.5).sin().powi(2) + p1.cos() * p2.cos() * (dl * 0.5).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// Longitude difference `to - from` in degrees, wrapped into (-180, 180].
pub fn lon_delta_deg(from_deg: f64, to_deg: f64) -> f64 {
    let mut d = (to_deg - from_deg) % 360.0;
    if d > 180.0 {
        d -= 360.0;
    } else if d <= -180.0 {
        d += 360.0;
    }
    d
}

/// Interpolates a position a fraction `t` of the way from one point to another,
/// taking the short way round the antimeridian. Longitude is returned in [-180, 180).
pub fn lerp_position(lat1: f64, lon1: f64, lat2: f64, lon2: f64, t: f64) -> (f64, f64) {
    let lat = lat1 + (lat2 - lat1) * t;
    let mut lon = lon1 + lon_delta_deg(lon1, lon2) * t;
    if lon >= 180.0 {
        lon -= 360.0;
    } else if lon < -180.0 {
        lon += 360.0;
    }
    (lat, lon)
}

/// Moves a position `distance_m` along `bearing_deg` (0 = north, 90 = east) on the sphere.
pub fn destination(lat_deg: f64, lon_deg: f64, bearing_deg: f64, distance_m: f64) -> (f64, f64) {
    let d = distance_m / EARTH_RADIUS_M;
    let (p1, l1, b) = (
        lat_deg.to_radians(),
        lon_deg.to_radians(),
        bearing_deg.to_radians(),
    );
    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
    let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
    let mut lon = l2.to_degrees();
    if lon >= 180.0 {
        lon -= 360.0;
    } else if lon < -180.0 {
        lon += 360.0;
    }
    (p2.to_degrees(), lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_of_latitude_is_about_111_2_km() {
        let d = haversine_m(0.0, 0.0, 1.0, 0.0);
        assert!((d - 111_195.08).abs() < 1.0, "{d}");
    }

    #[test]
    fn paris_to_london_known_distance() {
        // Widely quoted haversine distance Paris (48.8566, 2.3522) - London (51.5074, -0.1278):
        // ~343.5 km.
        let d = haversine_m(48.8566, 2.3522, 51.5074, -0.1278);
        assert!((d - 343_560.0).abs() < 600.0, "{d}");
    }

    #[test]
    fn antimeridian_is_short_way_round() {
        let d = haversine_m(0.0, 179.999, 0.0, -179.999);
        assert!(d < 250.0, "{d}");
        assert!((lon_delta_deg(179.999, -179.999) - 0.002).abs() < 1e-9);
        let (_, lon) = lerp_position(0.0, 179.999, 0.0, -179.999, 0.75);
        assert!((lon - -179.9995).abs() < 1e-9, "{lon}");
    }

    #[test]
    fn destination_round_trips_with_haversine() {
        let (lat, lon) = destination(16.09, 108.22, 37.0, 1234.0);
        assert!((haversine_m(16.09, 108.22, lat, lon) - 1234.0).abs() < 0.01);
    }
}
