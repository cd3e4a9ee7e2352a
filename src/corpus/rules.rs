//! Import rules kept in data: boilerplate lines, structure cues, the gazetteer and the theme
//! rules. Defaults are embedded from `data/`; a user folder may replace any of the three files.

use std::path::Path;

use serde::Deserialize;

use super::builtin;
use super::gazetteer::Gazetteer;
use super::themes::ThemeRules;
use super::LoadError;
use crate::text::fold;

/// Everything the importer needs besides the text itself.
#[derive(Debug, Clone)]
pub struct ImportRules {
    pub text: TextRules,
    pub gazetteer: Gazetteer,
    pub themes: ThemeRules,
}

/// `import.toml`: boilerplate and structure cues (see the comments in `data/import.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextRules {
    pub drop_exact: Vec<String>,
    pub drop_prefix: Vec<String>,
    pub drop_contains: Vec<String>,
    pub stop_exact: Vec<String>,
    pub stop_prefix: Vec<String>,
    pub recommendation_lead_in: Vec<String>,
    pub recommendation_heading: Vec<String>,
    pub footnote_headings: Vec<String>,
    pub author_prefix: Vec<String>,
    pub actor_nouns: Vec<String>,
    pub actor_modifiers: Vec<String>,
    pub pronouns: Vec<String>,
    pub addressee_lowercase: Vec<String>,
}

/// What a line of scraped text is to the boilerplate rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRule {
    Keep,
    Drop,
    /// The article ends here.
    Stop,
}

impl TextRules {
    /// Folds every rule string once so that matching is a plain comparison.
    fn folded(mut self) -> Self {
        for list in [
            &mut self.drop_exact,
            &mut self.drop_prefix,
            &mut self.drop_contains,
            &mut self.stop_exact,
            &mut self.stop_prefix,
            &mut self.recommendation_lead_in,
            &mut self.recommendation_heading,
            &mut self.footnote_headings,
            &mut self.actor_nouns,
            &mut self.actor_modifiers,
            &mut self.pronouns,
        ] {
            for entry in list.iter_mut() {
                *entry = fold(entry.trim());
            }
        }
        self
    }

    /// Classifies one line (already folded and whitespace-collapsed).
    pub fn classify(&self, folded_line: &str) -> LineRule {
        let line = folded_line.trim();
        if self.stop_exact.iter().any(|s| s == line)
            || self
                .stop_prefix
                .iter()
                .any(|s| line.starts_with(s.as_str()))
        {
            LineRule::Stop
        } else if self.drop_exact.iter().any(|s| s == line)
            || self
                .drop_prefix
                .iter()
                .any(|s| line.starts_with(s.as_str()))
            || self.drop_contains.iter().any(|s| line.contains(s.as_str()))
        {
            LineRule::Drop
        } else {
            LineRule::Keep
        }
    }
}

pub(crate) fn parse_rules_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &str,
) -> Result<T, LoadError> {
    toml::from_str(text).map_err(|err| LoadError::Rules {
        path: match err.span() {
            Some(span) => {
                let (line, col) = line_col(text, span.start);
                format!("{path}:{line}:{col}")
            }
            None => path.to_string(),
        },
        message: err.message().to_string(),
    })
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = 1 + before.matches('\n').count();
    let col = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

impl ImportRules {
    /// The rules embedded in the binary.
    pub fn builtin() -> Self {
        // The embedded files are checked by the test suite; parsing them cannot fail at run time
        // unless the binary was built from broken data, which `embedded_rules_parse` catches.
        Self::parse(
            builtin::IMPORT_RULES,
            builtin::GAZETTEER,
            builtin::THEMES,
            "builtin",
        )
        .unwrap_or_else(|err| panic!("embedded rules are invalid: {err}"))
    }

    fn parse(import: &str, gazetteer: &str, themes: &str, origin: &str) -> Result<Self, LoadError> {
        let text: TextRules = parse_rules_toml(import, &format!("{origin}/import.toml"))?;
        Ok(ImportRules {
            text: text.folded(),
            gazetteer: Gazetteer::parse(gazetteer, &format!("{origin}/gazetteer.toml"))?,
            themes: ThemeRules::parse(themes, &format!("{origin}/themes.toml"))?,
        })
    }

    /// The embedded rules with any of `import.toml`, `gazetteer.toml`, `themes.toml` found in
    /// `dir` used instead of the default.
    pub fn with_overrides(dir: &Path) -> Result<Self, LoadError> {
        let read = |name: &str, default: &'static str| -> Result<(String, String), LoadError> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok((text, crate::text::shown_path(&path))),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                    Ok((default.to_string(), format!("builtin/{name}")))
                }
                Err(error) => Err(LoadError::Unreadable {
                    path: crate::text::shown_path(&path),
                    error,
                }),
            }
        };
        let (import, import_path) = read("import.toml", builtin::IMPORT_RULES)?;
        let (gazetteer, gazetteer_path) = read("gazetteer.toml", builtin::GAZETTEER)?;
        let (themes, themes_path) = read("themes.toml", builtin::THEMES)?;
        let text: TextRules = parse_rules_toml(&import, &import_path)?;
        Ok(ImportRules {
            text: text.folded(),
            gazetteer: Gazetteer::parse(&gazetteer, &gazetteer_path)?,
            themes: ThemeRules::parse(&themes, &themes_path)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_parse() {
        let rules = ImportRules::builtin();
        assert!(rules
            .text
            .drop_exact
            .contains(&"skip to content".to_string()));
        assert_eq!(rules.themes.themes.len(), 20);
    }

    #[test]
    fn boilerplate_lines_are_classified() {
        let rules = ImportRules::builtin();
        assert_eq!(rules.text.classify("skip to content"), LineRule::Drop);
        assert_eq!(rules.text.classify("related articles"), LineRule::Stop);
        assert_eq!(
            rules.text.classify("image by jussi toivanen under (cc)."),
            LineRule::Drop
        );
        assert_eq!(
            rules.text.classify("the government should act."),
            LineRule::Keep
        );
    }

    #[test]
    fn malformed_rules_name_file_line_and_column() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("themes.toml"), "[[theme]]\nid = 3\n").expect("write");
        let err = ImportRules::with_overrides(dir.path()).expect_err("must fail");
        let shown = err.to_string();
        assert!(shown.contains("themes.toml:2:"), "{shown}");
    }
}
