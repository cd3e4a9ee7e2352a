//! Import rules kept in data: boilerplate lines, structure cues, the gazetteer and the theme
//! rules. Defaults are embedded from `data/`; a user folder may replace any of the three files.

use std::path::Path;
use std::sync::LazyLock;

use serde::Deserialize;

use super::builtin;
use super::gazetteer::Gazetteer;
use super::themes::ThemeRules;
use super::LoadError;
use crate::text::fold;

/// Everything the importer needs besides the text itself.
///
/// Each part is read through [`Part`]: a part from the embedded files is parsed the first time
/// anything reads it (once per process), so a command answered from the cache, which needs
/// only the [`ImportRules::fingerprint`] and perhaps the gazetteer and themes, never parses the
/// import cues; a part from a user's file is parsed at once, so its errors are reported before
/// anything is imported.
#[derive(Debug, Clone)]
pub struct ImportRules {
    pub text: Part<TextRules>,
    pub gazetteer: Part<Gazetteer>,
    pub themes: Part<ThemeRules>,
    /// Hash of the three rule files' text: cached imports made with other rules are not used.
    pub fingerprint: u64,
    /// The theme rules' and the gazetteer's phrase sets read in every item, searched together
    /// by the tagging pass (`super::tagging::item_sets`).
    pub(crate) item_sets: Part<super::phrases::PhraseSets>,
}

/// One part of the [`ImportRules`]: the embedded one, parsed on first use and shared by the
/// whole process, or one parsed from a user's file. Reads as the part itself (`Deref`).
#[derive(Clone)]
pub enum Part<T: 'static> {
    /// The embedded part, parsed by its function when first read.
    Builtin(&'static std::sync::OnceLock<T>, fn() -> T),
    /// A part parsed from a user's file (shared, as copies of the rules are made).
    Owned(std::sync::Arc<T>),
}

impl<T> Part<T> {
    fn owned(value: T) -> Self {
        Part::Owned(std::sync::Arc::new(value))
    }
}

impl<T> std::ops::Deref for Part<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Part::Builtin(cell, parse) => cell.get_or_init(*parse),
            Part::Owned(value) => value,
        }
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Part<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

/// The embedded parts, each parsed once per process when first read. The embedded files are
/// checked by the test suite (`embedded_rules_parse`); parsing them cannot fail at run time
/// unless the binary was built from broken data.
mod embedded {
    use std::sync::OnceLock;

    use super::super::builtin;
    use super::super::gazetteer::Gazetteer;
    use super::super::phrases::PhraseSets;
    use super::super::themes::ThemeRules;
    use super::{Part, TextRules};

    static TEXT: OnceLock<TextRules> = OnceLock::new();
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    static THEMES: OnceLock<ThemeRules> = OnceLock::new();
    static ITEM_SETS: OnceLock<PhraseSets> = OnceLock::new();

    pub(super) fn text() -> Part<TextRules> {
        Part::Builtin(&TEXT, || {
            super::parse_rules_toml::<TextRules>(builtin::IMPORT_RULES, "builtin/import.toml")
                .unwrap_or_else(|err| panic!("embedded rules are invalid: {err}"))
                .folded()
        })
    }

    pub(super) fn gazetteer() -> Part<Gazetteer> {
        Part::Builtin(&GAZETTEER, || {
            Gazetteer::parse(builtin::GAZETTEER, "builtin/gazetteer.toml")
                .unwrap_or_else(|err| panic!("embedded gazetteer is invalid: {err}"))
        })
    }

    pub(super) fn themes() -> Part<ThemeRules> {
        Part::Builtin(&THEMES, || {
            ThemeRules::parse(builtin::THEMES, "builtin/themes.toml")
                .unwrap_or_else(|err| panic!("embedded themes are invalid: {err}"))
        })
    }

    pub(super) fn item_sets() -> Part<PhraseSets> {
        Part::Builtin(&ITEM_SETS, || {
            super::super::tagging::item_sets(&themes(), &gazetteer())
        })
    }

    pub(super) fn fingerprint() -> u64 {
        static PART: OnceLock<u64> = OnceLock::new();
        *PART.get_or_init(|| {
            super::fingerprint([builtin::IMPORT_RULES, builtin::GAZETTEER, builtin::THEMES])
        })
    }
}

/// Hash of the rule files' text, for [`ImportRules::fingerprint`].
fn fingerprint(files: [&str; 3]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    // The action verbs are built in (`data/actions.toml`), and decide what the import stores.
    for text in files.into_iter().chain([super::actions::RULES]) {
        hasher.update(&(text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    hasher.digest()
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
    /// A blog's pager under the post ("Previous article…", "Next post…"): a stop line that is
    /// never a box's label inside the story.
    #[serde(default)]
    pub article_pager_prefix: Vec<String>,
    pub recommendation_lead_in: Vec<String>,
    pub recommendation_heading: Vec<String>,
    pub footnote_headings: Vec<String>,
    pub author_prefix: Vec<String>,
    pub actor_nouns: Vec<String>,
    /// Capitals outside the region written for their governments ("Washington should …").
    #[serde(default)]
    pub government_seats: Vec<String>,
    pub actor_modifiers: Vec<String>,
    /// Actor nouns that name a person ("rapporteur", "minister"): "it" never stands for one.
    #[serde(default)]
    pub person_actor_nouns: Vec<String>,
    /// A person's courtesy title before the name ("Ms.", "Dr."): the named person is an actor
    /// ("Ms. Mohammed should also meet …").
    #[serde(default)]
    pub honorifics: Vec<String>,
    pub pronouns: Vec<String>,
    pub addressee_lowercase: Vec<String>,
    /// Lines ending with one of these are site chrome ("Human Rights Watch - Home Page").
    #[serde(default)]
    pub drop_suffix: Vec<String>,
    /// Words a pager line is made of ("<<previous | index | next>>").
    #[serde(default)]
    pub pager_words: Vec<String>,
    /// Names of the world's regions and a site's other sections beside them: a short line of
    /// these alone, three regions or more among them, is a site's menu of regions ("Africa
    /// Americas Asia Europe Middle East", "Afrique Ameriques Asie Moyen-Orient Internet").
    #[serde(default)]
    pub region_menu_words: Vec<String>,
    /// The regions among `region_menu_words`.
    #[serde(default)]
    pub region_menu_regions: Vec<String>,
    /// Names of languages: a short line of two or more of them is a site's language switcher
    /// ("Kazakh | Russian", "English Русский Қазақша").
    #[serde(default)]
    pub language_names: Vec<String>,
    /// A page's share buttons ("messenger vk-black email copy print"): a short line of these
    /// alone, one of them a platform, is the row of buttons under a headline.
    #[serde(default)]
    pub share_buttons: Vec<String>,
    /// The platforms among `share_buttons` ("facebook", "vk", "telegram").
    #[serde(default)]
    pub share_platforms: Vec<String>,
    /// Starts of UN document symbols ("CCPR/C/TKM/CO/2"): such a line is a running header and its
    /// country code names the State party.
    #[serde(default)]
    pub doc_symbol_prefixes: Vec<String>,
    /// Words that make a date in the first paragraph the report's date ("the statement was
    /// delivered on 9 May 2018").
    #[serde(default)]
    pub date_context_words: Vec<String>,
    /// Labels before a page's own date ("Posted 2012/9/20", "Updated: 3 May 2021"): a date
    /// after one weighs most when no header rule dated the text.
    #[serde(default)]
    pub page_date_words: Vec<String>,
    /// Openings of a resolution's recital ("Whereas, on December 16, 2003, …", "Recalling its
    /// resolution 58/194 of 22 December 2003"): a fact or document the resolution rests on,
    /// whose date never dates the resolution.
    #[serde(default)]
    pub recital_openings: Vec<String>,
    /// The `date_context_words` that name the document itself ("this statement", "the
    /// resolution"): a date anywhere in their sentence dates it; after any other (a verb:
    /// "released", "held") the date must follow closely.
    #[serde(default)]
    pub date_context_nouns: Vec<String>,
    /// A lead-in or heading starting with one of these names its addressee ("To the Government
    /// of Kazakhstan:").
    #[serde(default)]
    pub addressing_prefix: Vec<String>,
    /// Verbs with which a speaker recommends ("We urge the Government to …", "calls on …").
    #[serde(default)]
    pub recommending_verbs: Vec<String>,
    /// Words after a subject that make a sentence a recommendation ("The State party should …").
    #[serde(default)]
    pub obligation_words: Vec<String>,
    /// Verbs of saying after an obligation word that make it rhetorical ("The Ministry needs to
    /// emphasize that …", "We must stress that …"): the speaker speaks, no one is asked.
    #[serde(default)]
    pub saying_verbs: Vec<String>,
    /// Openings that make a sentence or item a finding ("expresses concern", "welcomes").
    #[serde(default)]
    pub finding_phrases: Vec<String>,
    /// Verbs that open a recommendation written as a command ("Release …", "Repeal …").
    #[serde(default)]
    pub imperative_verbs: Vec<String>,
    /// Adverbs and connectives skipped before a cue ("Finally,", "also", "strongly").
    #[serde(default)]
    pub skip_words: Vec<String>,
    /// Openings that make a sentence a recommendation by themselves ("It is time for …").
    #[serde(default)]
    pub recommending_openings: Vec<String>,
    /// Adjectives of an impersonal necessity: "it is <adjective> that …", "… for X to …" or
    /// "… to <command>" asks ("It is necessary to resume pressure on …").
    #[serde(default)]
    pub necessity_adjectives: Vec<String>,
    /// Nouns after "following" in a lead-in whose list is of topics, not actions ("the following
    /// issues they believe the EU should raise:").
    #[serde(default)]
    pub topic_nouns: Vec<String>,
    /// Nouns of action that make the object of "urge"/"demand" ("urges their immediate
    /// release").
    #[serde(default)]
    pub action_nouns: Vec<String>,
    /// Verbs that, right after an obligation word, ask for an action whoever the subject is
    /// ("“All forms of arbitrary detention …” should stop", "Kazkhstan should release …").
    #[serde(default)]
    pub demand_verbs: Vec<String>,
    /// Openings of a sentence that date it in the past ("In 2013, …", "Back in March 2016,
    /// …"; followed by a year without a day before the comma): a call told in the past tense
    /// after one is background, not a recommendation.
    #[serde(default)]
    pub background_openings: Vec<String>,
    /// Openings dating a sentence in a past before the story's days, without a year ("Last
    /// month, …"): a past call after one is background.
    #[serde(default)]
    pub background_times: Vec<String>,
    /// Endings of a lead-in that reports a list someone else set out in the past ("The criteria
    /// formulated by the Council in October 2009 were as follows:"): the commands under it are
    /// quoted, not the text's own recommendations.
    #[serde(default)]
    pub reported_lead_ins: Vec<String>,
    /// Openings of the title of a document of questions put to a State ("List of issues …"):
    /// nothing in it is a recommendation ("The State party is requested to submit …").
    #[serde(default)]
    pub question_document_openings: Vec<String>,
    /// Endings of a lead-in that introduces topics rather than commands ("… an overview and
    /// recommendations in connection with:"): each item under it is decided by its own words.
    #[serde(default)]
    pub topic_lead_in_endings: Vec<String>,
    /// Participles of praise: "X should (also) be congratulated …" praises, it asks nothing.
    #[serde(default)]
    pub praise_participles: Vec<String>,
    /// Nouns of an effort: "A concerted effort is needed to end …" asks for it, while "approval
    /// is required to hold …" tells a law.
    #[serde(default)]
    pub effort_nouns: Vec<String>,
    /// Verbs of stressing, as stems ("stress", "emphas" …): with "the importance of" and an
    /// action ("The EU stressed the importance of implementing …") they ask for it.
    #[serde(default)]
    pub importance_verbs: Vec<String>,
    /// Gerunds of a state, not of doing ("being", "having"): "the importance of having …"
    /// weighs a state and asks nothing.
    #[serde(default)]
    pub state_gerunds: Vec<String>,
    /// Participles that open a resolution's preambular recital ("Reaffirming that …"): what its
    /// that-clause obliges is the grounds, not a call.
    #[serde(default)]
    pub preamble_participles: Vec<String>,
    /// Words of gratitude right before "if you" ("grateful", "appreciate it"): "We would be
    /// grateful if you could raise …" asks the reader.
    #[serde(default)]
    pub polite_request_phrases: Vec<String>,
    /// Nouns of a necessity after "is a"/"remains a" ("a precondition for …"): with a gerund
    /// of doing as the subject they ask for it.
    #[serde(default)]
    pub necessity_nouns: Vec<String>,
    /// Verbs of a hope or an expectation: "We hope that your government will …", "The EU
    /// expects that the authorities will …" ask the actor their clause names.
    #[serde(default)]
    pub hope_verbs: Vec<String>,
    /// Verbs of receiving a call ("faces", "heard", "received"): an actor as their subject and a
    /// call's noun with "to" and a command after them is asked to act.
    #[serde(default)]
    pub call_receiving_verbs: Vec<String>,
    /// Adverbs of sequence that place a call in the past before the story's time ("subsequently
    /// demanded", "previously called for"): background, no recommendation.
    #[serde(default)]
    pub background_adverbs: Vec<String>,
    /// Verbs of giving an account after a verb of asking, its object and "to" ("explain",
    /// "clarify"; "provide" and the like with an `account_nouns` entry after them): "The experts
    /// asked the authorities to explain …" is a question, not a call.
    #[serde(default)]
    pub account_verbs: Vec<String>,
    /// Verbs that give an account only with an `account_nouns` entry after them ("provide",
    /// "give"): "asked the Government to provide details of …" (not "to provide shelter").
    #[serde(default)]
    pub account_giving_verbs: Vec<String>,
    /// Words starting a short line that points to a link ("Read the letter here.").
    #[serde(default)]
    pub link_prompts: Vec<String>,
    /// Nouns of an account asked for: "requested information about …", "demanded an
    /// explanation from …" call as an action noun does (only after "demand"/"request").
    #[serde(default)]
    pub account_nouns: Vec<String>,
    /// Labels of a related story's link ("SEE ALSO:"): its headline glued to the paragraph
    /// after it goes, the paragraph stays.
    #[serde(default)]
    pub related_link_labels: Vec<String>,
    /// Site labels in the other languages of a multilingual page ("Direkt zum Inhalt",
    /// "Teilen", "Поделиться", "Partager"): a short line mostly of them, with no English
    /// function word, is chrome. Sorted when the rules are read.
    #[serde(default)]
    pub other_language_words: Vec<String>,
    /// English function words ("the", "of", "that" …): their share in a line tells prose from
    /// a page's furniture, and the words left when they are set aside are a line's content
    /// (`import::boilerplate`). Sorted when the rules are read.
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// Labels of a page's tag list ("Tags", "Topics:", "Filed under"): such a line alone, and
    /// the short lines right below it (the tags), are chrome.
    #[serde(default)]
    pub tag_labels: Vec<String>,
    /// A viewer's button pairs, each as its two opposite words joined by '|' ("more|less",
    /// "expand|collapse"): two short labels alike but for such a pair ("SHOW MORE" / "SHOW
    /// LESS") are a document viewer's toggle, furniture wherever they stand
    /// (`import::boilerplate`).
    #[serde(default)]
    pub viewer_toggles: Vec<String>,
    /// Nouns of a page's counters ("0 Comments", "Views: 158", "12 replies"): a number and one
    /// of them, alone on a line, is chrome. Sorted when the rules are read.
    #[serde(default)]
    pub counter_words: Vec<String>,
    /// Label words of a site's news rubric ("recent", "latest", "all"): a short line of the
    /// word "news", such words and at most a place ("Central Asia news", "recent news
    /// Turkmenistan") above the story is the rubric, never the title (`import`).
    #[serde(default)]
    pub news_rubric_words: Vec<String>,
    /// An opinion page's rubric printed in one line with the headline, the headline in sentence
    /// case after it ("Opinion Now comes a moment of truth for …"), folded: no word of the title.
    #[serde(default)]
    pub headline_rubrics: Vec<String>,
    /// The line that closes a box of other stories set inside the story ("End of carousel"),
    /// folded: a stop line with one below it opens that box, and the story goes on after it.
    #[serde(default)]
    pub box_end_lines: Vec<String>,
    /// What a blog's comment count is "on" ("2 thoughts on “…”", "One response to “…”",
    /// "5 comments on …"): such a line opens the readers' comments, and the post ends there.
    #[serde(default)]
    pub comment_headings: Vec<String>,
    /// Verbs of a call to action opening a line of site chrome ("Subscribe …", "Watch …"): a
    /// strong feature of the chrome score (`import::chrome`). Sorted when the rules are read.
    #[serde(default)]
    pub chrome_verbs: Vec<String>,
    /// The first two letters of each `chrome_verbs` entry (bit 26 × first + second, letters from
    /// 'a' = 0), built when the rules are read: a sentence whose first word opens with none of
    /// them is not looked up.
    #[serde(skip)]
    pub(crate) chrome_verb_openings: [u64; 11],
    /// Phrases of a reposting site's note on where the text came from ("… appeared first on
    /// …", "This message was taken from this source and rewritten by …", "Source link"): a
    /// short line holding one above or below the body is chrome (`import::chrome`).
    #[serde(default)]
    pub provenance_phrases: Vec<String>,
    /// The longest word of each `provenance_phrases` entry, built when the rules are read: a
    /// line holding none of them is not searched for the phrases.
    #[serde(skip)]
    pub(crate) provenance_anchors: Vec<String>,
    /// Words of the site rather than of the document ("newsletter", "cookies", "login"): a
    /// strong feature of the chrome score. Sorted when the rules are read.
    #[serde(default)]
    pub site_words: Vec<String>,
    /// Words of a consent banner ("cookies", "consent", "preferences", "analytics"): a
    /// paragraph near either end of the text holding three of them, where the site speaks
    /// ("we", "our") to the reader ("you", "your"), is the banner (`import::chrome`). Sorted
    /// when the rules are read.
    #[serde(default)]
    pub consent_words: Vec<String>,
    /// Every cue phrase the sentence reader looks for, by its first word, built once from the
    /// lists above: a word not in it starts no cue (the reader's fast path), and a word in it
    /// names the few phrases to compare.
    #[serde(skip)]
    pub cue_index: CueIndex,
    /// The exact and prefix lists of boilerplate lines indexed for [`TextRules::classify`],
    /// built once from the lists above.
    #[serde(skip)]
    line_index: LineIndex,
    /// Searchers for `recommendation_lead_in` and `recommendation_heading` (in their order),
    /// built once: every lead-in and heading is searched for each entry.
    #[serde(skip)]
    lead_in_finders: Vec<memchr::memmem::Finder<'static>>,
    #[serde(skip)]
    heading_finders: Vec<memchr::memmem::Finder<'static>>,
    /// Searchers for `speaker_title_words` (in their order), built once: every title is
    /// searched for each entry.
    #[serde(skip)]
    speaker_finders: Vec<memchr::memmem::Finder<'static>>,
    /// Connective phrases skipped between "and" and a joined recommending verb ("… and in
    /// this regard urges …").
    #[serde(default)]
    pub connective_phrases: Vec<String>,
    /// Phrases that stand for the country under review ("the State party").
    #[serde(default)]
    pub state_party: Vec<String>,
    /// Words a salutation or closing line is made of ("Madam President,", "I thank you.").
    #[serde(default)]
    pub salutation_words: Vec<String>,
    /// First words of a salutation that names whom it addresses ("Dear EU Representatives, …,",
    /// "Distinguished Members of the Human Rights Council,"): a short line opening with one and
    /// ending in a comma or colon is a salutation, whoever it names.
    #[serde(default)]
    pub salutation_openings: Vec<String>,
    /// First words of a letter's inside address ("The Honorable X", "His Excellency X", "To:"):
    /// the short lines from one of them down to the salutation are the addressee's, no title
    /// and no item.
    #[serde(default)]
    pub address_openings: Vec<String>,
    /// Words of a photo's credit label ("CC BY 4.0 Attribution:", "Photo:"): a short line
    /// ending in a colon that holds one, near the top, and the caption on the line under it go.
    #[serde(default)]
    pub caption_label_words: Vec<String>,
    /// Words naming a picture of a place ("map"): a short line near the top holding one and a
    /// country's name, and no sentence ("World map Tajikistan", "Turkmenistan country map"), is
    /// the label of the page's map, never its title nor an item.
    #[serde(default)]
    pub map_label_words: Vec<String>,
    /// Openings of a site's tagline under its name ("A project of …", "An initiative of …"):
    /// both lines, at the top, are the site's masthead.
    #[serde(default)]
    pub site_tagline_openings: Vec<String>,
    /// Nouns for the page itself ("content", "page", "article"): a short line whose subject is
    /// "this" and one of them ("THIS CONTENT HAS BEEN ARCHIVED", "This article is more than 17
    /// years old") is the site's note about the page, never the title nor an item.
    #[serde(default)]
    pub page_self_nouns: Vec<String>,
    /// Labels of a letter's or a release's closing list ("Signatories", "Copies to", "For
    /// further information, please contact", "In solidarity"), folded, without the colon or
    /// comma that ends the line: after the body, such a line and the names, addresses and
    /// contacts under it are no finding.
    #[serde(default)]
    pub closing_list_labels: Vec<String>,
    /// Head nouns of an organisation's definition of itself ("X is an independent watchdog
    /// organization that …", "a global movement of …"): such a paragraph is the text's "About"
    /// box without its label.
    #[serde(default)]
    pub organisation_nouns: Vec<String>,
    /// Verbs of the authors sending their own letter ("wrote to", "addressed"): a first
    /// paragraph opening with "On <date>," and holding one is dated by that day.
    #[serde(default)]
    pub letter_sending_verbs: Vec<String>,
    /// Bodies whose sessions a delivered statement names on a line under its title ("Human
    /// Rights Council 33rd Session"): such a short line above the body goes.
    #[serde(default)]
    pub session_line_openings: Vec<String>,
    /// A delegation's office in a statement's letterhead ("mission to the", "presidency of the
    /// council of the european union"): a short name line above the body, a few capitalised
    /// words (whose office) and then one of these and a body's name, goes.
    #[serde(default)]
    pub delegation_offices: Vec<String>,
    /// A parliament record's chamber lines ("in the house of representatives"), whole lines
    /// above the body of a member's remarks: they go, with the member's line above.
    #[serde(default)]
    pub chamber_lines: Vec<String>,
    /// Marks of a photo caption inside a short line ("Photo by", "Photo:").
    #[serde(default)]
    pub caption_markers: Vec<String>,
    /// Kinds of a companion piece whose link sits inside a story, its kind in capitals first
    /// ("INTERVIEW with …", "WATCH: …"): see [`TextRules::media_link_line`].
    #[serde(default)]
    pub media_link_labels: Vec<String>,
    /// A broadcaster's labels opening a picture's caption or credit line ("Image caption …",
    /// "Image source, …"), folded: the line goes, and so does the alt text right above it.
    #[serde(default)]
    pub caption_line_labels: Vec<String>,
    /// Marks placing a person in a photo ("(C)", "(left)", ", right,"): a short line holding
    /// one and ending in no sentence end is a caption ("X (C), stands accused of …").
    #[serde(default)]
    pub caption_position_marks: Vec<String>,
    /// Picture agencies credited in brackets at a caption's end ("(AFP)", "[EPA]", "(AFP,
    /// Reuters)"): a short line ending in such a credit, with no sentence end before it, is a
    /// caption (after a full stop the credit is a digest's source, "… to study. (AP)").
    #[serde(default)]
    pub caption_agencies: Vec<String>,
    /// Verbs in the present tense of what a photo shows ("looks", "speaks", "demonstrates"): a
    /// short line with one that ends in a date is a caption ("X looks out from a cage during his
    /// trial in Aktau, October 8, 2012.").
    #[serde(default)]
    pub caption_scene_verbs: Vec<String>,
    /// Times a caption names at its end in place of a date ("earlier this month", "last
    /// week"): a one-sentence paragraph with no finite verb that ends in one, or in a date,
    /// is a picture's caption wherever it stands
    /// ([`crate::corpus::import::boilerplate::drop_dated_scene_captions`]).
    #[serde(default)]
    pub caption_scene_times: Vec<String>,
    /// Plural nouns of those who make a call together ("organizations", "groups", "others"):
    /// a subject that joined them or is among them, right before a call's participle, makes
    /// the call ("The CPJ has joined over two dozen organizations calling for …").
    #[serde(default)]
    pub caller_group_nouns: Vec<String>,
    /// Nouns of a picture that open a figure's label with "of" ("Map of …", "Photo of …"): a
    /// short line opening so, with no finite verb, labels a picture and is no sentence of the
    /// text; so does one word, such a noun and "for" ("Header image for news printout").
    #[serde(default)]
    pub figure_label_nouns: Vec<String>,
    /// Function words of the other languages a host site may print its furniture in (German,
    /// French, Spanish, Russian): below an English text's last paragraph, the lines written in
    /// such a language are the site's, not the document's.
    #[serde(default)]
    pub foreign_function_words: Vec<String>,
    /// Words in a title after which a named country is the speaker ("U.S. Statement at …").
    #[serde(default)]
    pub speaker_title_words: Vec<String>,
    /// Words right before a place named in passing: where someone travels to or comes from,
    /// whose citizen someone is, a neighbour ("fled to Kyrgyzstan", "a citizen of Uzbekistan",
    /// "clashes with Tajikistan"). Such a mention does not count towards a text's subject.
    #[serde(default)]
    pub passing_place_words: Vec<String>,
    /// Nouns after a region's adjective, or before "of" and its name, that speak of its countries
    /// as a whole with a determiner ("the five Central Asian countries", "all countries of Central
    /// Asia"); the singular forms follow "each"/"every" ("each Central Asian country").
    #[serde(default)]
    pub region_whole_nouns: Vec<String>,
    #[serde(default)]
    pub region_whole_singular_nouns: Vec<String>,
    /// Words before a region's adjective that pick some of its countries, not all ("several
    /// Central Asian states", "other Central Asian governments"): no bare plural of the whole.
    #[serde(default)]
    pub region_part_words: Vec<String>,
    /// Participles of feeling before "by" and what causes the feeling ("'Deeply Troubled' By
    /// Detention Of …"): the words after "by" are no list of speakers.
    #[serde(default)]
    pub feeling_participles: Vec<String>,
    /// Verbs of seeing or learning after "is encouraged to" ("The United States is encouraged
    /// to see …"): the speaker is pleased, no one is asked.
    #[serde(default)]
    pub perceiving_verbs: Vec<String>,
    /// Adjectives of a person's certainty before "that" ("Rights defenders are confident that
    /// the officials should …"): the clause is their view, read as theirs, not an impersonal
    /// judgment ("It is unacceptable that …").
    #[serde(default)]
    pub belief_adjectives: Vec<String>,
    /// Participles of a cause before an actor and its "to" ("…, prompting Human Rights Watch to
    /// call for …"): the actor's own call, told as what the events led to.
    #[serde(default)]
    pub causing_participles: Vec<String>,
    /// Starts of a header line naming the office that published a statement ("Delegation of
    /// the European Union to …", "Embassy of …"): a label above the title, not the title.
    #[serde(default)]
    pub publisher_labels: Vec<String>,
    /// Cities a news release's dateline names on a line of its own ("NEW YORK").
    #[serde(default)]
    pub dateline_places: Vec<String>,
    /// News agencies a wire story's dateline credits in brackets or slashes after its place
    /// ("Dushanbe (AsiaNews) –", "New York [US], July 6 (ANI):", "MOSCOW, March 3. /TASS/."):
    /// with one of them the place may be any capitalised name.
    #[serde(default)]
    pub wire_agencies: Vec<String>,
    /// The letters of an honour after a name ("MBE", "CMG"), as written: a speaker's name alone
    /// on its line with one after it ("Deirdre Brown MBE") is a statement page's byline.
    #[serde(default)]
    pub post_nominals: Vec<String>,
    /// Nouns of those who hold or try people, or whose demands a story tells ("police",
    /// "prosecutors", "protesters"): with one of them as its subject, "demanded"/"asked" tells
    /// what happened, not a recommendation ("The officers demanded that the three go with
    /// them", "Prosecutors asked for seven years").
    #[serde(default)]
    pub enforcer_nouns: Vec<String>,
    /// Verbs of a crowd coming together ("rallied", "gathered", "marched"): a call after one,
    /// or by people named by no organisation right after a sentence telling one, is the
    /// protest's own demand told by a story, not a recommendation.
    #[serde(default)]
    pub gathering_verbs: Vec<String>,
    /// Words that open a phrase of nouns ("absent", "despite", "without"; "including" anywhere
    /// in it): "… and demands"/"… and calls for" inside such a phrase, with no comma between,
    /// is a noun joined to the phrase's nouns ("Absent firm commitments … and demands from …",
    /// "…, including pressure on … and demands that …"), not a call.
    #[serde(default)]
    pub noun_phrase_openers: Vec<String>,
    /// Verbs of holding a protest ("organized", "staged", "held"): with one of
    /// `protest_nouns` as its object, a call after it in its sentence tells what the protest
    /// asked ("… organized a similar protest on May 27, urging the authorities to …").
    #[serde(default)]
    pub protest_holding_verbs: Vec<String>,
    /// Nouns of a protest held ("protest", "rally", "demonstration", "picket").
    #[serde(default)]
    pub protest_nouns: Vec<String>,
    /// Nouns of a bill or a law ("bill", "draft", "amendments"): a call whose subject is one,
    /// or "It" right after a sentence opening on one, tells what the text of law provides
    /// ("It calls for … to be punished by up to a year in jail"), not a recommendation.
    #[serde(default)]
    pub legislation_nouns: Vec<String>,
    /// Verbs with which a letter's writer says why they write ("We are writing to you … to
    /// express support … and urge you to …"): a recommending verb in the infinitive of their
    /// purpose is the writer's own call, however far it comes.
    #[serde(default)]
    pub writing_verbs: Vec<String>,
    /// What a page asks its reader to do with it ("read", "familiarize", "download"): "We
    /// invite you to familiarize yourself with …", "You can read whichever you prefer (we
    /// recommend both)" is a tip to the reader, no call on an actor.
    #[serde(default)]
    pub reader_verbs: Vec<String>,
    /// Verbs and nouns of rejection ("rejected", "ignored", "turned down", "refusal"): a
    /// call's noun that is their object ("The government has rejected the Council's call to
    /// release …") tells a call refused, no call of the writer's.
    #[serde(default)]
    pub rejection_verbs: Vec<String>,
    /// Participles after a call's noun that tell what became of it ("… had their appeal for
    /// pardon rejected", "Requests … were denied"): the call is told, not made.
    #[serde(default)]
    pub rejection_participles: Vec<String>,
    /// Nouns of a document that may speak of itself ("briefing", "report", "paper"): "This
    /// briefing … identifies key recommendations …" describes the text, asks nothing.
    #[serde(default)]
    pub document_nouns: Vec<String>,
    /// Verbs with which a document tells what it holds ("highlights", "identifies", "makes",
    /// "sets out").
    #[serde(default)]
    pub presenting_verbs: Vec<String>,
    /// A letter's courtesy after "Please" ("accept", "allow me"): "Please accept the
    /// assurances of our highest consideration" asks nothing of the addressee's office.
    #[serde(default)]
    pub letter_courtesy: Vec<String>,
    /// Nouns of an occasion ("opportunity", "chance"): "The visit is a rare opportunity for
    /// the European Union to press for …" asks the actor to seize it.
    #[serde(default)]
    pub occasion_nouns: Vec<String>,
    /// Verbs that report what someone says or thinks ("says", "told", "insists"): "Karimov …
    /// says he has to be tough …", an obligation on the pronoun right after one, tells the
    /// speaker's view of himself, no call on an actor (unless in the passive: "said he must be
    /// released" asks for his release).
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    /// Verbs of putting words out on a page or an account ("posted", "wrote", "tweeted"):
    /// with the place they went out on between the verb and "that" ("… posted on her social
    /// media account, formerly Twitter, that during a meeting … she reiterated her call for
    /// …"), the that-clause's call is reported, as after "said that".
    #[serde(default)]
    pub publishing_verbs: Vec<String>,
    /// Verbs of putting a document or an action out ("issued", "launched", "adopted"): their
    /// object, an article and at most three words, then a call's participle ("Amnesty has
    /// launched an urgent action calling on …", "… adopted a declaration urging …") is a
    /// document that calls, whatever its noun.
    #[serde(default)]
    pub issuing_verbs: Vec<String>,
    /// Nouns naming a court or a judge ("court", "judge", "tribunal"): with one of
    /// `ruling_verbs` after it, the that-clause tells the ruling ("The city court ruled that the
    /// association should be closed"), not a call on an actor.
    #[serde(default)]
    pub court_nouns: Vec<String>,
    /// Verbs by which a law states what it provides ("provides", "stipulates", "stresses"):
    /// after one of `legislation_nouns` (or a noun named legal by its adjective, "its
    /// constitutional framework"), the that-clause's obligation is the law's content ("The
    /// Criminal Procedural Code provides that an official body should not investigate …").
    #[serde(default)]
    pub provision_verbs: Vec<String>,
    /// Verbs of a court's ruling ("ruled", "decided", "ordered"): see `court_nouns`.
    #[serde(default)]
    pub ruling_verbs: Vec<String>,
    /// Titles of a state's office holders ("president", "prime minister", "minister",
    /// "akim"): an obligation inside a quotation its paragraph attributes to one of the country
    /// the report is about ("“… these bodies need to be purged …,” the president stressed") is
    /// that government's own plan, not a call on an actor.
    #[serde(default)]
    pub office_titles: Vec<String>,
    /// Bodies of a state whose head speaks for its government ("the head of the special
    /// services", "the chairman of the State Committee"): "head"/"chairman"/"chief" of one is an
    /// office holder as an `office_titles` entry is.
    #[serde(default)]
    pub state_body_nouns: Vec<String>,
    /// Words that make a speaker with an office title someone else's, or out of office
    /// ("European Council President …", "former president", "opposition").
    #[serde(default)]
    pub office_outsider_words: Vec<String>,
    /// Verbs by which a government announces its own course ("affirmed", "declared",
    /// "promised"): with the verbs of saying, an obligation in their that-clause whose subject is
    /// an office holder of a country the report is about tells that government's own plan.
    #[serde(default)]
    pub pledge_verbs: Vec<String>,
    /// Nouns that name a state as a whole when a country the report is about qualifies them
    /// ("Kazakh authorities", "the government of Tajikistan"): such a speaker's own call in the
    /// past tense is the story's event, no call of the text's.
    #[serde(default)]
    pub state_voice_nouns: Vec<String>,
    /// Verbs of stressing ("stressed", "emphasises", "underlined"): as `reporting_verbs`, a
    /// that-clause after one reports what the speaker asks ("The EU stressed that limitations
    /// … should only be applied if …").
    #[serde(default)]
    pub emphasis_verbs: Vec<String>,
    /// Verbs of punishing ("jailed", "detained", "accused"): a call after one of them and its
    /// "for"/"of"/"with" is the ground of the punishment ("jailed for calling for reforms"),
    /// not a recommendation; negated after an obligation and "be" they ask ("People should not
    /// be criminalized for …").
    #[serde(default)]
    pub punishment_verbs: Vec<String>,
    /// Verbs of an abuse in their plain form ("torture", "beat", "kill"): a call whose
    /// infinitive is one of them is an abuse incited or encouraged, told, never asked ("Police
    /// are encouraged to torture detainees by a climate of impunity", "… urged his followers to
    /// beat the newspaper's staff").
    #[serde(default)]
    pub abuse_verbs: Vec<String>,
    /// Nouns of a punishment ("arrest", "charges", "conviction"): a sentence whose subject
    /// opens with one tells a case, and a call in its clause about what was punished ("The
    /// arrest related to a letter, which … called on the president to …") is the ground.
    #[serde(default)]
    pub punishment_nouns: Vec<String>,
    /// Participles of what is done to a person ("imprisoned", "criminalised", "silenced"):
    /// after a negated obligation in the passive they ask the authorities to refrain
    /// ("Journalists should not be imprisoned for their work").
    #[serde(default)]
    pub restraint_participles: Vec<String>,
    /// Adjectives of the state a thing or a person is asked to be in, after an obligation's
    /// "be" ("Journalists must be safe to …", "any restrictive measure must be legitimate and
    /// proportionate"): the obligation asks for it whoever the subject is.
    #[serde(default)]
    pub condition_adjectives: Vec<String>,
    /// Participles that judge or view rather than act ("seen", "considered"): after an
    /// obligation's "be" they ask for no action ("Such steps should be seen as a start").
    #[serde(default)]
    pub judging_participles: Vec<String>,
    /// Complements after an obligation's "be" that rank a matter first ("high on", "a
    /// priority"): "Human rights should be high on the agenda" asks those who set it.
    #[serde(default)]
    pub priority_complements: Vec<String>,
    /// Nouns of help ("assistance", "support"): "… and we are asking for your assistance."
    /// ends on a plea that names no action, no recommendation.
    #[serde(default)]
    pub plea_nouns: Vec<String>,
    /// Nouns of an event or a measure ("visit", "decision", "verdict"): as the head of a
    /// call's subject they tell what the event caused or the measure provides ("Ban's visit has
    /// encouraged activists to voice …", "The decision … called for restrictions to remain
    /// …"), no one's call.
    #[serde(default)]
    pub event_nouns: Vec<String>,
    /// Openings of a UN document's own title ("Summary record of …"), preferred to the
    /// convention's name printed above it in the letterhead.
    #[serde(default)]
    pub document_title_openings: Vec<String>,
    /// How a treaty's name opens when a UN letterhead captions it on short lines ("Convention ",
    /// "International Covenant"); matched with its case, at the start of a line.
    #[serde(default)]
    pub treaty_caption_openings: Vec<String>,
    /// Openings of a saved page's note on where it was taken from ("Published on Example Analyst
    /// (http://…)", "Printed from: https://…"); folded, matched at the start of a short line
    /// that also holds a web address.
    #[serde(default)]
    pub source_line_openings: Vec<String>,
    /// An earlier document a speaker names after "In its" ("In its concluding observations on
    /// … in 2013, the Committee urged …"): the opening may run longer before its year and comma,
    /// and the call it recounts is background.
    #[serde(default)]
    pub background_documents: Vec<String>,
    /// Weights of the title's features and the report-kind phrases (`[title]`); a rules file
    /// without the table uses the built-in one.
    #[serde(default)]
    pub title: Option<super::import::TitleScoring>,
}

/// The cue lists the sentence reader matches word by word (`crate::corpus::import::cues`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueList {
    RecommendingVerbs,
    ObligationWords,
    FindingPhrases,
    ConnectivePhrases,
    RecommendingOpenings,
}

impl CueList {
    const ALL: [CueList; 5] = [
        CueList::RecommendingVerbs,
        CueList::ObligationWords,
        CueList::FindingPhrases,
        CueList::ConnectivePhrases,
        CueList::RecommendingOpenings,
    ];

    /// The list's bit in [`WordCues::lists`].
    pub fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// One cue phrase starting with a word of the [`CueIndex`]: its list, its index in the list and
/// its words after the first (split once when the rules are read, not at each comparison).
#[derive(Debug, Clone)]
pub struct CuePhrase {
    pub list: CueList,
    pub index: usize,
    /// (Shared, not copied, when the rules are cloned.)
    pub rest: std::sync::Arc<[Box<str>]>,
}

/// What the sentence reader needs to know of one (folded, clean) word, looked up once per word
/// of a sentence: the cue phrases starting with it and the word lists holding it.
#[derive(Debug, Clone, Default)]
pub struct WordCues {
    /// The cue phrases starting with the word, in list order.
    pub phrases: Vec<CuePhrase>,
    /// The lists ([`CueList::bit`]) of those phrases: a list without a phrase starting with the
    /// word is passed without reading them.
    pub lists: u8,
    /// The word is one of `imperative_verbs`.
    pub imperative: bool,
    /// The word is one of `skip_words`.
    pub skip: bool,
    /// The sentence reader's fixed word lists holding the word (their bits are the reader's:
    /// `import::FIXED_WORD_LISTS`).
    pub fixed: u32,
}

/// The cue phrases by their first (folded) word, and the one-word entries of the imperative
/// verbs and skip words: a word not in it starts no cue and is in neither list.
#[derive(Debug, Clone, Default)]
pub struct CueIndex {
    pub by_first_word: std::collections::HashMap<String, WordCues, super::phrases::WordHash>,
    /// Which words can be keys: a word it rules out (most words) is not looked up.
    filter: super::phrases::WordFilter,
    /// The keys of one to eight bytes (most of them, and most words of a text) as numbers
    /// ([`super::phrases::packed_word`]), giving the index of their entry in `short_entries`: a
    /// word is told apart in one or two comparisons of numbers, not hashed.
    short: super::phrases::ShortWords,
    short_entries: Vec<WordCues>,
}

impl CueIndex {
    /// The entry of `word`, made when new (the word is copied as a key only then: most words
    /// of the lists are entered more than once).
    fn entry(&mut self, word: &str) -> Option<&mut WordCues> {
        if !self.by_first_word.contains_key(word) {
            self.by_first_word
                .insert(word.to_string(), WordCues::default());
        }
        self.by_first_word.get_mut(word)
    }

    fn finish(&mut self) {
        let mut filter = super::phrases::WordFilter::default();
        let mut short = Vec::new();
        // (The entries of short keys move to `short_entries`, where they are looked up: the
        // map keeps the longer keys only, and nothing is copied.)
        self.by_first_word.retain(|key, cues| {
            let bytes = key.as_bytes();
            filter.add(bytes);
            match super::phrases::packed_word(bytes) {
                Some(packed) => {
                    short.push((packed, std::mem::take(cues)));
                    false
                }
                None => true,
            }
        });
        self.filter = filter;
        self.short = super::phrases::ShortWords::new(short.iter().map(|&(k, _)| k));
        self.short_entries = short.into_iter().map(|(_, cues)| cues).collect();
    }

    /// The entry of one clean word (inlined into the sentence reader's loop over every word:
    /// most words are passed over by the filter at once).
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&WordCues> {
        let bytes = word.as_bytes();
        if !self.filter.may_contain(bytes) {
            return None;
        }
        self.get_filtered(word)
    }

    /// [`CueIndex::get`] of a word the filter let through.
    #[inline(never)]
    fn get_filtered(&self, word: &str) -> Option<&WordCues> {
        match super::phrases::packed_word(word.as_bytes()) {
            Some(key) => self.short.get(key).and_then(|i| self.short_entries.get(i)),
            None => self.by_first_word.get(word),
        }
    }
}

/// Longest line read as a site's menu of regions (bytes).
const REGION_MENU_MAX_BYTES: usize = 120;
/// Fewest regions that make such a menu.
const REGION_MENU_MIN_REGIONS: usize = 3;

/// `drop_exact`/`stop_exact` as sets, and `drop_prefix`/`stop_prefix` by their first byte, so
/// that a line is compared with the few entries that can match it.
#[derive(Debug, Clone, Default)]
struct LineIndex {
    drop_exact: std::collections::HashSet<String, super::phrases::RuleHash>,
    stop_exact: std::collections::HashSet<String, super::phrases::RuleHash>,
    drop_prefix: PrefixIndex,
    stop_prefix: PrefixIndex,
    /// The longest entry of `drop_exact` and `stop_exact` (bytes).
    exact_max_len: usize,
    /// Searchers for `drop_contains`, `caption_markers` and the link prompts of more than one
    /// word, built once (a line is searched once for all the entries of each).
    drop_contains: AnyOf,
    caption_markers: AnyOf,
    link_prompt_phrases: AnyOf,
    /// The bytes that follow a `caption_position_marks` entry's opening "(" or ", " (its
    /// first letter, as a set of 256 bits): a bracket or comma before any other byte opens
    /// no mark, and is not compared with each.
    position_mark_keys: [u64; 4],
}

/// The byte after a position mark's opening "(" or ", " ("(left)": 'l'; ", right,": 'r').
fn position_mark_key(mark: &[u8]) -> Option<u8> {
    match mark {
        [b'(', key, ..] | [b',', b' ', key, ..] => Some(*key),
        _ => None,
    }
}

/// Most words [`ReadLine`] counts: every rule of `classify` that limits a line's length in
/// words asks no more.
const READ_LINE_MAX_WORDS: usize = LONG_CAPTION_MAX_WORDS + 1;

/// A line as `classify` reads it: its text and its number of words (as `split_whitespace`
/// counts them, up to [`READ_LINE_MAX_WORDS`]), counted once — by the line pass, which knows
/// it, or when a rule first asks — for every rule that limits a line's length in words.
struct ReadLine<'a> {
    text: &'a str,
    words: std::cell::Cell<Option<usize>>,
}

impl<'a> ReadLine<'a> {
    /// `text`, with its `split_whitespace` count when the caller knows it.
    fn new(text: &'a str, words: Option<usize>) -> Self {
        debug_assert!(words.is_none_or(|w| w == text.split_whitespace().count()));
        ReadLine {
            text,
            words: std::cell::Cell::new(words.map(|w| w.min(READ_LINE_MAX_WORDS))),
        }
    }

    /// The line's number of words, no more than `cap` (at most [`READ_LINE_MAX_WORDS`]).
    fn words_upto(&self, cap: usize) -> usize {
        debug_assert!(cap <= READ_LINE_MAX_WORDS);
        let words = self.words.get().unwrap_or_else(|| {
            let words = crate::corpus::import::words_upto(self.text, READ_LINE_MAX_WORDS);
            self.words.set(Some(words));
            words
        });
        words.min(cap)
    }
}

/// Searchers for each of `needles`.
fn finders<'a>(
    needles: impl IntoIterator<Item = &'a String>,
) -> Vec<memchr::memmem::Finder<'static>> {
    needles
        .into_iter()
        .map(|n| memchr::memmem::Finder::new(n.as_bytes()).into_owned())
        .collect()
}

/// Needles searched for together: one pass over a line for all of them (a line is searched
/// for a score of caption markers), by a vector search for a few bytes of every needle at
/// once, instead of a search for each needle.
#[derive(Debug, Clone, Default)]
struct AnyOf {
    /// `None` for no needles (none is ever found), or should the searcher not build.
    searcher: Option<aho_corasick::AhoCorasick>,
    /// The needles searched one by one when the searcher did not build.
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl AnyOf {
    fn new<'a>(needles: impl IntoIterator<Item = &'a String>) -> Self {
        let needles: Vec<&String> = needles.into_iter().collect();
        if needles.is_empty() {
            return AnyOf::default();
        }
        // (Whether a needle occurs is all that is asked: the leftmost match kind lets the
        // vector search run first; the automaton behind it is built plainly, at little cost.)
        let built = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(&needles);
        match built {
            Ok(searcher) => AnyOf {
                searcher: Some(searcher),
                finders: Vec::new(),
            },
            Err(_) => AnyOf {
                searcher: None,
                finders: finders(needles),
            },
        }
    }

    /// Whether one of the needles occurs in `line`.
    fn occurs_in(&self, line: &str) -> bool {
        match &self.searcher {
            Some(searcher) => searcher.is_match(line),
            None => self
                .finders
                .iter()
                .any(|f| f.find(line.as_bytes()).is_some()),
        }
    }
}

/// Prefixes by their first byte (an empty prefix starts every line).
#[derive(Debug, Clone, Default)]
struct PrefixIndex {
    /// The prefixes opening with each byte, indexed by the byte (256 lists once built).
    by_first_byte: Vec<Vec<String>>,
    empty: bool,
}

impl PrefixIndex {
    fn new(prefixes: &[String]) -> Self {
        let mut index = PrefixIndex {
            by_first_byte: vec![Vec::new(); 256],
            empty: false,
        };
        for p in prefixes {
            match p.as_bytes().first() {
                Some(&b) => index.by_first_byte[usize::from(b)].push(p.clone()),
                None => index.empty = true,
            }
        }
        index
    }

    /// Whether one of the prefixes starts `line`.
    fn starts(&self, line: &str) -> bool {
        self.empty
            || line.as_bytes().first().is_some_and(|&b| {
                self.by_first_byte
                    .get(usize::from(b))
                    .is_some_and(|ps| ps.iter().any(|p| line.starts_with(p.as_str())))
            })
    }
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
            &mut self.article_pager_prefix,
            &mut self.recommendation_lead_in,
            &mut self.recommendation_heading,
            &mut self.footnote_headings,
            &mut self.actor_nouns,
            &mut self.government_seats,
            &mut self.actor_modifiers,
            &mut self.person_actor_nouns,
            &mut self.honorifics,
            &mut self.pronouns,
            &mut self.drop_suffix,
            &mut self.pager_words,
            &mut self.region_menu_words,
            &mut self.region_menu_regions,
            &mut self.language_names,
            &mut self.share_buttons,
            &mut self.share_platforms,
            &mut self.date_context_words,
            &mut self.page_date_words,
            &mut self.recital_openings,
            &mut self.date_context_nouns,
            &mut self.addressing_prefix,
            &mut self.recommending_verbs,
            &mut self.obligation_words,
            &mut self.saying_verbs,
            &mut self.finding_phrases,
            &mut self.imperative_verbs,
            &mut self.skip_words,
            &mut self.connective_phrases,
            &mut self.recommending_openings,
            &mut self.necessity_adjectives,
            &mut self.link_prompts,
            &mut self.other_language_words,
            &mut self.stop_words,
            &mut self.tag_labels,
            &mut self.counter_words,
            &mut self.news_rubric_words,
            &mut self.headline_rubrics,
            &mut self.box_end_lines,
            &mut self.comment_headings,
            &mut self.chrome_verbs,
            &mut self.provenance_phrases,
            &mut self.site_words,
            &mut self.consent_words,
            &mut self.topic_nouns,
            &mut self.action_nouns,
            &mut self.demand_verbs,
            &mut self.background_openings,
            &mut self.reported_lead_ins,
            &mut self.question_document_openings,
            &mut self.topic_lead_in_endings,
            &mut self.praise_participles,
            &mut self.effort_nouns,
            &mut self.importance_verbs,
            &mut self.state_gerunds,
            &mut self.preamble_participles,
            &mut self.polite_request_phrases,
            &mut self.necessity_nouns,
            &mut self.hope_verbs,
            &mut self.account_verbs,
            &mut self.background_adverbs,
            &mut self.call_receiving_verbs,
            &mut self.account_giving_verbs,
            &mut self.related_link_labels,
            &mut self.account_nouns,
            &mut self.state_party,
            &mut self.speaker_title_words,
            &mut self.passing_place_words,
            &mut self.region_whole_nouns,
            &mut self.region_whole_singular_nouns,
            &mut self.region_part_words,
            &mut self.feeling_participles,
            &mut self.perceiving_verbs,
            &mut self.belief_adjectives,
            &mut self.causing_participles,
            &mut self.salutation_words,
            &mut self.salutation_openings,
            &mut self.address_openings,
            &mut self.caption_label_words,
            &mut self.map_label_words,
            &mut self.site_tagline_openings,
            &mut self.page_self_nouns,
            &mut self.closing_list_labels,
            &mut self.organisation_nouns,
            &mut self.letter_sending_verbs,
            &mut self.session_line_openings,
            &mut self.delegation_offices,
            &mut self.chamber_lines,
            &mut self.caption_markers,
            &mut self.caption_line_labels,
            &mut self.background_times,
            &mut self.media_link_labels,
            &mut self.caption_position_marks,
            &mut self.caption_agencies,
            &mut self.caption_scene_verbs,
            &mut self.caption_scene_times,
            &mut self.caller_group_nouns,
            &mut self.figure_label_nouns,
            &mut self.foreign_function_words,
            &mut self.publisher_labels,
            &mut self.dateline_places,
            &mut self.wire_agencies,
            &mut self.enforcer_nouns,
            &mut self.gathering_verbs,
            &mut self.noun_phrase_openers,
            &mut self.protest_holding_verbs,
            &mut self.protest_nouns,
            &mut self.legislation_nouns,
            &mut self.provision_verbs,
            &mut self.writing_verbs,
            &mut self.reader_verbs,
            &mut self.rejection_verbs,
            &mut self.rejection_participles,
            &mut self.document_nouns,
            &mut self.presenting_verbs,
            &mut self.letter_courtesy,
            &mut self.occasion_nouns,
            &mut self.reporting_verbs,
            &mut self.publishing_verbs,
            &mut self.issuing_verbs,
            &mut self.court_nouns,
            &mut self.ruling_verbs,
            &mut self.office_titles,
            &mut self.state_body_nouns,
            &mut self.office_outsider_words,
            &mut self.pledge_verbs,
            &mut self.state_voice_nouns,
            &mut self.emphasis_verbs,
            &mut self.punishment_verbs,
            &mut self.abuse_verbs,
            &mut self.punishment_nouns,
            &mut self.restraint_participles,
            &mut self.condition_adjectives,
            &mut self.judging_participles,
            &mut self.priority_complements,
            &mut self.plea_nouns,
            &mut self.event_nouns,
            &mut self.document_title_openings,
        ] {
            for entry in list.iter_mut().filter(|e| !crate::text::is_plain_folded(e)) {
                *entry = fold(&crate::text::normalize_whitespace(entry));
            }
        }
        self.title = self.title.map(super::import::TitleScoring::folded);
        // (Looked up by binary search, word by word.)
        self.chrome_verbs.sort();
        self.chrome_verb_openings = [0; 11];
        for v in &self.chrome_verbs {
            if let [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] = v.as_bytes() {
                let bit = usize::from(a - b'a') * 26 + usize::from(b - b'a');
                self.chrome_verb_openings[bit / 64] |= 1 << (bit % 64);
            }
        }
        self.site_words.sort();
        self.consent_words.sort();
        self.other_language_words.sort();
        self.stop_words.sort();
        self.stop_words.dedup();
        self.counter_words.sort();
        self.caption_agencies.sort();
        self.caption_scene_verbs.sort();
        self.foreign_function_words.sort();
        self.foreign_function_words.dedup();
        self.provenance_anchors = self
            .provenance_phrases
            .iter()
            .filter_map(|p| p.split(' ').max_by_key(|w| w.len()))
            .map(str::to_string)
            .collect();
        self.provenance_anchors.sort();
        self.provenance_anchors.dedup();
        for list in [&mut self.author_prefix, &mut self.addressee_lowercase] {
            for entry in list.iter_mut() {
                *entry = crate::text::sanitize(entry);
            }
        }
        let mut index = CueIndex::default();
        for list in CueList::ALL {
            for (i, phrase) in self.cue_list(list).iter().enumerate() {
                let mut parts = phrase.split_whitespace();
                if let Some(cues) = parts.next().and_then(|first| index.entry(first)) {
                    cues.lists |= list.bit();
                    cues.phrases.push(CuePhrase {
                        list,
                        index: i,
                        rest: parts.map(Box::from).collect(),
                    });
                }
            }
        }
        // (A sentence's clean word holds no space: only one-word entries can equal one.)
        for verb in self.imperative_verbs.iter().filter(|v| !v.contains(' ')) {
            if let Some(cues) = index.entry(verb) {
                cues.imperative = true;
            }
        }
        for word in self.skip_words.iter().filter(|v| !v.contains(' ')) {
            if let Some(cues) = index.entry(word) {
                cues.skip = true;
            }
        }
        for &(bit, words) in super::import::FIXED_WORD_LISTS {
            for word in words {
                if let Some(cues) = index.entry(word) {
                    cues.fixed |= bit;
                }
            }
        }
        for word in self.occasion_nouns.iter().filter(|v| !v.contains(' ')) {
            if let Some(cues) = index.entry(word) {
                cues.fixed |= super::import::OCCASION;
            }
        }
        index.finish();
        self.cue_index = index;
        self.lead_in_finders = finders(&self.recommendation_lead_in);
        self.heading_finders = finders(&self.recommendation_heading);
        self.speaker_finders = finders(&self.speaker_title_words);
        self.line_index = LineIndex {
            drop_exact: self.drop_exact.iter().cloned().collect(),
            stop_exact: self.stop_exact.iter().cloned().collect(),
            drop_prefix: PrefixIndex::new(&self.drop_prefix),
            stop_prefix: PrefixIndex::new(&self.stop_prefix),
            exact_max_len: self
                .drop_exact
                .iter()
                .chain(&self.stop_exact)
                .map(String::len)
                .max()
                .unwrap_or(0),
            drop_contains: AnyOf::new(&self.drop_contains),
            caption_markers: AnyOf::new(&self.caption_markers),
            link_prompt_phrases: AnyOf::new(self.link_prompts.iter().filter(|p| p.contains(' '))),
            position_mark_keys: self
                .caption_position_marks
                .iter()
                .filter_map(|m| position_mark_key(m.as_bytes()))
                .fold([0; 4], |mut keys, b| {
                    keys[usize::from(b / 64)] |= 1 << (b % 64);
                    keys
                }),
        };
        self
    }

    /// The phrases of one cue list.
    pub fn cue_list(&self, list: CueList) -> &[String] {
        match list {
            CueList::RecommendingVerbs => &self.recommending_verbs,
            CueList::ObligationWords => &self.obligation_words,
            CueList::FindingPhrases => &self.finding_phrases,
            CueList::ConnectivePhrases => &self.connective_phrases,
            CueList::RecommendingOpenings => &self.recommending_openings,
        }
    }

    /// Classifies one line (already folded and whitespace-collapsed).
    pub fn classify(&self, folded_line: &str) -> LineRule {
        self.classify_counted(folded_line, None)
    }

    /// [`TextRules::classify`] of a line whose words the caller has counted already (`words`:
    /// its `split_whitespace` count, when known): the rules that limit a line's length in
    /// words read that count instead of splitting the line again.
    pub(crate) fn classify_counted(&self, folded_line: &str, words: Option<usize>) -> LineRule {
        // A chrome line may come as a bullet of a widget list ("• Smaller Small Medium Big").
        let line = folded_line.trim();
        let line = line
            .strip_prefix(['•', '-', '*', '·', '|'])
            .map_or(line, str::trim_start);
        // "|": a separator of a page's header row left alone on its line carries nothing.
        if line.is_empty() && folded_line.trim() == "|" {
            return LineRule::Drop;
        }
        // "1. Public (visible without login)": a widget's entries copied as a numbered list.
        // (The number's digits are counted from the start: a paragraph is not searched for
        // ". ".)
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if let Some(rest) = line[digits..]
            .strip_prefix(". ")
            .filter(|_| (1..=2).contains(&digits))
        {
            let index = &self.line_index;
            let rest = rest.trim();
            // ("2. Skip to main menu": a page's skip links set as a numbered list.)
            if (rest.len() <= index.exact_max_len && index.drop_exact.contains(rest))
                || (index.drop_prefix.starts(rest)
                    && rest
                        .split_whitespace()
                        .nth(NUMBERED_CHROME_MAX_WORDS)
                        .is_none())
            {
                return LineRule::Drop;
            }
        }
        // "![Alt text](/static/img/plug.webp)": an image copied as Markdown, alone on its line.
        if line.starts_with("![") && line.ends_with(')') && line.contains("](") {
            return LineRule::Drop;
        }
        // "[Check against delivery]"
        let bracketed = line.strip_prefix('[').and_then(|l| l.strip_suffix(']'));
        // "[186 Words]", "[Luxembourg 2005 Presidency of the Council]": a short editorial or
        // site note in brackets; one holding a date ("[16 August 2010]") stays.
        if bracketed.is_some_and(|inner| {
            inner.split_whitespace().count() <= BRACKET_NOTE_MAX_WORDS
                && !inner.contains(['[', ']'])
                && crate::corpus::import::dates::find_date(inner).is_none()
        }) {
            return LineRule::Drop;
        }
        let line = bracketed.unwrap_or(line).trim();
        // (The caller's count is the line's when nothing was trimmed or stripped off.)
        let read = ReadLine::new(line, words.filter(|_| line.len() == folded_line.len()));
        let index = &self.line_index;
        // A line longer than every exact entry is none of them (and is not hashed).
        let exact = line.len() <= index.exact_max_len;
        // ("Dear readers," opens a site's appeal to its readers: a stop line, though a
        // salutation.)
        if exact && index.stop_exact.contains(line) {
            return LineRule::Stop;
        }
        // A line of more words than a caption or a `drop_contains` line may have (a paragraph)
        // is searched for neither's phrases. Its words are counted (only as far as that limit)
        // when it is longer than `COUNTED_LINE_MIN_BYTES`: counting a shorter one costs about
        // what the searches it may spare do.
        // When the line pass counted the words, the count tells at once, whatever the line's
        // length: a line of more words than a caption (`CAPTION_MAX_WORDS`) that ends in no
        // credit's bracket is no caption, and one of more than `DROP_CONTAINS_MAX_WORDS` is no
        // `drop_contains` line (most paragraphs: none of their searches runs).
        let counted = read.words.get();
        let long = match counted {
            Some(words) => words > LONG_CAPTION_MAX_WORDS,
            None => {
                line.len() > COUNTED_LINE_MIN_BYTES
                    && read.words_upto(LONG_CAPTION_MAX_WORDS + 1) > LONG_CAPTION_MAX_WORDS
            }
        };
        // "Delivered by Jane Example" / "Statement read by John Example": a delivered
        // statement's byline, printed again under the statement's heading, is neither a
        // heading nor an item (a line running on into the statement is body).
        if Self::is_delivery_byline(line) || is_field_row(line) || is_release_label(line) {
            return LineRule::Drop;
        }
        // "In this Tuesday, Oct. 11, 2027 file photo, a reporter …": a news agency's caption
        // opens on the picture it describes, however long it runs.
        if !long && Self::is_this_picture_caption(line) {
            return LineRule::Drop;
        }
        let caption_room =
            !long && counted.is_none_or(|words| words <= CAPTION_MAX_WORDS || line.ends_with(')'));
        let contains_room = !long && counted.is_none_or(|words| words <= DROP_CONTAINS_MAX_WORDS);
        if self.is_salutation(&read)
            || (caption_room && self.is_read_caption(&read))
            || self.is_agency_credit(line)
        {
            return LineRule::Drop;
        }
        // Navigation rows and pairs need a '|' (most lines have none, and are not split).
        let bar = memchr::memchr(b'|', line.as_bytes()).is_some();
        if index.stop_prefix.starts(line)
            || self.is_comments_heading(line)
            || self.is_article_pager(line)
        {
            LineRule::Stop
        } else if (exact && index.drop_exact.contains(line))
            || index.drop_prefix.starts(line)
            // (A long line holding "©" is a paragraph with a photo credit glued to it.)
            || (contains_room
                && index.drop_contains.occurs_in(line)
                && read.words_upto(DROP_CONTAINS_MAX_WORDS + 1) <= DROP_CONTAINS_MAX_WORDS)
            // (The last bytes compared first: most lines end in none of the suffixes'.)
            || self.drop_suffix.iter().any(|s| {
                s.as_bytes()
                    .last()
                    .is_none_or(|b| line.as_bytes().last() == Some(b))
                    && line.ends_with(s.as_str())
            })
            || self.is_pager(line)
            || self.is_region_menu(line)
            || self.is_language_switcher(line)
            || self.is_share_row(line)
            || Self::is_desk_byline(line)
            || self.is_agency_byline(line)
            || self.is_link_prompt(&read)
            || self.is_counter(line)
            || self.is_category_field(line)
            || self.is_tag_field(line)
            || self.is_bare_credit_or_label(line)
            || self.is_honours_byline(line)
            || (bar && is_nav_row(line))
            || (bar && self.is_nav_pair(line))
            || is_metadata_scrap(line)
            || is_foreign_label(line)
            || self.is_other_language_label(line)
            || is_stray_token(&read)
            || is_toc_entry(line)
            || is_agency_tag(line)
            || is_post_signature(line)
            || is_media_type(line)
            || (contains_room && is_rights_notice(line))
            || is_source_line(line)
            || self.is_page_note(line)
        {
            LineRule::Drop
        } else {
            LineRule::Keep
        }
    }
}

impl TextRules {
    /// The first `recommendation_lead_in` entry in a folded lead-in, as a whole phrase
    /// ([`crate::corpus::import::has_whole_phrase`]).
    pub(crate) fn lead_in_cue(&self, folded: &str) -> Option<&String> {
        self.recommendation_lead_in
            .iter()
            .zip(&self.lead_in_finders)
            .find(|(cue, finder)| crate::corpus::import::has_whole_match(folded, cue, finder))
            .map(|(cue, _)| cue)
    }

    /// Whether a folded line holds, as a whole phrase, a `recommendation_lead_in` entry that
    /// is not a form of "recommend…" (a lead-in's verb), with the searchers built once.
    pub(crate) fn has_lead_in_verb(&self, folded: &str) -> bool {
        self.recommendation_lead_in
            .iter()
            .zip(&self.lead_in_finders)
            .filter(|(cue, _)| !cue.starts_with("recommend"))
            .any(|(cue, finder)| crate::corpus::import::has_whole_match(folded, cue, finder))
    }

    /// Where the first `speaker_title_words` entry found at a word's start stands in
    /// `title`, the earliest of all entries (`None` when none is).
    pub(crate) fn speaker_word_at(&self, title: &str) -> Option<usize> {
        let word_start = |at: &usize| super::phrases::is_word_start(title, *at);
        self.speaker_title_words
            .iter()
            .zip(&self.speaker_finders)
            .filter_map(|(w, finder)| {
                // (An empty entry is found at every character, not at every byte.)
                if w.is_empty() {
                    return title.match_indices("").map(|(at, _)| at).find(word_start);
                }
                finder.find_iter(title.as_bytes()).find(word_start)
            })
            .min()
    }

    /// Whether a folded heading holds a `recommendation_heading` entry at a word's start.
    pub(crate) fn has_heading_cue(&self, folded: &str) -> bool {
        let word_start = |at| super::phrases::is_word_start(folded, at);
        self.recommendation_heading
            .iter()
            .zip(&self.heading_finders)
            .any(|(cue, finder)| {
                // (An empty entry is found at every character, not at every byte.)
                if cue.is_empty() {
                    return folded.match_indices("").any(|(at, _)| word_start(at));
                }
                finder.find_iter(folded.as_bytes()).any(word_start)
            })
    }

    /// "About Example | Contact Us": two short links side by side, one of them a chrome line
    /// of its own (`drop_exact`).
    fn is_nav_pair(&self, line: &str) -> bool {
        let Some((a, b)) = line.split_once('|') else {
            return false;
        };
        let (a, b) = (a.trim(), b.trim());
        !b.contains('|')
            && [a, b]
                .iter()
                .all(|p| (1..=3).contains(&p.split_whitespace().count()) && !p.ends_with('.'))
            && [a, b]
                .iter()
                .any(|p| self.drop_exact.iter().any(|d| d == p))
    }

    /// "<<previous | index | next>>", "Previous Page Table Of Contents Next Page": every word
    /// is a pager word.
    pub(crate) fn is_pager(&self, line: &str) -> bool {
        // A word holds "previous" or "next" exactly when the line does (neither holds a
        // separator): other lines are not split.
        // (Searchers built once: `str::contains` builds one for each line.)
        static PREVIOUS: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new("previous"));
        static NEXT: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new("next"));
        let bytes = line.as_bytes();
        if line.len() > SHORT_LINE_MAX_BYTES
            || !(PREVIOUS.find(bytes).is_some() || NEXT.find(bytes).is_some())
        {
            return false;
        }
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '<' | '>' | '«' | '»'))
            .filter(|w| !w.is_empty())
            .collect();
        !words.is_empty()
            && words.len() <= 8
            && words
                .iter()
                .any(|w| w.contains("previous") || w.contains("next"))
            && words.iter().all(|w| {
                self.pager_words
                    .iter()
                    .any(|p| w == p || (w.len() > p.len() && w.contains(p.as_str())))
            })
    }

    /// "Afrique Ameriques Asie Moyen-Orient Internet Nations unies": a short line made only of
    /// `region_menu_words`, three of them `region_menu_regions`, is a site's menu of regions.
    fn is_region_menu(&self, line: &str) -> bool {
        if line.len() > REGION_MENU_MAX_BYTES || self.region_menu_regions.is_empty() {
            return false;
        }
        let is_separator = |c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ',');
        let menu_word = |w: &str| {
            self.region_menu_words.iter().any(|r| r == w)
                || self.region_menu_regions.iter().any(|r| r == w)
        };
        // (Most lines open with another word: they are not split further.)
        if !line
            .split(is_separator)
            .find(|w| !w.is_empty())
            .is_some_and(menu_word)
        {
            return false;
        }
        self.regions_named(line.split(is_separator).filter(|w| !w.is_empty()))
            .is_some_and(|regions| regions >= REGION_MENU_MIN_REGIONS)
    }

    /// How many of `region_menu_regions` the words (folded) name when every one of them is a
    /// region menu's word (`region_menu_words` or a region); `None` when one is not. Read by a
    /// menu of regions ([`TextRules::is_region_menu`]) and a region's section label above a
    /// story.
    pub(crate) fn regions_named<'w>(&self, words: impl Iterator<Item = &'w str>) -> Option<usize> {
        let mut regions = 0;
        for w in words {
            if self.region_menu_regions.iter().any(|r| r == w) {
                regions += 1;
            } else if !self.region_menu_words.iter().any(|r| r == w) {
                return None;
            }
        }
        Some(regions)
    }

    /// "THIS CONTENT HAS BEEN ARCHIVED", "This article is more than 17 years old": a short line
    /// whose subject is the page itself ("this" and one of `page_self_nouns`) and a verb after
    /// it, or "This was published … ago", the site's note about the page; not a question ("This
    /// page: who reads it?").
    fn is_page_note(&self, line: &str) -> bool {
        // (Most lines open otherwise, and are not split.)
        if !line
            .get(..5)
            .is_some_and(|h| h.eq_ignore_ascii_case("this "))
            || line.ends_with('?')
        {
            return false;
        }
        let mut words = line.split_whitespace().skip(1);
        let (Some(noun), Some(verb)) = (words.next(), words.next()) else {
            return false;
        };
        // "This was published 13 years ago": the page's age, told with no noun.
        let age = noun.eq_ignore_ascii_case("was")
            && verb.eq_ignore_ascii_case("published")
            && line.trim_end_matches('.').ends_with(" ago");
        let noun = noun.to_lowercase();
        words.nth(PAGE_NOTE_MAX_WORDS - 3).is_none()
            && (age || self.page_self_nouns.contains(&noun))
    }

    /// "Direkt zum Inhalt", "Teilen Drucken", "Поделиться": a short line (no sentence end, no
    /// digit) opening with a site label of another language (`other_language_words`), more
    /// than half of whose words are such labels and none an English function word; or one word
    /// written only in another script ("Поделиться").
    fn is_other_language_label(&self, line: &str) -> bool {
        if line.len() > SHORT_LINE_MAX_BYTES || line.ends_with('.') {
            return false;
        }
        let is_label = |w: &str| {
            self.other_language_words
                .binary_search_by(|e| e.as_str().cmp(w))
                .is_ok()
        };
        // (Most lines stop at their first word: a label line opens with a label.)
        let first = line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| !w.is_empty());
        let Some(first) = first else {
            return false;
        };
        if first.is_ascii() && !is_label(first) {
            return false;
        }
        let mut words = 0;
        let mut labels = 0;
        for w in line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if words > OTHER_LANGUAGE_LABEL_MAX_WORDS
                || w.bytes().any(|b| b.is_ascii_digit())
                || crate::corpus::import::ENGLISH_FUNCTION_WORDS.contains(&w)
            {
                return false;
            }
            if is_label(w) {
                labels += 1;
            }
        }
        let other_script = words == 1
            && line.chars().any(char::is_alphabetic)
            && !line.chars().any(|c| c.is_ascii_alphabetic())
            && !line
                .chars()
                .any(|c| c.is_alphabetic() && is_latin_extended(c));
        words > 0 && (2 * labels > words || other_script)
    }

    /// "Kazakh | Russian", "English / Русский / Қазақша": two to eight language names and
    /// nothing else.
    fn is_language_switcher(&self, line: &str) -> bool {
        if line.len() > SHORT_LINE_MAX_BYTES {
            return false;
        }
        // Read word by word: most lines stop at their first word.
        // ("english / russian version": the switch may name what it switches.)
        // ("Mongolian version", "Русская версия": one name with the word is a link to the
        // text in that language.)
        // ("Read in Russian / Читать на русском": a link to the text in another language, with
        // its own label in that language after it.)
        // (In Russian the link stands alone, or before another label after a separator.)
        if let Some(label) = self.language_link_label(line) {
            return label.is_some_and(|n| {
                line.starts_with("read") || {
                    let rest = line[n..].trim_start();
                    rest.is_empty() || rest.starts_with(['/', '|'])
                }
            });
        }
        let unversioned = line
            .strip_suffix(" versions")
            .or_else(|| line.strip_suffix(" version"))
            .or_else(|| line.strip_suffix(" версия"));
        let line = unversioned.unwrap_or(line);
        let mut names = 0;
        for w in line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | '·' | '•'))
            .filter(|w| !w.is_empty())
        {
            names += 1;
            if names > 8 || !self.language_names.iter().any(|n| n == w) {
                return false;
            }
        }
        names >= 2 || (names == 1 && unversioned.is_some())
    }

    /// A link to the text in another language opening `line`: "Read in Russian", "read this in
    /// Kazakh" (a `language_names` entry after it), "читать на русском (языке)" ("read in
    /// Russian" in Russian). `None` when the line opens with neither label; `Some(None)` when it
    /// does but names no language; `Some(Some(n))` with the bytes of the link.
    pub(crate) fn language_link_label(&self, line: &str) -> Option<Option<usize>> {
        const READ_IN: [&str; 3] = ["read in ", "read this in ", "read it in "];
        const RUSSIAN: &str = "читать на ";
        if let Some(label) = READ_IN.iter().find(|p| {
            line.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        }) {
            let rest = &line[label.len()..];
            let language = rest
                .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | ','))
                .next()
                .unwrap_or("");
            let named = self
                .language_names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(language));
            return Some(named.then_some(label.len() + language.len()));
        }
        let rest = line
            .strip_prefix(RUSSIAN)
            .or_else(|| line.strip_prefix("Читать на "))?;
        let word = rest.split([' ', '|', '/', ',']).next().unwrap_or("");
        if !russian_language_locative(word) {
            return Some(None);
        }
        let mut len = line.len() - rest.len() + word.len();
        if line[len..].starts_with(" языке") {
            len += " языке".len();
        }
        Some(Some(len))
    }

    /// "• en - english", "ru - русский" (folded): a language menu's entry, its code and its
    /// name (`language_names`).
    pub(crate) fn language_menu_entry(&self, line: &str) -> bool {
        language_entry_shape(line).is_some_and(|name| self.language_names.iter().any(|n| n == name))
    }

    /// "messenger vk-black email copy print", "Facebook Twitter WhatsApp Telegram" (folded): two
    /// to ten `share_buttons` and nothing else, an icon's colour or shape after a hyphen
    /// ("vk-black"), one of them a platform (`share_platforms`).
    fn is_share_row(&self, line: &str) -> bool {
        if line.len() > SHORT_LINE_MAX_BYTES {
            return false;
        }
        let mut buttons = 0;
        let mut platform = false;
        // Read word by word: most lines stop at their first word.
        for w in line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | '·' | '•'))
            .filter(|w| !w.is_empty())
        {
            let w = w
                .split_once('-')
                .filter(|(_, icon)| SHARE_ICON_SUFFIXES.contains(icon))
                .map_or(w, |(button, _)| button);
            buttons += 1;
            if buttons > SHARE_ROW_MAX_BUTTONS || !self.share_buttons.iter().any(|b| b == w) {
                return false;
            }
            platform |= self.share_platforms.iter().any(|p| p == w);
        }
        buttons >= 2 && platform
    }

    /// "delivered by jane example", "statement read by ambassador john example" (folded): a
    /// byline of a delivered statement, a few words with no sentence end.
    fn is_delivery_byline(line: &str) -> bool {
        DELIVERY_BYLINES.iter().any(|p| line.starts_with(p))
            && !line.ends_with(['.', ':', ';', ','])
            && line
                .split_whitespace()
                .nth(DELIVERY_BYLINE_MAX_WORDS)
                .is_none()
    }

    /// "in this tuesday, oct. 11, 2027 file photo, …", "in this photo taken on …, …" (folded):
    /// "in this", then a picture's noun within the next few words (a date may come between).
    fn is_this_picture_caption(line: &str) -> bool {
        let Some(rest) = line.strip_prefix("in this ") else {
            return false;
        };
        rest.split(' ')
            .take(THIS_PICTURE_REACH_WORDS)
            .take_while(|w| !w.ends_with(['!', '?']))
            .any(|w| {
                matches!(
                    w.trim_end_matches([',', '.']),
                    "photo" | "photograph" | "picture" | "image" | "handout" | "frame"
                )
            })
    }

    /// "GG News Bureau", "Express Web Desk" (folded): a news site's desk alone on its line, the
    /// byline of a story no reporter signed; four words at most.
    fn is_desk_byline(line: &str) -> bool {
        line.len() <= SHORT_LINE_MAX_BYTES
            && ["news bureau", "news desk", "web desk"]
                .iter()
                .any(|desk| line.ends_with(desk))
            && line.split_whitespace().nth(DESK_BYLINE_MAX_WORDS).is_none()
    }

    /// "jane example associated press" (folded): a wire reporter's byline with no "By", the
    /// reporter's name (two or three words, no function word: see [`TextRules::credit_names`])
    /// and the agency (`caption_agencies`) alone on the line.
    fn is_agency_byline(&self, line: &str) -> bool {
        // (A byline is short, holds a space and no comma or colon; the agencies' last bytes
        // are compared first: most lines end in none of them.)
        let last = line.as_bytes().last();
        line.len() <= SHORT_LINE_MAX_BYTES
            && memchr::memchr(b' ', line.as_bytes()).is_some()
            && memchr::memchr2(b',', b':', line.as_bytes()).is_none()
            && line
                .split_whitespace()
                .nth(AGENCY_BYLINE_MAX_WORDS)
                .is_none()
            && self.caption_agencies.iter().any(|agency| {
                agency.as_bytes().last() == last
                    && line
                        .strip_suffix(agency.as_str())
                        .and_then(|name| name.strip_suffix(' '))
                        .is_some_and(|name| {
                            name.split_whitespace().nth(1).is_some() && self.credit_names(name)
                        })
            })
    }

    /// "Madam President,", "Thank you, Mr. Chair.", "I thank you.", "Good morning, ladies and
    /// gentlemen!": every word is a salutation word.
    fn is_salutation(&self, read: &ReadLine<'_>) -> bool {
        let line = read.text;
        if line.len() > SHORT_LINE_MAX_BYTES {
            return false;
        }
        // "Dear EU Representatives, Institutions and Member States,", "Distinguished Members of
        // the Human Rights Council,": a salutation, whoever it names (a short line opening with
        // one of `salutation_openings` and ending in a comma or colon).
        // ("\"Dear Mr. President,": a letter quoted in a release opens with its quotation mark.)
        let unquoted = line.trim_start_matches(['"', '“', '«']);
        if line.ends_with([',', ':'])
            && self.salutation_openings.iter().any(|o| {
                unquoted
                    .strip_prefix(o.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
            })
            && read.words_upto(SALUTATION_MAX_WORDS + 3) <= SALUTATION_MAX_WORDS + 2
        {
            return true;
        }
        // Read word by word: most lines stop at their first word.
        let mut words = 0;
        let mut addressed = false;
        for w in line
            .split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '.' | '!' | ';' | ':' | '/' | '[' | ']')
            })
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if words > SALUTATION_MAX_WORDS || !self.salutation_words.iter().any(|s| s == w) {
                return false;
            }
            addressed |= matches!(
                w,
                "president"
                    | "chair"
                    | "chairperson"
                    | "thank"
                    | "thanks"
                    | "colleagues"
                    | "excellency"
                    | "excellencies"
                    | "gentlemen"
                    | "delegates"
                    // A letter's closing ("Yours truly,", "Sincerely,", "Kind regards,").
                    | "yours"
                    | "sincerely"
                    | "faithfully"
                    | "regards"
            );
        }
        addressed
    }

    /// "Read the full text of the appeal here.", "Download appeal": a short line pointing to a
    /// link.
    fn is_link_prompt(&self, read: &ReadLine<'_>) -> bool {
        let line = read.text;
        // "This policy brief does not contain footnotes. To view the footnotes, please download
        // the pdf version here.": the site's note on the page ("this", a short sentence) and
        // a link prompt after it, on one short line.
        // (Only a short line opening with "this " is split.)
        if line.len() <= SHORT_LINE_MAX_BYTES && line.starts_with("this ") {
            if let Some((note, prompt)) = line.split_once(". ") {
                // (The prompt's word may stand anywhere before its "here": "To view the
                // footnotes, please download the pdf version here.")
                let prompt_here = || {
                    let words: Vec<&str> = prompt
                        .trim_end_matches(['.', '!', ' '])
                        .split_whitespace()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .collect();
                    words.len() <= LINK_PROMPT_MAX_WORDS
                        && words.last() == Some(&"here")
                        && words
                            .iter()
                            .any(|w| self.link_prompts.iter().any(|p| p == w))
                };
                if !prompt.contains(". ")
                    && note.split_whitespace().nth(PAGE_NOTE_MAX_WORDS).is_none()
                    && (prompt_here() || self.is_link_prompt(&ReadLine::new(prompt, None)))
                {
                    return true;
                }
            }
        }
        // "To see the letter in full … please click on the link below.": one sentence that
        // ends by sending the reader to a link, however long its lead.
        // (The ending is looked at first: most lines end in none.)
        if line.len() <= LINK_SENTENCE_MAX_BYTES {
            let end = line.trim_end_matches(['.', '!', ':', ' ']);
            if LINK_PROMPT_ENDINGS.iter().any(|e| {
                end.strip_suffix(e)
                    .is_some_and(|head| head.is_empty() || head.ends_with(' '))
            }) && !line.contains(". ")
            {
                return true;
            }
        }
        if line.len() > SHORT_LINE_MAX_BYTES {
            // "Click here for the full text of the joint appeal sent by … to the Special
            // Rapporteur …": "click here" opening one sentence points to a link however long
            // it names what is there.
            return line.len() <= LINK_SENTENCE_MAX_BYTES
                && line
                    .trim_start_matches(['•', '-', '»', ' '])
                    .starts_with("click here ")
                && !line.contains(". ");
        }
        // Every link prompt has a prompt word first or a prompt phrase inside: other lines are
        // not split.
        let first = line
            .split_whitespace()
            .next()
            .map(|w| w.trim_start_matches(['•', '-', '»']));
        let first_prompt = first.is_some_and(|w| self.link_prompts.iter().any(|p| p == w));
        let phrase = || self.line_index.link_prompt_phrases.occurs_in(line);
        if web_page_pointer(line) {
            return true;
        }
        // "See also joint motion for a resolution RC-B10-0222/2024": a pointer to another
        // document by its number, no sentence.
        if let Some(rest) = line.strip_prefix("see also ") {
            if !rest.ends_with('.')
                && read.words_upto(SEE_ALSO_MAX_WORDS + 1) <= SEE_ALSO_MAX_WORDS
                && rest.contains(|c: char| c.is_ascii_digit())
            {
                return true;
            }
        }
        // "… here" at the end (after its stop and a "(pdf)").
        let ends_here = || {
            let line = line.trim_end_matches(['.', '!', ':', ' ']);
            line.strip_suffix("(pdf)")
                .unwrap_or(line)
                .trim_end()
                .ends_with(" here")
        };
        // "For more details, read the letter in Kyrgyz here.": a purpose and a comma before the
        // prompt word (a "please" between at most), the short line ending in "here".
        if line.starts_with("for ") && !line.contains(". ") {
            if let Some((_, rest)) = line.split_once(", ") {
                let rest = rest.strip_prefix("please ").unwrap_or(rest);
                if rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| self.link_prompts.iter().any(|p| p == w))
                    && read.words_upto(LINK_PROMPT_MAX_WORDS + 1) <= LINK_PROMPT_MAX_WORDS
                    && ends_here()
                {
                    return true;
                }
            }
        }
        if !first_prompt {
            // Without a prompt word first, only a line of two words, or of a dozen ending in
            // "here", can point to a link (see the end): no other is searched for the phrases.
            let words = read.words_upto(LINK_PROMPT_MAX_WORDS + 1);
            if !(words <= 2 || (words <= LINK_PROMPT_MAX_WORDS && ends_here())) || !phrase() {
                return false;
            }
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        // "The document can be found here (PDF).": a phrase of the list inside the line.
        // "Click here to let us know …": a prompt word and "here".
        let here_second = words.get(1).is_some_and(|w| *w == "here")
            && first.is_some_and(|w| self.link_prompts.iter().any(|p| p == w));
        if here_second && line.len() <= SHORT_LINE_MAX_BYTES {
            return true;
        }
        // "Read more from CAT session 051 (2013)", "See more": a teaser's link to the rest.
        if first_prompt && words.get(1).is_some_and(|w| matches!(*w, "more" | "more:")) {
            return true;
        }
        // "Read the entire statement.", "Download the full report (PDF)", "Download the PDF": a
        // prompt word and the whole document it points to.
        // (The languages the document is offered in, "… in English and Russian.", are no part
        // of the prompt's length.)
        let whole_document = first_prompt
            && words.len() - self.languages_tail(&words) <= WHOLE_DOCUMENT_PROMPT_MAX_WORDS
            && words.get(1).is_some_and(|w| *w == "the")
            && words
                .get(2)
                .is_some_and(|w| matches!(*w, "full" | "entire" | "whole" | "complete" | "pdf"));
        if whole_document {
            return true;
        }
        // "Read the full WGAD Opinion concerning X and Y (Tajikistan): Opinion No. 18/2024.": a
        // whole document named before a colon, its reference after it (no sentence ends before
        // the colon).
        let named_document = first_prompt
            && words.len() <= NAMED_DOCUMENT_PROMPT_MAX_WORDS
            && words.get(1).is_some_and(|w| *w == "the")
            && words
                .get(2)
                .is_some_and(|w| matches!(*w, "full" | "entire" | "whole" | "complete"))
            && line
                .split_once(": ")
                .is_some_and(|(named, _)| !named.contains(". "));
        if named_document {
            return true;
        }
        let prompt = first_prompt || phrase();
        prompt && ((words.len() <= LINK_PROMPT_MAX_WORDS && ends_here()) || words.len() <= 2)
    }

    /// Words at the end of a prompt's `words` (folded) that name the languages its link is
    /// offered in: "in" and `language_names` joined by "and", "or" or commas ("… in english and
    /// russian."); 0 when there are none.
    fn languages_tail(&self, words: &[&str]) -> usize {
        let Some(at) = words.iter().rposition(|w| *w == "in") else {
            return 0;
        };
        let tail = &words[at + 1..];
        let language = |w: &str| {
            let w = w.trim_end_matches(['.', ',', ';', ')']);
            self.language_names.iter().any(|l| l == w)
        };
        let named = tail.iter().any(|w| language(w));
        let only = tail
            .iter()
            .all(|w| language(w) || matches!(*w, "and" | "or" | "&"));
        if named && only {
            words.len() - at
        } else {
            0
        }
    }

    /// A photo's credit or a date's label left alone on its line when what it went with was
    /// lost in copying: an agency's name (`caption_agencies`: "Reuters") or a date label with
    /// its colon and no date (`page_date_words`: "Updated:"). Chrome, never the first paragraph.
    fn is_bare_credit_or_label(&self, line: &str) -> bool {
        line.len() <= BARE_LABEL_MAX_BYTES
            && (self.caption_agencies.iter().any(|a| a == line)
                || line
                    .strip_suffix(':')
                    .is_some_and(|l| self.page_date_words.iter().any(|w| w == l.trim_end())))
    }

    /// A name of one to four words followed by the letters of one or more honours
    /// (`post_nominals`: "Deirdre Brown MBE", "Neil Bush CMG OBE"), alone on its line: the
    /// byline of a statement page, never a heading. (`line` is folded: the honours are
    /// compared without case.)
    fn is_honours_byline(&self, line: &str) -> bool {
        if line.len() > HONOURS_BYLINE_MAX_BYTES || self.post_nominals.is_empty() {
            return false;
        }
        // (Most lines end in no honour: only those that do are split into words.)
        let last = line.rsplit(' ').next().unwrap_or(line);
        if !self
            .post_nominals
            .iter()
            .any(|p| p.eq_ignore_ascii_case(last))
        {
            return false;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let honours = words
            .iter()
            .rev()
            .take_while(|w| self.post_nominals.iter().any(|p| p.eq_ignore_ascii_case(w)))
            .count();
        let name = &words[..words.len() - honours];
        honours >= 1
            && (1..=HONOURS_NAME_MAX_WORDS).contains(&name.len())
            && name.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            })
    }

    /// A page's counter: a number and a `counter_words` entry, in either order, alone on the
    /// line ("0 Comments", "Views: 158", "12 replies"), or a post's reading time ("13 min
    /// read", [`is_reading_time`]).
    fn is_counter(&self, line: &str) -> bool {
        if line.len() > COUNTER_MAX_BYTES {
            return false;
        }
        let number = |w: &str| {
            let w = w.trim_start_matches('(').trim_end_matches(')');
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        };
        if is_reading_time(line, number) {
            return true;
        }
        let mut parts = line.split_whitespace();
        let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        let counter = |w: &str| {
            let w = w.trim_end_matches([':', ')']);
            self.counter_words
                .binary_search_by(|c| c.as_str().cmp(w))
                .is_ok()
        };
        (number(a) && counter(b)) || (counter(a) && number(b))
    }

    /// "Published in Field Reports", "Posted in News": the page's section field, a
    /// `page_date_words` label, "in" and a section's name of a few words (no digit: "Published
    /// in 2019" is a date's field, no sentence end).
    fn is_category_field(&self, line: &str) -> bool {
        if line.len() > CATEGORY_FIELD_MAX_BYTES {
            return false;
        }
        let Some(space) = memchr::memchr(b' ', line.as_bytes()) else {
            return false;
        };
        let Some(section) = line[space + 1..].strip_prefix("in ") else {
            return false;
        };
        let label = &line[..space];
        self.page_date_words.iter().any(|w| w == label)
            && section.split_whitespace().count() <= CATEGORY_FIELD_MAX_WORDS
            && !section.bytes().any(|b| b.is_ascii_digit())
            && !section.ends_with(['.', '!', '?', ',', ';'])
    }

    /// "Tags: Eastern Europe, Human rights, Letter to Government, and Moldova.", "Categories:
    /// News and Statements.", "Regions: Moldova.": a page's field of tags, one of `tag_labels`
    /// (or "regions") with its list after the colon, a few words in one sentence at most.
    fn is_tag_field(&self, line: &str) -> bool {
        if line.len() > TAG_FIELD_MAX_BYTES {
            return false;
        }
        // (The label is short: only the first bytes are searched for its colon.)
        let head = &line.as_bytes()[..line.len().min(TAG_LABEL_MAX_BYTES + 1)];
        let Some(colon) = memchr::memchr(b':', head) else {
            return false;
        };
        if line.as_bytes().get(colon + 1) != Some(&b' ') {
            return false;
        }
        let (label, list) = (&line[..colon], &line[colon + 2..]);
        let list = list.trim().trim_end_matches('.');
        (label == "regions" || self.tag_labels.iter().any(|t| t == label))
            && !list.is_empty()
            && !list.contains(". ")
            && list.split_whitespace().count() <= TAG_FIELD_MAX_WORDS
    }

    /// "2 thoughts on “Activists …”", "One response to …": a count of readers' comments and a
    /// `comment_headings` entry, the heading above a blog's comments.
    fn is_comments_heading(&self, line: &str) -> bool {
        // (Most lines open with neither a digit nor "one": they are not split.)
        let Some(first) = line.as_bytes().first() else {
            return false;
        };
        if !first.is_ascii_digit() && *first != b'o' {
            return false;
        }
        let Some((count, rest)) = line.split_once(' ') else {
            return false;
        };
        (count == "one" || (count.len() <= 4 && count.bytes().all(|b| b.is_ascii_digit())))
            && self.comment_headings.iter().any(|h| {
                rest.strip_prefix(h.as_str())
                    .is_some_and(|after| after.starts_with(' '))
            })
    }

    /// "epa/igor kovalenko", "afp / jane doe" (folded): a picture's credit alone on its line, a
    /// picture agency (`caption_agencies`) and a slash, then a name of a few words, with no
    /// sentence end, in brackets or not ("(associated press / the example review)": the agency
    /// and the paper that printed the picture). An archive picture's credit names its
    /// photographer first: "jane doe, afp/file".
    pub(crate) fn is_agency_credit(&self, line: &str) -> bool {
        // (Most lines hold no '/': they are not read further. The slash is looked for by
        // `memchr`'s vector search, not `str::split_once`'s, on every line.)
        if memchr::memchr(b'/', line.as_bytes()).is_none() {
            return false;
        }
        let line = line
            .strip_prefix('(')
            .and_then(|l| l.strip_suffix(')'))
            .unwrap_or(line);
        let Some(slash) = memchr::memchr(b'/', line.as_bytes()) else {
            return false;
        };
        let (agency, name) = (&line[..slash], &line[slash + 1..]);
        let (agency, name) = match agency.rsplit_once(", ") {
            Some((photographer, agency)) if name.trim() == "file" => (agency, photographer),
            _ => (agency, name),
        };
        let words = name.split_whitespace().count();
        (1..=AGENCY_CREDIT_NAME_MAX_WORDS).contains(&words)
            && !line.ends_with(['.', '!', '?', ':', ','])
            && !name.contains('/')
            && self.caption_agencies.iter().any(|a| a == agency.trim())
    }

    /// "previous articleis the eu …" (folded): a blog's pager line (`article_pager_prefix`).
    pub(crate) fn is_article_pager(&self, line: &str) -> bool {
        // (Most lines open with neither letter: they are not compared.)
        line.starts_with(['p', 'n'])
            && self
                .article_pager_prefix
                .iter()
                .any(|p| line.starts_with(p.as_str()))
    }

    /// "INTERVIEW with the group's director about the report", "WATCH: Protesters in the
    /// square" (`line` as printed, spaces collapsed): a link to a companion piece, a
    /// `media_link_labels` entry in capitals (a colon after it at most), then two words or more,
    /// twenty at most, no sentence end.
    pub(crate) fn media_link_line(&self, line: &str) -> bool {
        // (Only a line opening with two capitals is read further.)
        if !line
            .as_bytes()
            .get(..2)
            .is_some_and(|b| b.iter().all(u8::is_ascii_uppercase))
            || line.ends_with(['.', '!', '?', ';', ':'])
        {
            return false;
        }
        let mut words = line.split(' ');
        let label = words.next().unwrap_or_default().trim_end_matches(':');
        let rest = words.count();
        !label.bytes().any(|b| b.is_ascii_lowercase())
            && (2..MEDIA_LINK_MAX_WORDS).contains(&rest)
            && self
                .media_link_labels
                .iter()
                .any(|l| l.eq_ignore_ascii_case(label))
    }

    /// "image caption protesters outside …", "image source, example agency" (folded): a line
    /// opening with a `caption_line_labels` entry and a space, comma or colon.
    pub(crate) fn caption_line_label(&self, folded: &str) -> bool {
        // (Only a line opening with an "i" or an "m" is compared.)
        folded.starts_with(['i', 'm'])
            && self.caption_line_labels.iter().any(|label| {
                folded
                    .strip_prefix(label.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', ',', ':']))
            })
    }

    /// A photo caption: a short line with a `caption_markers` entry ("… Photo by …").
    pub(crate) fn is_caption(&self, line: &str) -> bool {
        self.is_read_caption(&ReadLine::new(line, None))
    }

    /// [`TextRules::is_caption`] of a line read by `classify`.
    fn is_read_caption(&self, read: &ReadLine<'_>) -> bool {
        let line = read.text;
        // The marks first: a paragraph has none and is not walked word by word.
        // ("X at the court. (Photo: Y) X at the court. (Photo: Y)": a caption printed twice on
        // its line counts the words of one copy.)
        let short = || {
            read.words_upto(CAPTION_MAX_WORDS + 1) <= CAPTION_MAX_WORDS
                || printed_twice(line).is_some_and(|copy| {
                    copy.split_whitespace().take(CAPTION_MAX_WORDS + 1).count() <= CAPTION_MAX_WORDS
                })
        };
        if self.line_index.caption_markers.occurs_in(line)
            || self.glued_credit_label(line)
            || self.caption_line_label(line)
            || self.ends_in_photo_credit(line)
            || self.ends_in_slashed_credit(line)
            || self.ends_in_spaced_slash_credit(line)
        {
            return short();
        }
        // A caption of two sentences ending in a credit of names ("… as she was taking
        // pictures. (Reuters/Marat Gurt)") is longer; a paragraph never ends in one.
        if has_credit(line) {
            return short()
                || (has_named_credit(line)
                    && read.words_upto(LONG_CAPTION_MAX_WORDS + 1) <= LONG_CAPTION_MAX_WORDS);
        }
        (self.is_shaped_caption(line) || self.is_figure_label(line)) && short()
    }

    /// "… was named on the draft register. example agency photo." (folded): a caption whose
    /// last sentence is its credit, the names of who took or passed on the picture (one to
    /// [`PHOTO_CREDIT_MAX_NAMES`] words, no function word: "social media", "ex/er") and
    /// "photo"; "he posted a photo." is a sentence of the story. (Only a line ending in
    /// "photo" or "photo." is read.)
    fn ends_in_photo_credit(&self, line: &str) -> bool {
        let body = line.strip_suffix('.').unwrap_or(line);
        let Some(names) = body.strip_suffix(" photo") else {
            return false;
        };
        let Some((before, names)) = names.rsplit_once(". ") else {
            return false;
        };
        !before.is_empty() && self.credit_names(names)
    }

    /// "… a city in xinjiang. jane example/afp" (folded): a caption whose last sentence is a
    /// credit without a stop, a photographer's name of one to three words and a picture agency
    /// (`caption_agencies`) joined by a slash, either first ("afp/jane example"); no digit, no
    /// function word (`stop_words`).
    fn ends_in_slashed_credit(&self, line: &str) -> bool {
        // (Read only at a slash: most lines hold none.)
        if memchr::memchr(b'/', line.as_bytes()).is_none() || line.ends_with(['.', '!', '?']) {
            return false;
        }
        let Some((before, credit)) = line.rsplit_once(". ") else {
            return false;
        };
        let Some((first, second)) = credit.split_once('/') else {
            return false;
        };
        let agency = |part: &str| {
            self.caption_agencies
                .binary_search_by(|a| a.as_str().cmp(part.trim()))
                .is_ok()
        };
        let name = match (agency(first), agency(second)) {
            (false, true) => first,
            (true, false) => second,
            _ => return false,
        };
        !before.is_empty()
            && !credit.contains(|c: char| c.is_ascii_digit())
            && self.credit_names(name)
    }

    /// Whether `name` (folded) is a picture credit's names: one to three words, each opening
    /// on a letter, none a function word (`stop_words`).
    fn credit_names(&self, name: &str) -> bool {
        (1..=PHOTO_CREDIT_MAX_NAMES).contains(&name.split_whitespace().count())
            && name.split_whitespace().all(|w| {
                w.starts_with(char::is_alphabetic)
                    && self
                        .stop_words
                        .binary_search_by(|s| s.as_str().cmp(w))
                        .is_err()
            })
    }

    /// "… since coming to power in late 2020. / kyrgyz presidency" (folded): a caption whose
    /// credit follows its full stop after a spaced slash, one to three words with no digit and
    /// no function word (`stop_words`) and no stop of its own: the picture's source.
    fn ends_in_spaced_slash_credit(&self, line: &str) -> bool {
        // (Read only at a slash: most lines hold none.)
        if memchr::memchr(b'/', line.as_bytes()).is_none() {
            return false;
        }
        let Some((before, credit)) = line.rsplit_once(". / ") else {
            return false;
        };
        !before.is_empty()
            && !credit.ends_with(['.', '!', '?'])
            && !credit.contains(|c: char| c.is_ascii_digit())
            && self.credit_names(credit)
    }

    /// "… in the kyrgyz capital bishkekimage: example agency" (folded): a credit's label
    /// (`caption_label_words`) glued to a caption's last word before its colon, as a news
    /// page's figure is copied. (Read only at a colon: most lines hold none.)
    pub(crate) fn glued_credit_label(&self, line: &str) -> bool {
        memchr::memchr_iter(b':', line.as_bytes()).any(|colon| {
            let before = &line.as_bytes()[..colon];
            // (The label's last letter compared first: most colons close another word.)
            let Some(&end) = before.last().filter(|b| b.is_ascii_lowercase()) else {
                return false;
            };
            self.caption_label_words.iter().any(|label| {
                let label = label.as_bytes();
                label.last() == Some(&end)
                    && before.len() > label.len()
                    && before.ends_with(label)
                    && before[before.len() - label.len() - 1].is_ascii_lowercase()
            })
        })
    }

    /// "Map of the centre of Andizhan on 13 May 2005 – as drawn by an eyewitness": a line
    /// opening with a picture's noun and "of" (`figure_label_nouns`) and holding no finite verb
    /// (no form of "be", "have" or a modal, no past form in "-ed", one sentence at most) labels
    /// a picture; "Photos of the beatings were shared online." is a sentence of the story. So
    /// does an image's alt text naming its place on the page, one word, the noun and "for"
    /// ("header image for news printout", "banner photo for …").
    fn is_figure_label(&self, line: &str) -> bool {
        let is_noun = |w: &str| self.figure_label_nouns.iter().any(|n| n == w);
        // (Most lines open with another word: only the first is compared.)
        let Some((noun, rest)) = line.split_once(' ') else {
            return false;
        };
        let labelled = (rest.starts_with("of ") && is_noun(noun))
            || rest.split_once(' ').is_some_and(|(second, after)| {
                after.starts_with("for ") && is_noun(second) && !is_noun(noun)
            });
        if !labelled {
            return false;
        }
        let body = line.trim_end_matches(['.', ' ']);
        !body.contains(". ") && !body.ends_with(['?', '!', ':', ';']) && holds_no_finite_verb(body)
    }

    /// Whether a folded line holds a verb of a scene in the present tense
    /// (`caption_scene_verbs`) that follows no "to", "not" or modal.
    pub(crate) fn has_scene_verb(&self, line: &str) -> bool {
        // (Not after "to", "not" or a modal: "were not allowed to gather in … on 5 May." is
        // no scene.)
        const NO_SCENE_BEFORE: &[&str] = &[
            "to", "not", "will", "would", "can", "could", "may", "might", "must", "should", "did",
            "do", "does",
        ];
        fn clean(w: &str) -> &str {
            w.trim_matches([',', ';', '"', '“', '”'])
        }
        let verbs = &self.caption_scene_verbs;
        let mut words = line.split_whitespace();
        let mut prev = "";
        while let Some(word) = words.next().map(clean) {
            // (The verbs are sorted: those opening with this word follow one another.)
            let first = verbs.partition_point(|v| v.as_str() < word);
            let scene = !NO_SCENE_BEFORE.contains(&prev)
                && verbs[first..]
                    .iter()
                    .take_while(|v| v.starts_with(word))
                    .any(|v| match &v[word.len()..] {
                        "" => true,
                        tail => tail.strip_prefix(' ').is_some_and(|tail| {
                            let mut next = words.clone().map(clean);
                            tail.split(' ').all(|part| next.next() == Some(part))
                        }),
                    });
            if scene {
                return true;
            }
            prev = word;
        }
        false
    }

    /// A caption known by its shape, with no label: a line that places people in the picture
    /// and is no sentence ("X (C), stands accused of repression", "X (right) after his
    /// release"), one ending in a picture agency's or a photographer's credit that closes no
    /// sentence ("… said the sentence was politically motivated (AFP)", "… in Vienna. (OSCE,
    /// Jane Doe)"), or one showing a scene in the present tense at a date ("X looks out from a
    /// cage during his trial in Aktau, October 8, 2012."). Each is told by the line's last byte
    /// first: most lines end in a full stop after a letter, and are not searched.
    fn is_shaped_caption(&self, line: &str) -> bool {
        let bytes = line.as_bytes();
        let Some(&last) = bytes.last() else {
            return false;
        };
        match last {
            b')' | b']' => self.ends_in_picture_credit(line) || self.places_people(line),
            b'.' => {
                bytes.len() >= 2
                    // ("… on January 3.", "… on 14 December.": a day or a month closes it.)
                    && (bytes[bytes.len() - 2].is_ascii_digit()
                        || line[..line.len() - 1].rsplit(' ').next().is_some_and(|w| {
                            (3..=9).contains(&w.len())
                                && matches!(w.as_bytes()[0], b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
                                && crate::corpus::import::month_number(w).is_some()
                        }))
                    && self.is_dated_scene(line)
            }
            b'!' | b'?' | b';' | b':' | b',' | b'"' => false,
            // ("”", "»": a quotation closes a sentence.)
            _ => !line.ends_with(['”', '»', '’']) && self.places_people(line),
        }
    }

    /// A short line with a mark placing a person in a photo (`caption_position_marks`, each
    /// opening with "(" or ", "); a mark in brackets follows a word or a comma (not "(c)
    /// Guarantee …", a list's letter) and comes before no digit (not "Copyright (c) 2024").
    /// (Only where a bracket or a comma opens: most lines have few, and are not searched for
    /// every mark.)
    fn places_people(&self, line: &str) -> bool {
        let bytes = line.as_bytes();
        let keys = &self.line_index.position_mark_keys;
        memchr::memchr2_iter(b'(', b',', bytes).any(|at| {
            let rest = &bytes[at..];
            let Some(key) = position_mark_key(rest) else {
                return false;
            };
            if keys[usize::from(key / 64)] & (1 << (key % 64)) == 0 {
                return false;
            }
            self.caption_position_marks.iter().any(|mark| {
                let mark = mark.as_bytes();
                if !rest.starts_with(mark) {
                    return false;
                }
                if mark.first() != Some(&b'(') {
                    return true;
                }
                let after = rest.get(mark.len());
                let before = at.checked_sub(2).map(|b| (bytes[b], bytes[b + 1]));
                matches!(before, Some((c, b' ')) if c.is_ascii_alphabetic() || c == b',')
                    && !after.is_some_and(u8::is_ascii_digit)
            })
        })
    }

    /// "Arif (left) and Leyla Yunus are among the dozens …": a position mark spelt out in
    /// brackets after a word ("(left)", "(centre)", "(pictured)": four letters or more, not a
    /// list's "(c)" or a party's "(R)"). Right under a headline, a sentence holding one is the
    /// picture's caption though it ends in a full stop (see
    /// [`crate::corpus::import::boilerplate`]); in the body such a sentence stays.
    pub(crate) fn places_people_spelled(&self, line: &str) -> bool {
        let bytes = line.as_bytes();
        memchr::memchr_iter(b'(', bytes).any(|at| {
            let rest = &bytes[at..];
            let letters_before =
                at >= 2 && bytes[at - 1] == b' ' && bytes[at - 2].is_ascii_alphabetic();
            letters_before
                && self.caption_position_marks.iter().any(|mark| {
                    let m = mark.as_bytes();
                    m.first() == Some(&b'(')
                        && m.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 4
                        && rest.starts_with(m)
                })
        })
    }

    /// "… politically motivated (AFP)", "cw/se (AFP, Reuters)", "… brooks no dissent [EPA]": a
    /// credit of picture agencies (`caption_agencies`) closing a line that ends no sentence
    /// before it; "… at the Hofburg in Vienna. (OSCE, Jane Doe)": an organisation and a
    /// photographer's name after a sentence.
    fn ends_in_picture_credit(&self, line: &str) -> bool {
        let open = if line.ends_with(']') { '[' } else { '(' };
        let Some((before, inner)) = line[..line.len() - 1].rsplit_once(open) else {
            return false;
        };
        let before = before.trim_end();
        if before.is_empty() || inner.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let sentence_before = before.ends_with(['.', '!', '?']);
        let agency = |part: &str| {
            self.caption_agencies
                .binary_search_by(|a| a.as_str().cmp(part.trim()))
                .is_ok()
        };
        // ("(RFE/RL)": an agency whose name holds a slash.)
        let agencies = agency(inner) || inner.split([',', ';', '/']).all(agency);
        if agencies {
            return !sentence_before && !before.ends_with([':', ';', ',']);
        }
        // "(OSCE, Jane Doe)": one organisation, then a name of two or three words.
        sentence_before
            && inner.split_once(", ").is_some_and(|(org, name)| {
                let name_words = name.split_whitespace().count();
                !org.contains(',')
                    && !name.contains(',')
                    && (1..=CREDIT_ORG_MAX_WORDS).contains(&org.split_whitespace().count())
                    && (2..=3).contains(&name_words)
            })
            && has_named_credit(line)
    }

    /// "X looks out from a cage during his trial in Aktau, October 8, 2012.", "Y speaks at a
    /// press conference in Dushanbe on February 2.": a scene verb in the present tense
    /// (`caption_scene_verbs`) in a line ending in a date.
    fn is_dated_scene(&self, line: &str) -> bool {
        crate::corpus::import::dates::ends_in_date(line) && self.has_scene_verb(line)
    }

    /// A UN document symbol standing alone on a line ("CCPR/C/TKM/CO/2", "C AT/C/SR.1998").
    pub fn is_doc_symbol(&self, line: &str) -> bool {
        if line.len() > DOC_SYMBOL_MAX_BYTES || line.matches('/').nth(1).is_none() {
            return false;
        }
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        let upper = compact.to_uppercase();
        compact.len() <= 40
            && compact.matches('/').count() >= 2
            && self
                .doc_symbol_prefixes
                .iter()
                .any(|p| upper.starts_with(&p.to_uppercase()))
    }
}

/// One copy of a line that is the same text twice, joined by a space ("A. A." → "A.").
fn printed_twice(line: &str) -> Option<&str> {
    let line = line.trim();
    let mid = line.len() / 2;
    (line.len() % 2 == 1
        && line.is_char_boundary(mid)
        && line.as_bytes()[mid] == b' '
        && line[..mid] == line[mid + 1..])
        .then(|| &line[..mid])
}

/// Forms of "be", "have", the modals and verbs of showing, each a finite verb wherever it
/// stands ([`holds_no_finite_verb`]).
const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "shall", "do", "does", "did", "shows", "show", "showed", "depicts",
    "reveals", "says", "said",
];
/// Past forms that do not end in "-ed" ([`holds_no_finite_verb`]).
const IRREGULAR_PAST_FORMS: &[&str] = &[
    "began", "became", "brought", "came", "fell", "fled", "found", "gave", "got", "held", "kept",
    "knew", "led", "left", "lost", "made", "met", "paid", "put", "ran", "sat", "saw", "sent",
    "set", "spoke", "stood", "took", "told", "thought", "went", "won", "wrote",
];

/// Whether a folded line holds no finite verb that a word list can tell: no form of "be" or
/// "have", no modal, no past form (in "-ed" or irregular). A participle after "as" tells how
/// ("… – as sketched by a witness") and is no verb of the line. A present form ("protest",
/// "attends") is not told: a line this calls verbless may be in the present tense, as a
/// caption is.
pub(crate) fn holds_no_finite_verb(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: Option<&&str>| w.is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    words.iter().enumerate().all(|(k, &w)| {
        let before = k.checked_sub(1).map(|b| &words[b]);
        let past = w.len() > 4 && w.ends_with("ed") && before != Some(&"as");
        // ("on 5 May 2014", "May 12": the month, not the modal.)
        let month = w == "may" && (number(before) || number(words.get(k + 1)));
        month || (!FINITE_VERBS.contains(&w) && !IRREGULAR_PAST_FORMS.contains(&w) && !past)
    })
}

/// "… in Vienna, Austria (USOSCE/Colin Peters)", "(AP Photo/Jane Doe)": a caption ending in a
/// photo credit, an agency and a name joined by '/' in brackets, perhaps passed on "via" a
/// picture library ("(Example Parliament/Handout/Example Agency via Getty Images)").
fn has_credit(line: &str) -> bool {
    let Some(inner) = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('(').map(|(_, inner)| inner))
    else {
        return false;
    };
    // "(Screenshots: Example TV/YouTube; Example Live/YouTube)": a label, and several credits
    // joined by ';'.
    let credits = inner
        .split_once(':')
        .filter(|(label, _)| !label.contains(' '))
        .map_or(inner, |(_, rest)| rest);
    inner.contains(' ')
        && credits.split(';').all(|credit| {
            // "(Example Parliament/Handout/Example Agency via Getty Images)": the library that
            // passed the picture on, after "via", is no part of the credit's names.
            // ("(Pool via Example Agency/Jane Roe)": the agency and its photographer after
            // "via", the '/' in them.)
            let names = credit
                .rsplit_once(" via ")
                .filter(|(_, library)| library.split_whitespace().count() <= CREDIT_VIA_MAX_WORDS)
                .map_or(credit, |(names, _)| names);
            credit.contains('/')
                && names.split_whitespace().count() <= 5
                && !credit.chars().any(|c| c.is_ascii_digit())
        })
}

/// Most words of the names before "photo" in a caption's last sentence ("Example Agency photo.").
const PHOTO_CREDIT_MAX_NAMES: usize = 3;
/// Most words of a picture library named after a credit's "via" ("via Getty Images").
const CREDIT_VIA_MAX_WORDS: usize = 3;

/// A credit of names only ("(reuters/marat gurt)"; not "(in russian/kyrgyz)", "(see annex/table)":
/// the line is folded, so a function word tells a note from names).
fn has_named_credit(line: &str) -> bool {
    const NOTE_WORDS: &[&str] = &[
        "in", "on", "and", "or", "the", "of", "for", "to", "from", "with", "see", "by", "at",
    ];
    line.strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .is_some_and(|(_, inner)| {
            inner
                .split(['/', ' '])
                .filter(|w| !w.is_empty())
                .all(|w| !NOTE_WORDS.contains(&w))
        })
}

/// Longest line that can be a pager, a salutation or a link prompt (bytes; each has at most a
/// dozen short words): longer lines are not split into words for them.
const SHORT_LINE_MAX_BYTES: usize = 160;
/// Longest one-sentence line ending in a link prompt ("… please click on the link below.").
const LINK_SENTENCE_MAX_BYTES: usize = 320;
/// How such a sentence ends (folded, its stop off).
const LINK_PROMPT_ENDINGS: &[&str] = &[
    "click on the link below",
    "click the link below",
    "click on this link",
    "click this link",
    "click here",
    "follow the link below",
];
/// Longest field of tags ("Tags: …"), in bytes.
const TAG_FIELD_MAX_BYTES: usize = 200;
/// Most words of such a field after its label.
const TAG_FIELD_MAX_WORDS: usize = 16;
/// Longest label of such a field ("related topics", "schlagwörter"), in bytes.
const TAG_LABEL_MAX_BYTES: usize = 16;
/// Most words of a "See also …" pointer to another document.
const SEE_ALSO_MAX_WORDS: usize = 12;

/// "• bg - български", "en - English (Selected)": a language menu entry's shape, a code of
/// two letters, a spaced hyphen and a name of one to three words; the name.
pub(crate) fn language_entry_shape(line: &str) -> Option<&str> {
    // (Most lines hold no hyphen: they are not split.)
    memchr::memchr(b'-', line.as_bytes())?;
    let (code, name) = line
        .trim_start_matches(['•', '-', '*', ' '])
        .split_once(" - ")?;
    let name = name.trim();
    (code.len() == 2
        && code.bytes().all(|b| b.is_ascii_alphabetic())
        && (1..=3).contains(&name.split_whitespace().count()))
    .then_some(name)
}

/// Most buttons of a row of share buttons.
const SHARE_ROW_MAX_BUTTONS: usize = 10;

/// An icon's colour or shape after a share button's name ("vk-black", "twitter-square").
const SHARE_ICON_SUFFIXES: &[&str] = &[
    "black", "white", "icon", "square", "circle", "alt", "o", "f", "color", "colour", "logo",
];

/// Where a pointer to a web page ends: the page's noun.
const WEB_PLACES: &[&str] = &[
    "page", "webpage", "website", "web site", "extranet", "portal",
];

/// "(see full statement on the uzbekistan page on the upr extranet)", "to access the national
/// report, … visit the uzbekistan page on the upr website." (folded): the reader sent to a web
/// page ("see" or "visit" opening the line or a clause after a comma), the line ending in the
/// page's noun. A sentence of the story that names a website ("the ministry posted the decree
/// on its website.") sends no one there.
fn web_page_pointer(line: &str) -> bool {
    let end = line.trim_end_matches(['.', ')', ' ', '!']);
    WEB_PLACES
        .iter()
        .any(|p| end.strip_suffix(p).is_some_and(|rest| rest.ends_with(' ')))
        && {
            let opening = line.trim_start_matches(['(', '•', '-', ' ']);
            ["see ", "visit "].iter().any(|v| opening.starts_with(v))
                || line.contains(", visit ")
                || line.contains(", see ")
        }
}

/// "русском", "казахском", "английском": a language's name as Russian says "in" it (one word
/// ending in "-ском" or "-цком"), after "читать на" ("read in").
pub(crate) fn russian_language_locative(word: &str) -> bool {
    !word.contains(' ')
        && word.chars().count() > 4
        && (word.ends_with("ском") || word.ends_with("цком"))
}
/// Most words of the name after a picture agency's slash in a credit line ("EPA/IGOR KOVALENKO").
const AGENCY_CREDIT_NAME_MAX_WORDS: usize = 4;
/// Most words of a numbered list's entry that a `drop_prefix` entry makes chrome ("2. Skip to
/// main menu"); a longer one is a numbered paragraph.
const NUMBERED_CHROME_MAX_WORDS: usize = 6;
/// Longest line that may be a page's section field ("Published in Field Reports").
const CATEGORY_FIELD_MAX_BYTES: usize = 60;
/// Most words of the section's name in such a field.
const CATEGORY_FIELD_MAX_WORDS: usize = 4;
/// Most words of a site's note about the page ([`TextRules::is_page_note`]).
const PAGE_NOTE_MAX_WORDS: usize = 12;
/// Longest counter line ("1,234 comments").
/// Longest line read as a lone credit or date label ("Reuters", "Updated:").
const BARE_LABEL_MAX_BYTES: usize = 24;
/// Longest line read as a name with its honours ("Deirdre Brown MBE").
const HONOURS_BYLINE_MAX_BYTES: usize = 60;
/// Most words of the name before the honours.
const HONOURS_NAME_MAX_WORDS: usize = 4;
const COUNTER_MAX_BYTES: usize = 32;
/// Most words of a news desk's byline ("GG News Bureau").
const DESK_BYLINE_MAX_WORDS: usize = 4;
/// Most words of a wire reporter's byline with the agency ("Jane Example Associated Press").
const AGENCY_BYLINE_MAX_WORDS: usize = 6;
/// Longest line that can hold a document symbol with spaces in it (bytes).
const DOC_SYMBOL_MAX_BYTES: usize = 80;
/// Longest line a `drop_contains` entry drops (in words): chrome lines are short.
const DROP_CONTAINS_MAX_WORDS: usize = 40;

/// "(QHA) -", "(AFP) –": a news agency's tag left alone on a line when its dateline's text
/// went to the next one.
fn is_agency_tag(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('(') else {
        return false;
    };
    let Some((agency, after)) = rest.split_once(')') else {
        return false;
    };
    (2..=AGENCY_TAG_MAX_BYTES).contains(&agency.len())
        && agency
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && matches!(after.trim(), "-" | "–" | "—")
}

/// "— Example Office (@example_office) November 29, 2021": the signature under a post copied
/// from a social network (a dash, the author's name, the handle in brackets, the day it was
/// posted); the post's own text stays where it is a sentence, the signature goes, and its day
/// dates the post, not the text. (Read folded, its dash perhaps stripped as a bullet's.)
/// A post's reading time, alone on its line: "13 min read", "5 minute read", "Reading time: 4
/// minutes", "Read time: 6 min" (`line` folded; `number` tells a count).
fn is_reading_time(line: &str, number: impl Fn(&str) -> bool) -> bool {
    let unit = |w: &str| matches!(w, "min" | "mins" | "minute" | "minutes");
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        [n, u, "read"] => number(n) && unit(u),
        ["reading" | "read", "time:", n] => number(n.trim_end_matches("min")),
        ["reading" | "read", "time:", n, u] => number(n) && unit(u),
        _ => false,
    }
}

pub(crate) fn is_post_signature(line: &str) -> bool {
    // (Only a short line with an '@' is read: most have none.)
    let bytes = line.as_bytes();
    if bytes.len() > SIGNATURE_MAX_BYTES {
        return false;
    }
    let Some(open) = memchr::memchr_iter(b'@', bytes)
        .find(|&at| at > 0 && bytes[at - 1] == b'(')
        .map(|at| at - 1)
    else {
        return false;
    };
    let name = line[..open].trim_start_matches(['—', '–', '-', ' ']).trim();
    let Some((handle, after)) = line[open + 2..].split_once(')') else {
        return false;
    };
    !name.is_empty()
        && name
            .split_whitespace()
            .nth(SIGNATURE_NAME_MAX_WORDS)
            .is_none()
        && !handle.is_empty()
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && crate::corpus::import::dates::find_date(after).is_some()
        && after
            .split_whitespace()
            .nth(SIGNATURE_DATE_MAX_WORDS)
            .is_none()
}

/// Longest signature line (bytes).
const SIGNATURE_MAX_BYTES: usize = 160;
/// Most words of the name in a post's signature.
const SIGNATURE_NAME_MAX_WORDS: usize = 8;
/// Most words of the date after its handle ("November 29, 2021").
const SIGNATURE_DATE_MAX_WORDS: usize = 4;

/// "text/xml", "application/pdf": a file's media type alone on a line, from a repository's
/// record of the document (its title, publisher, date, type and language above the text).
fn is_media_type(line: &str) -> bool {
    const MEDIA_TYPES: &[&str] = &["text", "application", "image", "audio", "video"];
    if line.len() > MEDIA_TYPE_MAX_BYTES {
        return false;
    }
    let Some(sub) = MEDIA_TYPES
        .iter()
        .find_map(|kind| line.strip_prefix(kind).and_then(|r| r.strip_prefix('/')))
    else {
        return false;
    };
    !sub.is_empty()
        && sub
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"+-.".contains(&b))
}

/// Longest media type line ("application/vnd.openxmlformats-officedocument.wordprocessingml").
const MEDIA_TYPE_MAX_BYTES: usize = 80;

/// "… this file is not subject to copyright protection and is in the public domain.", "This
/// page may be reproduced …, copyright …": a short line on the copyright of the copy itself
/// ("this" and the copy's noun, and the word "copyright"): the host's notice, not the
/// document's text. (Read folded, on lines no longer than a `drop_contains` line.)
fn is_rights_notice(line: &str) -> bool {
    const COPY_NOUNS: &[&str] = &[
        "file",
        "page",
        "document",
        "site",
        "website",
        "material",
        "publication",
        "work",
        "text",
    ];
    static COPYRIGHT: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("copyright"));
    COPYRIGHT.find(line.as_bytes()).is_some()
        && line
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "this" && COPY_NOUNS.contains(&w[1].trim_end_matches([',', '.'])))
}

/// "From the Example Record Online through the Example Office [www.example.gov]": where a
/// repository took its copy from, a line opening with "from" and ending in a web address in
/// brackets, with no sentence in it (no full stop before the address).
fn is_source_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("from ") else {
        return false;
    };
    let Some((before, address)) = rest.strip_suffix(']').and_then(|r| r.rsplit_once('[')) else {
        return false;
    };
    line.len() <= SOURCE_LINE_MAX_BYTES
        && !before.contains(['.', '!', '?', '[', ']'])
        && address.contains('.')
        && !address.contains(' ')
}

/// Longest source line (bytes).
const SOURCE_LINE_MAX_BYTES: usize = 200;

/// Longest agency name in a tag line ("(QHA) -").
const AGENCY_TAG_MAX_BYTES: usize = 12;

/// Longest line pointing to a link (in words).
const LINK_PROMPT_MAX_WORDS: usize = 12;
/// Longest prompt pointing to a whole document ("Read the full text of the statement").
const WHOLE_DOCUMENT_PROMPT_MAX_WORDS: usize = 7;
/// Longest prompt naming a whole document before a colon and its reference after it ("Read the
/// full opinion concerning …: Opinion No. 18/2024.").
const NAMED_DOCUMENT_PROMPT_MAX_WORDS: usize = 20;
/// Longest note in brackets dropped as a line of its own (in words).
const BRACKET_NOTE_MAX_WORDS: usize = 10;
/// Longest salutation line (in words).
const SALUTATION_MAX_WORDS: usize = 8;
/// Longest photo caption (in words).
const CAPTION_MAX_WORDS: usize = 30;

/// Most words of a link to a companion piece ([`TextRules::media_link_line`]).
const MEDIA_LINK_MAX_WORDS: usize = 20;

/// Most words of a release's label with its circulation note ([`is_release_label`]).
const RELEASE_LABEL_MAX_WORDS: usize = 10;

/// "press release – for immediate and urgent circulation", "news release: embargoed until …"
/// (folded): a release's label with its note on circulation, the page's, never a headline.
fn is_release_label(line: &str) -> bool {
    // (Only a line opening with "p" or "n" is compared.)
    line.starts_with(['p', 'n'])
        && ["press release", "news release", "media release"]
            .iter()
            .any(|label| line.starts_with(label))
        && line
            .split_whitespace()
            .nth(RELEASE_LABEL_MAX_WORDS)
            .is_none()
        && [
            "for immediate",
            "embargoed",
            "for release",
            "for publication",
        ]
        .iter()
        .any(|note| line.contains(note))
}

/// Most words of a row of a record's fields ([`is_field_row`]).
const FIELD_ROW_MAX_WORDS: usize = 14;
/// Fewest fields in such a row.
const FIELD_ROW_MIN_FIELDS: usize = 3;
/// Most words of a field's value in such a row.
const FIELD_VALUE_MAX_WORDS: usize = 5;

/// "publication: monitor volume: 6 issue: 62", "date: 12.03.2020 author: a. name category:
/// news" (folded): a row of a periodical's or a page's record, three fields or more, each a
/// one-word label, a colon and a short value, with no sentence end: the page's, never a
/// headline or an item. ("Kazakhstan: court jails activist" holds one label.)
fn is_field_row(line: &str) -> bool {
    // (Most lines hold fewer colons: they are not read further.)
    if memchr::memchr_iter(b':', line.as_bytes())
        .nth(FIELD_ROW_MIN_FIELDS - 1)
        .is_none()
        || line.ends_with(['.', '!', '?', ';', ',', ':'])
        || line.split_whitespace().nth(FIELD_ROW_MAX_WORDS).is_some()
    {
        return false;
    }
    let pieces: Vec<&str> = line.split(": ").collect();
    let Some((_, labelled)) = pieces.split_last() else {
        return false;
    };
    labelled.len() >= FIELD_ROW_MIN_FIELDS
        && labelled.iter().enumerate().all(|(k, piece)| {
            // Each piece before a colon ends with its label, one word of letters; after the
            // first, the previous field's value of a few words opens it.
            let label = piece.rsplit(' ').next().unwrap_or_default();
            !label.is_empty()
                && label.chars().all(char::is_alphabetic)
                && (k == 0
                    || (2..=FIELD_VALUE_MAX_WORDS + 1).contains(&piece.split_whitespace().count()))
        })
}
/// Openings of a delivered statement's byline (folded). Not `author_prefix`: a "By …" line
/// there is read by the header for the author, and these go wherever they stand.
const DELIVERY_BYLINES: &[&str] = &[
    "delivered by ",
    "statement read by ",
    "press statement by ",
    "released by the ",
];
/// Most words of such a byline ("Delivered by Deputy Chief of Mission Jane Example").
const DELIVERY_BYLINE_MAX_WORDS: usize = 14;
/// Most words after "In this" before a caption's picture noun ("In this Tuesday, Oct. 11, 2027
/// file photo, …").
const THIS_PICTURE_REACH_WORDS: usize = 8;
/// Most words of the organisation in a caption's credit "(Organisation, Jane Doe)".
const CREDIT_ORG_MAX_WORDS: usize = 4;
/// Longest photo caption ending in a credit of names (in words).
const LONG_CAPTION_MAX_WORDS: usize = 60;
/// Shortest line (bytes) `classify` counts the words of, to spare a line of more words than
/// `LONG_CAPTION_MAX_WORDS` its caption and `drop_contains` searches.
const COUNTED_LINE_MIN_BYTES: usize = 400;
// (`classify` searches a line of more words than this for no caption and no `drop_contains`.)
const _: () = assert!(
    CAPTION_MAX_WORDS <= LONG_CAPTION_MAX_WORDS
        && DROP_CONTAINS_MAX_WORDS <= LONG_CAPTION_MAX_WORDS
);

/// Longest label of a multilingual site's menu (in words, and in bytes: three a letter in some
/// scripts).
const FOREIGN_LABEL_MAX_WORDS: usize = 6;
/// Most words of a site label in another language (`other_language_words`).
const OTHER_LANGUAGE_LABEL_MAX_WORDS: usize = 5;

/// A Latin letter outside ASCII ("é", "ş", "ə"): a word of them is no other script.
fn is_latin_extended(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}
const FOREIGN_LABEL_MAX_BYTES: usize = 240;

/// "Dokumentforløb :", "Forhandlinger :" (a label with a space before its colon and no
/// value), "Forløb i plenarforsamlingen" (a short line with a letter outside ASCII and no
/// English word): a multilingual site's menu around an English text.
fn is_foreign_label(line: &str) -> bool {
    // Read on every line: a long one is no label, and is not split; one word more than a label
    // may have is enough to tell.
    if line.len() > FOREIGN_LABEL_MAX_BYTES {
        return false;
    }
    // A spaced label needs a ':', a foreign one a character outside ASCII: a line with neither
    // is not split.
    if line.is_ascii() && !line.contains(':') {
        return false;
    }
    let mut first_words = [""; FOREIGN_LABEL_MAX_WORDS + 1];
    let mut n = 0;
    for w in line.split_whitespace().take(FOREIGN_LABEL_MAX_WORDS + 1) {
        first_words[n] = w;
        n += 1;
    }
    let words = &first_words[..n];
    if words.is_empty() || words.len() > FOREIGN_LABEL_MAX_WORDS {
        return false;
    }
    // "Procedure : 2019/2600(RSP)": such a label with a reference number as its value.
    let spaced_label = (line.ends_with(" :") && words.len() <= 4)
        || (words.len() == 3 && words[1] == ":" && words[2].chars().any(|c| c.is_ascii_digit()));
    let english = || {
        words.iter().any(|w| {
            crate::corpus::import::ENGLISH_FUNCTION_WORDS
                .contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
    };
    // (A letter outside ASCII first: most lines have none.)
    let foreign = words.len() >= 2
        && !line.ends_with('.')
        && !line.is_ascii()
        && !english()
        && line.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
        && !line.chars().any(|c| c.is_ascii_digit());
    spaced_label || foreign
}

/// Longest line of a page's metadata left in the text (in words).
const METADATA_SCRAP_MAX_WORDS: usize = 30;

/// "2023 2023-03-03T18:33:52+0300 … en https://…/photo.jpeg The Centre": a page's metadata
/// (a timestamp with its time of day) left in the text.
fn is_metadata_scrap(line: &str) -> bool {
    // Read on every line: a paragraph (longer than 30 long words) is not split.
    let bytes = line.as_bytes();
    line.len() <= METADATA_SCRAP_MAX_WORDS * 16
        // A timestamp's ':' with its 't' and two '-' before it at their places (most lines
        // with a ':' have none, and are not split).
        && memchr::memchr_iter(b':', bytes).any(|p| {
            p >= 13 && bytes[p - 3] == b't' && bytes[p - 6] == b'-' && bytes[p - 9] == b'-'
        })
        && line
            .split_whitespace()
            .nth(METADATA_SCRAP_MAX_WORDS)
            .is_none()
        && line.split_whitespace().any(|w| {
            let b = w.as_bytes();
            b.len() >= 16
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[4] == b'-'
                && b[7] == b'-'
                && b[10] == b't'
                && b[13] == b':'
        })
}

/// Language codes of a site's language switcher ("Rus Eng Az").
const LANGUAGE_CODES: &[&str] = &[
    "en", "eng", "ru", "rus", "az", "aze", "kz", "kaz", "kk", "ky", "kg", "kgz", "kir", "tj", "tg",
    "taj", "tk", "tkm", "uz", "uzb", "fr", "fra", "de", "deu", "ger", "es", "esp", "tr", "tur",
    "ua", "uk", "ukr", "by", "be", "bel", "ka", "geo", "hy", "arm",
];

/// A row of site navigation: three or more short parts between '|' ("Recent Reports | Support |
/// About | Site Map").
fn is_nav_row(line: &str) -> bool {
    // Three parts need two bars.
    if line.matches('|').nth(1).is_none() {
        return false;
    }
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    // "Country | Kazakhstan |": a table's row of a label and its value, not navigation.
    let cells = parts.iter().filter(|p| !p.is_empty()).count();
    parts.len() >= 3
        && (cells >= 3 || !line.trim_end().ends_with('|'))
        && parts
            .iter()
            .all(|p| p.split_whitespace().count() <= 4 && !p.ends_with('.'))
}

/// A table of contents' entry: a dot leader and nothing after it but page numbers or
/// paragraph ranges ("I. Summary of the proceedings ........ 5–123 3", "Annex …… 27").
fn is_toc_entry(line: &str) -> bool {
    // (Most lines end in no digit and are not searched.) A range cut off in copying ("……
    // 1–") ends in its dash.
    let end = line.trim_end().trim_end_matches(['-', '–']);
    if !end.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(at) = ["....", "……", ". . . ."]
        .iter()
        .filter_map(|leader| line.rfind(leader).map(|i| i + leader.len()))
        .max()
    else {
        return is_column_toc_entry(line);
    };
    let tail = line[at..].trim_start_matches(['.', '…', ' ']);
    tail.bytes().any(|b| b.is_ascii_digit())
        && tail
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '–' | '—' | ','))
}

/// Most words of a table of contents' entry laid out in columns.
const TOC_ENTRY_MAX_WORDS: usize = 12;

/// A table of contents' entry copied from a PDF laid out in columns, its dot leader gone: a
/// section's marker and name, a range of paragraphs and a page ("i. introduction 1–12 3", "a.
/// legal framework 10–12 4"). A heading ends in no range and page.
fn is_column_toc_entry(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    let (Some(page), Some(range)) = (words.next(), words.next()) else {
        return false;
    };
    let range_ok = range.split_once(['–', '-']).is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    });
    let rest: Vec<&str> = words.collect();
    let marker = rest.last().is_some_and(|w| {
        let m = w.trim_end_matches('.');
        w.ends_with('.')
            && (1..=4).contains(&m.len())
            && m.chars()
                .all(|c| c.is_ascii_alphabetic() || c.is_ascii_digit())
    });
    range_ok
        && page.bytes().all(|c| c.is_ascii_digit())
        && marker
        && rest.len() <= TOC_ENTRY_MAX_WORDS
}

/// Scraping leftovers: an image file name alone ("g142416001.jpg"), a UN job number
/// ("ge.18-11277(e)"), a page number or "page 3 of 12".
fn is_stray_token(read: &ReadLine<'_>) -> bool {
    let line = read.text;
    // Every stray token is short; a paragraph is none of them ("_____" rules stay short too).
    if line.len() > SHORT_LINE_MAX_BYTES && line.chars().any(char::is_alphanumeric) {
        return false;
    }
    // Each kind below is tested only when the ones before it failed, the cheapest first; those
    // that split the line stop at the first word that does not fit.
    let spaced = line.contains(' ');
    let image = || {
        !spaced
            && [
                ".jpg", ".jpeg", ".png", ".gif", ".wmf", ".emf", ".bmp", ".tif", ".tiff", ".svg",
                ".webp",
            ]
            .iter()
            .any(|e| line.ends_with(e))
    };
    let job = || {
        line.starts_with("ge.")
            && line[3..].chars().next().is_some_and(|c| c.is_ascii_digit())
            && line.split_whitespace().nth(2).is_none()
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit());
    let page_number = || digits(line.trim_matches(|c: char| c == '-' || c == ' '));
    let page_of = || {
        line.strip_prefix("page ")
            .is_some_and(|rest| rest.split(" of ").all(digits))
    };
    let codes = || line.split([' ', '|', '/']).filter(|w| !w.is_empty());
    // "en ru", "EN | RU | KK": language switchers; "_____", "* * *": rules and separators.
    let languages = || {
        let mut n = 0;
        for w in codes() {
            n += 1;
            if n > 8 || !(w.len() == 2 && w.chars().all(|c| c.is_ascii_lowercase())) {
                return false;
            }
        }
        n >= 2
    };
    // "Rus Eng Az Lz": three-letter codes among them.
    let language_codes = || {
        let (mut n, mut known) = (0, 0);
        for w in codes() {
            n += 1;
            if n > 8 || !((2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_lowercase())) {
                return false;
            }
            known += usize::from(LANGUAGE_CODES.contains(&w));
        }
        n >= 3 && known * 2 > n
    };
    // Both rows of codes open with a code of two or three lowercase letters (after any
    // separators): a line opening otherwise is not split into codes.
    let first_code_fits = || {
        let rest = line.trim_start_matches([' ', '|', '/']);
        let len = rest
            .bytes()
            .position(|b| matches!(b, b' ' | b'|' | b'/'))
            .unwrap_or(rest.len());
        (2..=3).contains(&len) && rest.as_bytes()[..len].iter().all(u8::is_ascii_lowercase)
    };
    // Words of the line, counted up to nine (enough for every limit below).
    let few = || read.words_upto(9);
    // What the four kinds read after `few` need: a site's address, " more" at the end, or a
    // digit with an 'x' (a banner's size) or a ':' (a clock). A line with none of them is
    // neither counted nor split for them.
    // (Searchers built once; the digits are looked for only in a line with an 'x' or ':'.)
    static WWW: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("www."));
    static HTTP: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("http"));
    let short_kinds_possible = || {
        let bytes = line.as_bytes();
        line.ends_with(" more")
            || WWW.find(bytes).is_some()
            || HTTP.find(bytes).is_some()
            || (memchr::memchr2(b'x', b':', bytes).is_some()
                && bytes.iter().any(u8::is_ascii_digit))
    };
    // "2021, 04 Avqust, çərşənbə, Bakı vaxtı 11:28": a site's clock, a year and a time of day
    // in words we do not read as a date.
    let clock = |words: usize| {
        words <= 8
            && line.split_whitespace().any(|w| {
                let w = w.trim_matches(',');
                w.len() == 4
                    && (w.starts_with("19") || w.starts_with("20"))
                    && w.chars().all(|c| c.is_ascii_digit())
            })
            && line.split_whitespace().any(|w| {
                w.split_once(':').is_some_and(|(h, m)| {
                    (1..=2).contains(&h.len())
                        && m.len() == 2
                        && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
                })
            })
            && crate::corpus::import::dates::find_date(line).is_none()
    };
    // "Kyrgyzstan + 1 more": a site's list of tags cut short.
    let tag_list = |words: usize| {
        words <= 6
            && line
                .strip_suffix(" more")
                .and_then(|l| l.rsplit_once(" + "))
                .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    // "Website and newsletter 160x280_20apr": a banner's alt text with its size.
    let banner = |words: usize| {
        words <= 8
            && line.split_whitespace().any(|w| {
                let mut parts = w.splitn(2, 'x');
                let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                let b_digits = b.chars().take_while(char::is_ascii_digit).count();
                (2..=4).contains(&a.len())
                    && a.chars().all(|c| c.is_ascii_digit())
                    && (2..=4).contains(&b_digits)
            })
    };
    let rule = || !line.is_empty() && line.chars().all(|c| !c.is_alphanumeric());
    // "Sun, Apr", "21", "Thu, Nov": date widgets without a full date.
    const CALENDAR: &[&str] = &[
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun",
        "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let calendar = || {
        let mut n = 0;
        for w in line.split([' ', ',']).filter(|w| !w.is_empty()) {
            n += 1;
            if n > 2 || !CALENDAR.contains(&w.trim_end_matches('.')) {
                return false;
            }
        }
        n == 2
    };
    // "spot_imgspot_img": a template's placeholder name.
    let placeholder = || {
        !spaced
            && line.contains('_')
            && line
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    // "0:00 0:01:22 0:00": a media player's clock left by a video embedded in the page.
    let player_clock = || {
        let mut n = 0;
        for w in line.split_whitespace() {
            n += 1;
            if n > 4 || !(w.contains(':') && w.chars().all(|c| c.is_ascii_digit() || c == ':')) {
                return false;
            }
        }
        n >= 1
    };
    // "news portal www.UDF.BY": a site's address as a label.
    let site_address = |words: usize| {
        words <= SITE_ADDRESS_MAX_WORDS
            && line
                .split_whitespace()
                .any(|w| w.starts_with("www.") || w.starts_with("http"))
    };
    image()
        || job()
        || page_number()
        || page_of()
        || rule()
        || placeholder()
        || calendar()
        || player_clock()
        || (first_code_fits() && (languages() || language_codes()))
        || (short_kinds_possible() && {
            let words = few();
            words <= 8 && (site_address(words) || tag_list(words) || banner(words) || clock(words))
        })
}

/// Longest line that is a site's address with a label ("news portal www.UDF.BY").
const SITE_ADDRESS_MAX_WORDS: usize = 4;

pub(crate) fn parse_rules_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &str,
) -> Result<T, LoadError> {
    // The plain TOML the rules files are written in is read by the fast path; anything else,
    // and every error, by the `toml` crate.
    if let Some(value) = super::quick_toml::parse(text).and_then(|table| table.try_into().ok()) {
        return Ok(value);
    }
    toml::from_str(text).map_err(|err| LoadError::Rules {
        path: match err.span() {
            Some(span) => {
                let (line, col) = line_col(text, span.start);
                format!("{path}:{line}:{col}")
            }
            None => path.to_string(),
        },
        // The parser's message may quote the file: escaped like a path.
        message: crate::text::escape_invisible(err.message()),
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
    /// The rules embedded in the binary. Each part is parsed once per process, when first
    /// read; copies share it.
    pub fn builtin() -> Self {
        ImportRules {
            text: embedded::text(),
            gazetteer: embedded::gazetteer(),
            themes: embedded::themes(),
            fingerprint: embedded::fingerprint(),
            item_sets: embedded::item_sets(),
        }
    }

    /// The rules embedded in the binary, for a caller that keeps a reference.
    pub fn builtin_shared() -> &'static Self {
        static RULES: std::sync::OnceLock<ImportRules> = std::sync::OnceLock::new();
        RULES.get_or_init(Self::builtin)
    }

    /// Rules from the text of the three files, all parsed now; `origin` names them in
    /// messages (`origin/themes.toml:3:1: …`).
    pub fn parse(
        import: &str,
        gazetteer: &str,
        themes: &str,
        origin: &str,
    ) -> Result<Self, LoadError> {
        let text: TextRules = parse_rules_toml(import, &format!("{origin}/import.toml"))?;
        let gazetteer_rules = Gazetteer::parse(gazetteer, &format!("{origin}/gazetteer.toml"))?;
        let theme_rules = ThemeRules::parse(themes, &format!("{origin}/themes.toml"))?;
        Ok(ImportRules {
            text: Part::owned(text.folded()),
            item_sets: Part::owned(super::tagging::item_sets(&theme_rules, &gazetteer_rules)),
            gazetteer: Part::owned(gazetteer_rules),
            themes: Part::owned(theme_rules),
            fingerprint: fingerprint([import, gazetteer, themes]),
        })
    }

    /// The embedded rules with any of `import.toml`, `gazetteer.toml`, `themes.toml` found in
    /// `dir` used instead of the default. A file found is parsed now (its errors are the
    /// caller's to show); the parts not replaced stay the embedded ones, parsed when read.
    pub fn with_overrides(dir: &Path) -> Result<Self, LoadError> {
        let read = |name: &str| -> Result<Option<(String, String)>, LoadError> {
            let path = dir.join(name);
            match super::read::read_text(&path, super::read::MAX_CONFIG_BYTES, "rules") {
                Ok(text) => Ok(Some((text, crate::text::shown_path(&path)))),
                Err(err) if err.is_not_found() => Ok(None),
                Err(err) => Err(LoadError::Read(err)),
            }
        };
        let import = read("import.toml")?;
        let gazetteer = read("gazetteer.toml")?;
        let themes = read("themes.toml")?;
        let mut rules = Self::builtin();
        if let Some((text, path)) = &import {
            let parsed: TextRules = parse_rules_toml(text, path)?;
            rules.text = Part::owned(parsed.folded());
        }
        if let Some((text, path)) = &gazetteer {
            rules.gazetteer = Part::owned(Gazetteer::parse(text, path)?);
        }
        if let Some((text, path)) = &themes {
            rules.themes = Part::owned(ThemeRules::parse(text, path)?);
        }
        if gazetteer.is_some() || themes.is_some() {
            rules.item_sets =
                Part::owned(super::tagging::item_sets(&rules.themes, &rules.gazetteer));
        }
        if import.is_some() || gazetteer.is_some() || themes.is_some() {
            fn text<'a>(file: &'a Option<(String, String)>, default: &'static str) -> &'a str {
                file.as_ref().map_or(default, |(text, _)| text.as_str())
            }
            rules.fingerprint = fingerprint([
                text(&import, builtin::IMPORT_RULES),
                text(&gazetteer, builtin::GAZETTEER),
                text(&themes, builtin::THEMES),
            ]);
        }
        Ok(rules)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_releases_label_with_its_circulation_note_is_no_headline() {
        use super::is_release_label;
        assert!(is_release_label(
            "press release – for immediate and urgent circulation"
        ));
        assert!(is_release_label("news release: embargoed until 10:00 gmt"));
        assert!(!is_release_label("press release"));
        assert!(!is_release_label(
            "press releases for immediate publication are listed on the ministry's site and in its weekly bulletin"
        ));
    }

    #[test]
    fn a_row_of_a_records_fields_is_told_from_a_headline() {
        use super::is_field_row;
        assert!(is_field_row("publication: monitor volume: 6 issue: 62"));
        assert!(is_field_row(
            "date: 12.03.2020 author: jane example category: news"
        ));
        // One or two labels: a headline, a speaker's line.
        assert!(!is_field_row("kazakhstan: court jails activist"));
        assert!(!is_field_row("update: kyrgyzstan: police detain reporters"));
        // A sentence with colons, or a value too long for a field.
        assert!(!is_field_row("note: see: the annex: table 2."));
        assert!(!is_field_row(
            "source: the ministry said that the law was adopted after long talks place: bishkek date: 5 may"
        ));
    }

    #[test]
    fn image_file_names_of_word_processors_are_stray_tokens() {
        for line in [
            "g134987101.wmf",
            "g1234.emf",
            "figure2.png",
            "ge.18-11277(e)",
        ] {
            assert!(is_stray_token(&ReadLine::new(line, None)), "{line}");
        }
        assert!(!is_stray_token(&ReadLine::new(
            "the photo was taken in 2019",
            None
        )));
    }

    #[test]
    fn a_media_players_clock_is_a_stray_token() {
        assert!(is_stray_token(&ReadLine::new("0:00 0:01:22 0:00", None)));
        assert!(is_stray_token(&ReadLine::new("0:00", None)));
        // A sentence with a time of day, or a ratio in a table, is no player's clock.
        assert!(!is_stray_token(&ReadLine::new(
            "the hearing began at 10:30",
            None
        )));
        assert!(!is_stray_token(&ReadLine::new("1:2 3 4", None)));
    }

    use super::*;

    #[test]
    fn a_caption_ending_in_a_credit_sentence_is_one_and_a_story_sentence_is_not() {
        let rules = ImportRules::builtin();
        for line in [
            "KYRGYZSTAN — Kyrgyz blogger A. Example was named on the register. Example Agency photo.",
            "Two reporters outside the court in Osh. EX/ER photo",
        ] {
            assert!(rules.text.is_caption(&fold(line)), "{line}");
        }
        for line in [
            "Police searched the flat on Monday. He posted a photo.",
            "Example Agency photo",
        ] {
            assert!(!rules.text.is_caption(&fold(line)), "{line}");
        }
    }

    #[test]
    fn a_caption_printed_twice_on_its_line_is_read_as_one_copy() {
        let copy = "Relatives of the defendants wait outside the appeal court in Tashkent on \
                    the morning of the hearing, hoping to see them. (Photo: court press office)";
        assert_eq!(printed_twice(&format!("{copy} {copy}")), Some(copy));
        assert_eq!(
            printed_twice("A court sentenced them. A court sentenced us."),
            None
        );
        let rules = ImportRules::builtin();
        // (Read folded, as the line passes read it.)
        assert!(rules.text.is_caption(&fold(&format!("{copy} {copy}"))));
        assert!(rules.text.is_caption(&fold(copy)));
    }

    #[test]
    fn counters_and_available_as_pdf_prompts_are_chrome() {
        let rules = ImportRules::builtin();
        let drop = |line: &str| rules.text.classify(&fold(line)) == LineRule::Drop;
        assert!(drop("0 Comments"));
        assert!(drop("Comments: 12"));
        assert!(drop("1,204 views"));
        assert!(drop("(3) replies"));
        assert!(drop(
            "Memo to the partners of the fund, available as PDF here."
        ));
        // The site's note on the page and a link prompt after it, on one short line.
        assert!(drop(
            "This policy brief has no footnotes. To view them, please download the PDF version here."
        ));
        assert!(drop(
            "This report is also available in Russian. Click here to read it."
        ));
        assert!(!drop(
            "This report examines the situation of lawyers. It finds that they face pressure."
        ));
        // A sentence with a count, a heading of comments and a paragraph are kept.
        assert!(!drop("12 comments were received from civil society."));
        assert!(!drop("Comments"));
        assert!(!drop("General comments"));
        assert!(!drop(
            "The full memo is available as a PDF in the annex, with the answers of each of the \
             ministries asked and the figures they sent here."
        ));
    }

    #[test]
    fn agency_tags_whole_document_prompts_and_long_credit_lines() {
        let rules = ImportRules::builtin();
        let drop = |line: &str| rules.text.classify(&fold(line)) == LineRule::Drop;
        assert!(drop("(KNA) -"));
        assert!(drop("(AFP) –"));
        assert!(!drop("(a) -"));
        assert!(!drop("(Almaty) – The authorities should drop the charges."));
        assert!(drop("Read the entire statement."));
        assert!(drop("Download the full report (PDF)"));
        assert!(drop("Download the PDF"));
        // The languages it is offered in do not lengthen the prompt.
        assert!(drop("Read the full letter in English and Russian."));
        assert!(drop("Read the whole appeal in Kyrgyz, Russian or English"));
        assert!(!drop("Read the full letter in the original language."));
        assert!(drop(
            "Read the full WGAD Opinion concerning Jane Example and John Sample (Tajikistan): \
             Opinion No. 7/2027."
        ));
        assert!(!drop(
            "Read the full opinion. It says the detention broke: articles 9 and 19 of the Covenant."
        ));
        assert!(drop("The joint submission can be downloaded here."));
        assert!(!drop(
            "The full text of the joint submission to the Committee, with its annexes on each \
             of the twelve cases, can be downloaded here."
        ));
        assert!(!drop(
            "Read the full story of how the court ruled against the two reporters last spring."
        ));
        assert!(drop("© 2021 Example News. All rights reserved."));
        // A long paragraph with a credit glued to it is kept (the importer cuts the caption).
        let long = "Farmers hold a banner outside a court in a town in the west of the country                     during the first week of the hearings. © 2016 Example Photo/Agency The                     authorities of the country should drop the charges against the five land                     activists who handed out leaflets before a rally in the spring, a group said.";
        assert!(!drop(long));
    }

    #[test]
    fn site_labels_in_another_language_are_chrome() {
        let rules = ImportRules::builtin();
        let drop = |line: &str| rules.text.classify(&fold(line)) == LineRule::Drop;
        for line in [
            "Direkt zum Inhalt",
            "Redaktionen",
            "Teilen",
            "Weitere Informationen",
            "Поделиться",
            "Partager Imprimer",
            "Главная | Новости",
        ] {
            assert!(drop(line), "{line}");
        }
        for line in [
            // A German urgent action's subject countries, a heading and an English label stay.
            "Usbekistan / Kasachstan",
            "Recommendations",
            "More information",
            "Kyrgyzstan",
            "Özbekistan",
            "Mehr als zwanzig Aktivisten wurden festgenommen.",
        ] {
            assert!(!drop(line), "{line}");
        }
    }

    #[test]
    fn switchers_banners_clocks_and_link_pairs_are_chrome() {
        let rules = ImportRules::builtin();
        for line in [
            "Rus Eng Az Lz",
            "About Example News    |    Contact Us",
            "Example Website and newsletter 160x280_20apr",
            "2021, 04 Avqust, çərşənbə, Bakı vaxtı 11:28",
            "2023 2023-03-03T18:33:52+0300 en https://example.org/a.jpeg The Centre",
            "Makalu / Pixabay",
            "Procedure : 2019/2600(RSP)",
            "Dokumentforløb :",
        ] {
            let folded = crate::text::fold(&crate::text::normalize_whitespace(line));
            assert_eq!(rules.text.classify(&folded), LineRule::Drop, "{line}");
        }
        for line in [
            "How we do it in Osh",
            "Kazakhstan | Freedom House",
            "24 Jan 2022 11:28",
            "The meeting ran from 2019 until 10:30 in the morning.",
        ] {
            let folded = crate::text::fold(&crate::text::normalize_whitespace(line));
            assert_eq!(rules.text.classify(&folded), LineRule::Keep, "{line}");
        }
    }

    #[test]
    fn a_letters_salutation_and_a_widgets_numbered_entries_are_chrome() {
        let rules = ImportRules::builtin();
        for line in [
            "Dear Members of the Council, Partners and Friends,",
            "Dear Minister:",
            "1. Public (visible without login)",
            "2. 0",
            "Republication of any material is prohibited without the agency's consent.",
            "Anna Petrova (courtesy photo)",
            "Good morning, ladies and gentlemen!",
            "I. Summary of the proceedings of the review process .............. 5–123 3",
            "Annex …………… 27",
            "B. Interactive dialogue . . . . . . . 23-123 5",
            "Good afternoon, distinguished delegates,",
            "Ladies and gentlemen,",
        ] {
            let folded = crate::text::fold(&crate::text::normalize_whitespace(line));
            assert_eq!(rules.text.classify(&folded), LineRule::Drop, "{line}");
        }
        for line in [
            "Dear colleagues, today we ask the Government to release the three students who were detained.",
            "Dear friends of the press in Central Asia",
            "Good morning",
            "The court sat for hours.... Then it adjourned until 3 May.",
            "1. Public officials should declare their assets.",
            "3. Release them",
            // Only one or two digits, then ". ", open the line.
            "123. Public (visible without login)",
            "1.5. Public (visible without login)",
            "a1. Public (visible without login)",
            "12 . Public (visible without login)",
        ] {
            let folded = crate::text::fold(&crate::text::normalize_whitespace(line));
            assert_eq!(rules.text.classify(&folded), LineRule::Keep, "{line}");
        }
    }

    #[test]
    fn a_wire_byline_with_its_agency_and_a_bracketed_credit_go() {
        let rules = ImportRules::builtin();
        for line in [
            "Jane Example Associated Press",
            "(Associated Press / The Example Review)",
        ] {
            let folded = crate::text::fold(line);
            assert_eq!(rules.text.classify(&folded), LineRule::Drop, "{line}");
        }
        // A name of one word, or words of a sentence before the agency, are no byline.
        for line in ["Example Associated Press", "The photo was taken by the AP"] {
            assert!(
                !rules.text.is_agency_byline(&crate::text::fold(line)),
                "{line}"
            );
        }
    }

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
        // A caption of two sentences ending in a credit of names, longer than a short caption.
        let caption = "a portrait of the president hangs in the hall of the airport in the \
            capital in may 2018. police detained a reporter on the same day, as she was taking \
            pictures of the ceremony near the monument. (reuters/jane doe)";
        assert_eq!(rules.text.classify(caption), LineRule::Drop);
        let note = "a portrait of the president hangs in the hall of the airport in the \
            capital in may 2018. police detained a reporter on the same day, as she was taking \
            pictures of the ceremony near the monument. (in russian/kyrgyz)";
        assert_eq!(rules.text.classify(note), LineRule::Keep);
    }

    #[test]
    fn language_switchers_of_names_are_chrome_and_one_name_in_a_sentence_is_not() {
        let rules = ImportRules::builtin();
        for line in [
            "kazakh | russian",
            "english / русский / қазақша",
            "uzbek russian english",
        ] {
            assert_eq!(rules.text.classify(line), LineRule::Drop, "{line}");
        }
        for line in [
            "russian",
            "kazakh and russian",
            "the kazakh | russian border",
        ] {
            assert_ne!(rules.text.classify(line), LineRule::Drop, "{line}");
        }
    }

    #[test]
    fn malformed_rules_name_file_line_and_column() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("themes.toml"), "[[theme]]\nid = 3\n").expect("write");
        let err = ImportRules::with_overrides(dir.path()).expect_err("must fail");
        let shown = err.to_string();
        assert!(shown.contains("themes.toml:2:"), "{shown}");
    }

    #[test]
    fn a_folder_without_rule_files_keeps_the_embedded_parts_unparsed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let rules = ImportRules::with_overrides(dir.path()).expect("rules");
        for builtin in [
            matches!(rules.text, Part::Builtin(..)),
            matches!(rules.gazetteer, Part::Builtin(..)),
            matches!(rules.themes, Part::Builtin(..)),
            matches!(rules.item_sets, Part::Builtin(..)),
        ] {
            assert!(builtin);
        }
        assert_eq!(rules.fingerprint, ImportRules::builtin().fingerprint);
    }

    #[test]
    fn one_replaced_file_is_parsed_now_and_the_others_stay_embedded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let themes = super::builtin::THEMES.replace("\"Torture & justice\"", "\"Ill-treatment\"");
        assert_ne!(themes, super::builtin::THEMES);
        std::fs::write(dir.path().join("themes.toml"), &themes).expect("write");
        let rules = ImportRules::with_overrides(dir.path()).expect("rules");
        assert!(matches!(rules.text, Part::Builtin(..)));
        assert!(matches!(rules.gazetteer, Part::Builtin(..)));
        assert!(matches!(rules.themes, Part::Owned(_)));
        // The tagging pass's sets are built from the replaced themes, not the embedded ones.
        assert!(matches!(rules.item_sets, Part::Owned(_)));
        let all_parsed = ImportRules::parse(
            super::builtin::IMPORT_RULES,
            super::builtin::GAZETTEER,
            &themes,
            "test",
        )
        .expect("parse");
        assert_eq!(rules.fingerprint, all_parsed.fingerprint);
        assert_ne!(rules.fingerprint, ImportRules::builtin().fingerprint);
        assert_eq!(
            rules
                .themes
                .themes
                .iter()
                .map(|t| &t.label)
                .collect::<Vec<_>>(),
            all_parsed
                .themes
                .themes
                .iter()
                .map(|t| &t.label)
                .collect::<Vec<_>>()
        );
    }
}
