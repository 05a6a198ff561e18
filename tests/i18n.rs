//! The translation files and the code agree: every message exists in English and in
//! Vietnamese with the same variables, every key the code asks for exists, no file keeps a
//! key nothing uses, and the Vietnamese is not English left untranslated.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use downhill_planner::i18n::{self, Lang};
use fluent_syntax::ast;

/// Message id -> the variables its text uses, for one file.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn parse(lang: Lang, file: &str, source: &str) -> Messages {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{}/{file} does not parse: {errors:?}", lang.code()),
    };
    let mut out = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            let id = m.id.name.to_owned();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{}/{file}: {id} twice",
                lang.code()
            );
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Every message of a language, by file.
fn messages(lang: Lang) -> BTreeMap<&'static str, Messages> {
    i18n::sources(lang)
        .iter()
        .map(|(file, source)| (*file, parse(lang, file, source)))
        .collect()
}

/// Every `.rs` file under `src/`, with its text.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(std::fs::DirEntry::path);
        for e in entries {
            let path = e.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The key literals the code asks for: the first string after `t!(`, `message(` or
/// `message_in(lang, `.
fn keys_in_code(text: &str) -> Vec<String> {
    // Comments (examples in docs) ask for nothing.
    let text: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let text = text.as_str();
    let mut keys = Vec::new();
    for opener in ["t!(", "i18n::message(", "message_in("] {
        for (at, _) in text.match_indices(opener) {
            // `assert!(` ends with `t!(` too: the opener must start a word.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + opener.len()..];
            let Some(start) = rest.find('"') else {
                continue;
            };
            // The key is the call's first string, before its first `)`.
            if rest[..start].contains(')') {
                continue;
            }
            let key: String = rest[start + 1..]
                .chars()
                .take_while(|c| *c != '"')
                .collect();
            if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                keys.push(key);
            }
        }
    }
    keys
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_variables() {
    let en = messages(Lang::En);
    let vi = messages(Lang::Vi);
    let mut problems = Vec::new();
    for (file, en_msgs) in &en {
        let Some(vi_msgs) = vi.get(file) else {
            problems.push(format!("vi/{file} is missing"));
            continue;
        };
        for (id, vars) in en_msgs {
            match vi_msgs.get(id) {
                None => problems.push(format!("vi/{file}: {id} is missing")),
                Some(v) if !v.is_subset(vars) => problems.push(format!(
                    "vi/{file}: {id} uses {:?}, which English does not pass",
                    v.difference(vars).collect::<Vec<_>>()
                )),
                Some(_) => {}
            }
        }
        for id in vi_msgs.keys().filter(|id| !en_msgs.contains_key(*id)) {
            problems.push(format!("en/{file}: {id} is missing (only in Vietnamese)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_id_is_in_two_files() {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (file, msgs) in messages(Lang::En) {
        for id in msgs.keys() {
            if let Some(other) = seen.insert(id.clone(), file) {
                panic!("{id} is in {other} and {file}");
            }
        }
    }
}

#[test]
fn every_key_the_code_asks_for_exists() {
    let ids: BTreeSet<String> = messages(Lang::En)
        .into_values()
        .flat_map(BTreeMap::into_keys)
        .collect();
    let mut missing = Vec::new();
    let mut asked = 0;
    for (path, text) in sources() {
        for key in keys_in_code(&text) {
            asked += 1;
            if !ids.contains(&key) {
                missing.push(format!("{path}: {key}"));
            }
        }
    }
    assert!(asked > 0, "no t!() call found: the scan is broken");
    assert!(
        missing.is_empty(),
        "keys not in assets/i18n/en:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_translation_file_keeps_an_unused_key() {
    let code: String = sources().into_iter().map(|(_, t)| t).collect();
    let mut unused = Vec::new();
    for (file, msgs) in messages(Lang::En) {
        for id in msgs.keys() {
            if !code.contains(&format!("\"{id}\"")) {
                unused.push(format!("{file}: {id}"));
            }
        }
    }
    assert!(
        unused.is_empty(),
        "keys no code uses:\n{}",
        unused.join("\n")
    );
}

#[test]
fn vietnamese_is_not_english_left_untranslated() {
    let en = messages(Lang::En);
    let mut copied = Vec::new();
    for (file, msgs) in &en {
        for id in msgs.keys() {
            let english = i18n::message_in(Lang::En, id, &[]);
            let vietnamese = i18n::message_in(Lang::Vi, id, &[]);
            // Two words or more that read the same are English left in place (single
            // words such as "GPX" or "km" may be the same in both).
            if english == vietnamese && english.split_whitespace().count() >= 2 {
                copied.push(format!("{file}: {id} = {english}"));
            }
        }
    }
    assert!(copied.is_empty(), "untranslated:\n{}", copied.join("\n"));
}

#[test]
fn the_scan_finds_keys_as_the_code_writes_them() {
    let code = r#"let a = t!("menu-file"); let b = t!("x-y", km = 1.0);
        let c = i18n::message("z", &[]); let d = t!(name); assert!("no-key"); "#;
    assert_eq!(keys_in_code(code), ["menu-file", "x-y", "z"]);
}
