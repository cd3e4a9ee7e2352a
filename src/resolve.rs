//! What a user's country or theme argument names: one resolver behind `@country` and `#theme`
//! in queries, `steppe search --country/--theme`, `steppe compare A B --theme T` and the reader's
//! pickers, so the same letters name the same country everywhere (`@u`, `--country u` and
//! `compare u kaz` all mean Uzbekistan).
//!
//! Rules, in order: an ISO code or a full name (folded) names one country; else the countries
//! whose name starts with the query; else those with an alias (demonym, city, leader) that does
//! (see [`Gazetteer::lookup`]). When several match and exactly one of them is a subject (focus)
//! country of the reader, that one wins: `u` is Uzbekistan, not also Ukraine.

use std::fmt;

use crate::corpus::gazetteer::Gazetteer;
use crate::corpus::themes::ThemeRules;
use crate::text::sanitize;

/// A country as the gazetteer names it ("Kazakhstan"). Written out (JSON) as the name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct CountryId(String);

/// A theme id as the theme rules name it ("civil-society").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThemeId(String);

macro_rules! id_type {
    ($t:ident) => {
        impl $t {
            /// Wraps a name already known to be valid (read from the corpus or the rules).
            pub fn new(name: impl Into<String>) -> Self {
                $t(name.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl From<&str> for $t {
            fn from(name: &str) -> Self {
                $t(name.to_string())
            }
        }

        impl PartialEq<String> for $t {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }
    };
}

id_type!(CountryId);

/// Ids written one after another with `separator` between them ("Kazakhstan · Tajikistan").
pub fn joined<T: AsRef<str>>(ids: &[T], separator: &str) -> String {
    ids.iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(separator)
}
id_type!(ThemeId);

/// Why an argument names no single country or theme. Messages list the choices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("no country matches {query:?} (countries: {})", .choices.join(", "))]
    NoCountry { query: String, choices: Vec<String> },
    #[error("{query:?} matches several countries: {}; type more of the name or an ISO code", .choices.join(", "))]
    AmbiguousCountry { query: String, choices: Vec<String> },
    #[error("no theme matches {query:?} (themes: {})", .choices.join(", "))]
    NoTheme { query: String, choices: Vec<String> },
    #[error("{query:?} matches several themes: {}", .choices.join(", "))]
    AmbiguousTheme { query: String, choices: Vec<String> },
}

/// Most choices listed in an "ambiguous" message.
const MAX_CHOICES: usize = 8;

/// The country a user's argument names.
pub fn country(gazetteer: &Gazetteer, query: &str) -> Result<CountryId, ResolveError> {
    let found = gazetteer.lookup(query);
    match found.as_slice() {
        [one] => Ok(CountryId::new(one.name.clone())),
        [] => Err(ResolveError::NoCountry {
            query: sanitize(query),
            choices: gazetteer
                .countries
                .iter()
                .filter(|c| c.focus)
                .map(|c| c.name.clone())
                .collect(),
        }),
        many => {
            let focus: Vec<_> = many.iter().filter(|c| c.focus).collect();
            match focus.as_slice() {
                [one] => Ok(CountryId::new(one.name.clone())),
                _ => Err(ResolveError::AmbiguousCountry {
                    query: sanitize(query),
                    choices: many
                        .iter()
                        .take(MAX_CHOICES)
                        .map(|c| c.name.clone())
                        .collect(),
                }),
            }
        }
    }
}

/// The theme a user's argument names: its id, or a prefix of one theme's id or label.
pub fn theme(themes: &ThemeRules, query: &str) -> Result<ThemeId, ResolveError> {
    match themes.lookup(query).as_slice() {
        [one] => Ok(ThemeId::new(one.id.clone())),
        [] => Err(ResolveError::NoTheme {
            query: sanitize(query),
            choices: themes.themes.iter().map(|t| t.id.clone()).collect(),
        }),
        many => Err(ResolveError::AmbiguousTheme {
            query: sanitize(query),
            choices: many.iter().map(|t| t.id.clone()).collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ImportRules;

    #[test]
    fn a_subject_country_wins_a_shared_prefix() {
        let rules = ImportRules::builtin();
        let g = &rules.gazetteer;
        assert_eq!(
            country(g, "u").map(|c| c.into_string()),
            Ok("Uzbekistan".into())
        );
        assert_eq!(
            country(g, "turk").map(|c| c.into_string()),
            Ok("Turkmenistan".into())
        );
        assert_eq!(
            country(g, "KZ").map(|c| c.into_string()),
            Ok("Kazakhstan".into())
        );
        // Two subject countries: still ambiguous, and the message names both.
        match country(g, "k") {
            Err(ResolveError::AmbiguousCountry { choices, .. }) => {
                assert!(choices.contains(&"Kazakhstan".to_string()));
                assert!(choices.contains(&"Kyrgyzstan".to_string()));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            country(g, "zzz"),
            Err(ResolveError::NoCountry { .. })
        ));
    }

    #[test]
    fn themes_resolve_by_id_or_label_prefix() {
        let rules = ImportRules::builtin();
        assert_eq!(
            theme(&rules.themes, "civil").map(|t| t.into_string()),
            Ok("civil-society".into())
        );
        assert!(matches!(
            theme(&rules.themes, "zzz"),
            Err(ResolveError::NoTheme { .. })
        ));
    }
}
