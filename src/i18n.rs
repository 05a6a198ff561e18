//! Languages and translated text: Fluent messages from `assets/i18n/<lang>/*.ftl`, numbers
//! with the language's separators, and the language of the current thread.
//!
//! Fluent (Project Fluent, `fluent-bundle`) was chosen over key-value crates because a
//! translator can restructure a sentence freely (variables in any order, selectors for
//! plurals and variants) without touching code, and the files are plain text checked by
//! `tests/i18n.rs` (no missing key in either language, no unused key).
//!
//! The language is a per-thread setting, like a C locale but scoped: the app sets it at the
//! start of every frame, the command line and the export workers wrap their work in
//! [`with_lang`]. Text built by the core (cues, warnings, table headings) follows it, so
//! one document is built in one language. A new thread starts in English.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language of the interface, the printed race card and the exported files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Vietnamese (tiếng Việt).
    Vi,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The language code (`en`, `vi`): command line, file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// The language's own name, as the language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Vi => "Tiếng Việt",
        }
    }

    /// The language of a code or a POSIX locale (`vi`, `vi-VN`, `vi_VN.UTF-8`, `en_GB`);
    /// `None` for any other.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lang = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match lang.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The system's language from the usual environment variables (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, then the first of `LANGUAGE`), English when none is ours.
    pub fn from_env() -> Lang {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any variable lookup (tests pass their own).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            match var(name) {
                // The first variable that is set decides (POSIX precedence); "C" means none.
                Some(v) if !v.is_empty() => return Lang::from_locale(&v).unwrap_or_default(),
                _ => {}
            }
        }
        var("LANGUAGE")
            .and_then(|v| v.split(':').find_map(Lang::from_locale))
            .unwrap_or_default()
    }

    /// The decimal separator (a comma in Vietnamese).
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Vi => ',',
        }
    }

    /// The thousands separator (a dot in Vietnamese, a comma in English).
    pub fn thousands_separator(self) -> char {
        match self {
            Lang::En => ',',
            Lang::Vi => '.',
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.native_name())
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of this thread (English until set).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread (the app does it at the start of every frame).
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `work` with this thread's language set to `lang`, then puts the previous one back.
pub fn with_lang<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_current(self.0);
        }
    }
    let _restore = Restore(current());
    set_current(lang);
    work()
}

/// The translation files of one language: (file name, Fluent source).
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($code:literal: $($name:literal),+) => {
            &[$(($name, include_str!(concat!("../assets/i18n/", $code, "/", $name)))),+]
        };
    }
    match lang {
        Lang::En => files!("en": "app.ftl", "core.ftl", "export.ftl", "cli.ftl"),
        Lang::Vi => files!("vi": "app.ftl", "core.ftl", "export.ftl", "cli.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundles of every language, parsed once. A file that does not parse keeps the rest
/// (tests/i18n.rs fails on it, so a release never has one).
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(build_bundle))
}

fn build_bundle(lang: Lang) -> Bundle {
    let id = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Vi => unic_langid::langid!("vi"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) would show as boxes in the PDF and the window.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Vi => format_vi,
    }));
    for (_, source) in sources(lang) {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        // A duplicate id keeps the first one (the test fails on it).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(value, Lang::En)
}

fn format_vi<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(value, Lang::Vi)
}

/// Numbers passed to a message keep their fraction digits and take the language's separators.
fn format_number(value: &FluentValue<'_>, lang: Lang) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let decimals = n
        .options
        .minimum_fraction_digits
        .or(n.options.maximum_fraction_digits)
        .unwrap_or(if n.value.fract() == 0.0 { 0 } else { 1 });
    Some(number_in(lang, n.value, decimals))
}

/// A value passed to a message: text, or a number (plural selectors and separators).
#[derive(Clone, Debug)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number: the message's selectors see it, and it is shown with the language's
    /// separators (whole numbers without decimals, others with one).
    Number(f64),
}

macro_rules! arg_from_number {
    ($($t:ty),+) => {
        $(impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(v: $t) -> Arg {
                Arg::Number(v as f64)
            }
        })+
    };
}
arg_from_number!(f64, f32, usize, u32, u64, i32, i64);

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_owned())
    }
}

/// The message `id` in `lang` with `args`. A message missing in Vietnamese falls back to
/// English, one missing in both shows its id (tests/i18n.rs keeps both from happening).
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    let order = [lang, Lang::En];
    for bundle in order.iter().map(|l| &all[*l as usize]) {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        return text.into_owned();
    }
    id.to_owned()
}

/// The message `id` in this thread's language.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(current(), id, args)
}

/// Translated text in this thread's language: `t!("menu-file")`,
/// `t!("status-opened", name = course.name.as_str(), km = 42.2)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// `value` with `decimals` fraction digits in this thread's language (`12.5` or `12,5`),
/// thousands grouped from 10,000 up (and for whole numbers from 1,000).
pub fn number(value: f64, decimals: usize) -> String {
    number_in(current(), value, decimals)
}

/// [`number`] in `lang`.
pub fn number_in(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let group_from = if fraction.is_some() { 5 } else { 4 };
    let mut out = String::from(sign);
    if whole.len() >= group_from {
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(lang.thousands_separator());
            }
            out.push(c);
        }
    } else {
        out.push_str(whole);
    }
    if let Some(f) = fraction {
        out.push(lang.decimal_separator());
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(Lang::from_locale("vi_VN.UTF-8"), Some(Lang::Vi));
        assert_eq!(Lang::from_locale("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_locale("en_GB.utf8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_vars(env(&[("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        // LC_ALL wins over LANG.
        assert_eq!(
            Lang::from_vars(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "vi_VN")])),
            Lang::En
        );
        assert_eq!(Lang::from_vars(env(&[("LANGUAGE", "fr:vi:en")])), Lang::Vi);
        assert_eq!(Lang::from_vars(env(&[])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[("LANG", "de_DE")])), Lang::En);
    }

    #[test]
    fn numbers_take_the_language_separators() {
        assert_eq!(number_in(Lang::En, 12.345, 1), "12.3");
        assert_eq!(number_in(Lang::Vi, 12.345, 1), "12,3");
        assert_eq!(number_in(Lang::Vi, -0.5, 1), "-0,5");
        assert_eq!(number_in(Lang::En, 1151.0, 0), "1,151");
        assert_eq!(number_in(Lang::Vi, 1151.0, 0), "1.151");
        assert_eq!(number_in(Lang::Vi, 42195.0, 0), "42.195");
        // Short decimals are not grouped (1234.5 km reads better than 1,234.5).
        assert_eq!(number_in(Lang::En, 1234.5, 1), "1234.5");
        assert_eq!(number_in(Lang::Vi, 12345.5, 1), "12.345,5");
        assert_eq!(number_in(Lang::En, 999.0, 0), "999");
    }

    #[test]
    fn the_thread_language_is_scoped() {
        assert_eq!(current(), Lang::En);
        let inner = with_lang(Lang::Vi, current);
        assert_eq!(inner, Lang::Vi);
        assert_eq!(current(), Lang::En);
        // Restored after a panic too.
        let caught = std::panic::catch_unwind(|| with_lang(Lang::Vi, || panic!("boom")));
        assert!(caught.is_err());
        assert_eq!(current(), Lang::En);
    }

    #[test]
    fn messages_fall_back_and_take_arguments() {
        let en = message_in(Lang::En, "lang-menu", &[]);
        let vi = message_in(Lang::Vi, "lang-menu", &[]);
        assert_eq!(en, "Language");
        assert_eq!(vi, "Ngôn ngữ");
        let missing = "no-such-message";
        assert_eq!(message_in(Lang::Vi, missing, &[]), missing);
        let n = message_in(
            Lang::Vi,
            "lang-switched",
            &[("lang", Arg::from("Tiếng Việt"))],
        );
        assert!(n.contains("Tiếng Việt") && !n.contains('\u{2068}'), "{n}");
    }
}
