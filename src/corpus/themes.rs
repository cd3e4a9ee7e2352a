//! Theme rules: keyword lists per theme (`data/themes.toml`), applied to folded item text. Each
//! assignment records the keyword that matched, so it can be explained.

use serde::Deserialize;

use super::model::ThemeEvidence;
use super::phrases::{PhraseEnd, PhraseSet};
use super::rules::parse_rules_toml;
use super::LoadError;
use crate::text::fold;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    theme: Vec<Theme>,
}

/// One theme: an id used in data and filters, a label for the UI, and its keywords.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub label: String,
    pub keywords: Vec<String>,
}

/// All themes, with their keywords ready for matching.
#[derive(Debug, Clone)]
pub struct ThemeRules {
    pub themes: Vec<Theme>,
    set: PhraseSet,
    /// Folded keyword per phrase payload, with its theme index.
    keywords: Vec<(usize, String)>,
}

impl ThemeRules {
    /// Parses a themes file; `path` is used in error messages.
    pub fn parse(text: &str, path: &str) -> Result<Self, LoadError> {
        let mut file: ThemesFile = parse_rules_toml(text, path)?;
        // Ids and labels are shown (tree, filters, exports): cleaned once, here.
        for theme in &mut file.theme {
            theme.label = crate::text::normalize_whitespace(&theme.label);
            for keyword in &mut theme.keywords {
                *keyword = crate::text::normalize_whitespace(keyword);
            }
        }
        let mut set = PhraseSet::default();
        let mut keywords = Vec::new();
        let mut ids = std::collections::HashSet::new();
        for (theme_index, theme) in file.theme.iter().enumerate() {
            if theme.id.is_empty()
                || theme.id.contains(char::is_whitespace)
                || crate::text::sanitize(&theme.id) != theme.id
            {
                return Err(LoadError::Rules {
                    path: path.to_string(),
                    message: format!(
                        "theme id \"{}\" must be one word",
                        crate::text::escape_invisible(&theme.id)
                    ),
                });
            }
            if !ids.insert(theme.id.as_str()) {
                return Err(LoadError::Rules {
                    path: path.to_string(),
                    message: format!("theme id \"{}\" is used twice", theme.id),
                });
            }
            for keyword in &theme.keywords {
                let (word, end) = match keyword.strip_suffix('$') {
                    Some(w) => (w, PhraseEnd::Word),
                    None => (keyword.as_str(), PhraseEnd::Prefix),
                };
                set.add(&fold(word), end, keywords.len());
                keywords.push((theme_index, keyword.clone()));
            }
        }
        Ok(ThemeRules {
            themes: file.theme,
            set,
            keywords,
        })
    }

    /// Themes of a folded text, in rule order, each with the first keyword that matched.
    pub fn classify(&self, folded: &str) -> Vec<ThemeEvidence> {
        let mut first_keyword: Vec<Option<&str>> = vec![None; self.themes.len()];
        for m in self.set.find_all(folded) {
            let (theme, keyword) = &self.keywords[m.payload];
            first_keyword[*theme].get_or_insert(keyword.as_str());
        }
        first_keyword
            .into_iter()
            .enumerate()
            .filter_map(|(i, kw)| {
                kw.map(|k| ThemeEvidence {
                    theme: self.themes[i].id.clone(),
                    keyword: k.trim_end_matches('$').to_string(),
                })
            })
            .collect()
    }

    /// The label of a theme id, or the id itself when unknown.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.themes
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.as_str())
    }

    /// Themes whose id or label starts with the folded query (`#corr`, `--theme civil`).
    pub fn lookup(&self, query: &str) -> Vec<&Theme> {
        let q = fold(query.trim());
        if let Some(t) = self.themes.iter().find(|t| t.id == q) {
            return vec![t];
        }
        self.themes
            .iter()
            .filter(|t| t.id.starts_with(&q) || fold(&t.label).starts_with(&q))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::ImportRules;
    use crate::text::fold;

    #[test]
    fn themes_are_explained_by_their_keyword() {
        let rules = ImportRules::builtin().themes;
        let evidence = rules.classify(&fold(
            "Stop targeting NGOs with punitive tax inspections and burdensome reporting requirements;",
        ));
        assert_eq!(evidence[0].theme, "civil-society");
        assert_eq!(evidence[0].keyword, "ngo");
        let kettling = rules.classify(&fold(
            "Stop using kettling as a policing tactic for peaceful demonstrations;",
        ));
        assert!(kettling.iter().any(|e| e.theme == "assembly-protest"));
    }
}
