//! Category of a climb or descent by its score (length x grade), ClimbPro's scale with two
//! road-race bands below it.

use crate::t;
use std::fmt;

use serde::{Deserialize, Serialize};

/// How big a climb or descent is, from `Minor` up to `Hc` (hors catégorie). Shown and saved
/// as "minor", "major", "Cat 4" ... "Cat 1", "HC".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// Score under 3,500 (a small bridge).
    #[serde(rename = "minor")]
    Minor,
    /// 3,500 to 8,000 (a big bridge, a short hill).
    #[serde(rename = "major")]
    Major,
    /// 8,000 to 12,000.
    #[serde(rename = "Cat 4")]
    Cat4,
    /// 12,000 to 16,000.
    #[serde(rename = "Cat 3")]
    Cat3,
    /// 16,000 to 32,000.
    #[serde(rename = "Cat 2")]
    Cat2,
    /// 32,000 to 64,000.
    #[serde(rename = "Cat 1")]
    Cat1,
    /// 64,000 and above: hors catégorie.
    #[serde(rename = "HC")]
    Hc,
}

impl Category {
    /// Category by score (length_m x |grade_pct|). ClimbPro's scale starts at 8,000
    /// (Cat 4), doubling up to Cat 1, and HC above 64,000 (science notes section 4); below
    /// 8,000 we add two road-race bands, since a bridge scores 1,000-5,000.
    pub fn from_score(score: f64) -> Category {
        match score {
            s if s >= 64_000.0 => Category::Hc,
            s if s >= 32_000.0 => Category::Cat1,
            s if s >= 16_000.0 => Category::Cat2,
            s if s >= 12_000.0 => Category::Cat3,
            s if s >= 8_000.0 => Category::Cat4,
            s if s >= 3_500.0 => Category::Major,
            _ => Category::Minor,
        }
    }

    /// The name shown to the runner, in this thread's language (the English one is the
    /// JSON's name).
    pub fn label(self) -> String {
        match self {
            Category::Minor => t!("cat-minor"),
            Category::Major => t!("cat-major"),
            Category::Cat4 => t!("cat-4"),
            Category::Cat3 => t!("cat-3"),
            Category::Cat2 => t!("cat-2"),
            Category::Cat1 => t!("cat-1"),
            Category::Hc => t!("cat-hc"),
        }
    }
}

impl fmt::Display for Category {
    /// The label; width and alignment flags are honoured (`{:<6}` pads like a `&str`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Category; 7] = [
        Category::Minor,
        Category::Major,
        Category::Cat4,
        Category::Cat3,
        Category::Cat2,
        Category::Cat1,
        Category::Hc,
    ];

    #[test]
    fn categories_by_score() {
        assert_eq!(Category::from_score(1_000.0), Category::Minor);
        assert_eq!(Category::from_score(1_000.0).to_string(), "minor");
        assert_eq!(Category::from_score(5_000.0).to_string(), "major");
        assert_eq!(Category::from_score(9_000.0).to_string(), "Cat 4");
        assert_eq!(Category::from_score(70_000.0).to_string(), "HC");
    }

    #[test]
    fn json_is_the_label_and_reads_back() {
        for c in ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.label()));
            assert_eq!(serde_json::from_str::<Category>(&json).unwrap(), c);
        }
        assert_eq!(format!("[{:<6}]", Category::Hc), "[HC    ]");
    }
}
