#include "checks/vague_source_check.h"

#include <algorithm>
#include <bit>
#include <map>

#include "checks/check_lexicons.h"
#include "checks/check_text.h"
#include "core/text.h"
#include "rules/pattern_expander.h"

namespace qa {
namespace {

using check_text::ShortExcerpt;
using check_text::StartsWithCapital;
using check_text::WordAfter;
using check_text::WordBefore;

// Pattern building blocks; {name} is a lexicon (see check_lexicons.h).
// Up to three qualifiers: "some", "a few senior", "one local".
#define QA_QUALIFIED_SOURCE "(?:(?:{vague-source-qualifiers})\\s+){0,3}(?:{vague-sources})"
#define QA_VERB "(?P<verb>{speech-verbs}|{claim-verbs})"
#define QA_AUX "(?:(?:{claim-verb-auxiliaries}|[a-z]+ly)\\s+){0,2}"
#define QA_WORD "[\\p{L}\\p{N}'\\x{2019}-]+"

constexpr std::string_view kSubject =
    "\\b(?P<source>" QA_QUALIFIED_SOURCE ")\\s+" QA_AUX QA_VERB "\\b";
constexpr std::string_view kPronounSubject =
    "\\b(?P<source>{vague-pronouns})\\s+" QA_AUX QA_VERB "\\b";
constexpr std::string_view kInverted = "\\b" QA_VERB "\\s+(?P<source>" QA_QUALIFIED_SOURCE ")\\b";
constexpr std::string_view kAgent =
    "\\b" QA_VERB "\\s+(?:{vague-source-agent-markers})\\s+(?P<source>" QA_QUALIFIED_SOURCE
    "|(?:{vague-pronouns}))\\b";
constexpr std::string_view kAccording =
    "\\b(?:{vague-source-according-cues})\\s+(?P<source>" QA_QUALIFIED_SOURCE ")\\b";
// The object runs on over capitalised words: "close to Mayor Elena Varga".
constexpr std::string_view kPostmodifier =
    "\\b(?P<source>" QA_QUALIFIED_SOURCE
    "\\s+(?:{vague-source-postmodifiers})(?:\\s+(?:{vague-source-object-determiners}))?\\s+" QA_WORD
    "(?:\\s+(?-i:[A-Z])" QA_WORD ")*)";
// An unnamed group found by its shape, not its noun: at a clause start,
// qualifiers, up to two modifiers and a plural person noun (a word with a
// person ending such as -ers or -ists, or an irregular plural), or a group
// pronoun phrase ("several of them"); then an optional lowercase postmodifier
// ("at the depot", "who spoke to us") and a speech or belief verb. A group
// after a verb ("urged residents") is an object and never at a clause start.
#define QA_MODIFIER "[A-Za-z-]+"  // ASCII: a Unicode class makes the DFA far larger
#define QA_LOWER_WORD "(?-i:[a-z][a-z'\\x{2019}-]*)"
constexpr std::string_view kGroupSubject =
    "(?:^|[,;:(\\x{2014}]\\s*|\\b(?:{vague-group-clause-openers})\\s+)(?P<source>"
    "(?:(?:{vague-source-qualifiers})\\s+){0,3}(?:" QA_MODIFIER
    "\\s+){0,2}"
    "(?:{vague-group-irregular-plurals}|{vague-sources}|[A-Za-z]+(?:{vague-group-noun-endings}))"
    "|(?P<pronoun>{vague-group-pronoun-phrases}))"
    "(?:\\s+(?-i:(?:{vague-group-postmodifier-starts}))(?:\\s+" QA_LOWER_WORD
    "){1,4})?"
    "\\s+" QA_AUX "(?P<verb>{vague-group-verbs})\\b";
#undef QA_MODIFIER
#undef QA_LOWER_WORD
constexpr std::string_view kAnonymity =
    "\\b(?P<source>(?:" QA_QUALIFIED_SOURCE "\\s*,?\\s+)?(?:{vague-source-anonymity-phrases}))\\b";

#undef QA_QUALIFIED_SOURCE
#undef QA_VERB
#undef QA_AUX
#undef QA_WORD

std::set<std::string> LowercaseWords(CheckLexicons* lexicons, const std::string& name) {
  std::set<std::string> words;
  for (const std::string& entry : lexicons->Words(name)) words.insert(AsciiLower(entry));
  return words;
}

bool EndsWith(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

std::string VagueMessage(std::string_view phrase) {
  return "vague source: \"" + ShortExcerpt(phrase, 60) +
         "\" is not a named person or organisation; say who said it";
}

std::string VagueMessage(std::string_view phrase, std::string_view stands_for) {
  return "vague source: \"" + ShortExcerpt(phrase, 60) + "\" stands for \"" +
         ShortExcerpt(stands_for, 60) +
         "\", which is not a named person or organisation; say who said it";
}

std::string AnaphorMessage(std::string_view phrase) {
  return "vague source: \"" + ShortExcerpt(phrase, 60) +
         "\" points back to an unnamed source; say who said it";
}

std::string AnonymityMessage(std::string_view phrase) {
  return "anonymous source: \"" + ShortExcerpt(phrase, 80) +
         "\"; name the source or say why anonymity was granted";
}

// The unit containing `pos`, or an empty span at `pos` if none does.
Span UnitAt(const std::vector<Span>& units, size_t pos) {
  auto it = std::upper_bound(units.begin(), units.end(), pos,
                             [](size_t p, Span s) { return p < s.begin; });
  if (it != units.begin() && std::prev(it)->Contains(pos)) return *std::prev(it);
  return Span{pos, pos};
}

// What a group-form match (kGroupSubject) holds after its opener: ASCII
// letters, '-', apostrophes and the whitespace RE2's \s matches, from its
// classes, its \s runs and its lexicons' phrases (GroupBodyPhrases checks
// those). RE2 also folds the Kelvin sign and the long s to ASCII letters,
// but a sentence holding either is searched whole (LexiconGate::Places).
bool IsGroupBodyByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' || c == ' ' ||
         c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // an apostrophe too

// Whether every phrase of the lexicons `pattern` names holds only group-body
// characters (spaces, which become \s runs, and the no-break space among them).
bool GroupBodyPhrases(std::string_view pattern, const RuleSet& rules, CheckLexicons* lexicons) {
  for (const std::string& name : SplitPlaceholders(pattern, rules).lexicons_used) {
    for (const std::string& phrase : lexicons->Words(name)) {
      for (size_t i = 0; i < phrase.size();) {
        const auto c = static_cast<unsigned char>(phrase[i]);
        const std::string_view rest = std::string_view(phrase).substr(i);
        if (c < 0x80 && (IsGroupBodyByte(c) || c == '\v')) {
          ++i;
        } else if (rest.starts_with("\xC2\xA0")) {
          i += 2;
        } else if (rest.starts_with(kRightSingleQuote)) {
          i += kRightSingleQuote.size();
        } else {
          return false;
        }
      }
    }
  }
  return true;
}

// The earliest byte where a group-form match that ends after `pos` can
// start: the match's body is a run of group-body characters holding `pos`,
// opened by the text's start, a clause mark (",", "(", a dash ...) or a
// word of the run; so at the character before the run at the earliest.
size_t GroupClauseStart(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i > 0) {
    const auto c = static_cast<unsigned char>(text[i - 1]);
    if (c < 0x80) {
      if (!IsGroupBodyByte(c)) return i - 1;
      --i;
      continue;
    }
    size_t lead = i - 1;  // the character's first byte, at most three back
    while (lead > 0 && i - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) {
      --lead;
    }
    if (text.substr(lead, i - lead) != kRightSingleQuote) return lead;
    i = lead;
  }
  return 0;
}

}  // namespace

std::unique_ptr<Check> VagueSourceCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                std::vector<RuleError>* errors,
                                                SharedByChecks* shared) {
  OptionReader reader(rule, errors);
  const VagueSourceOptions options = VagueSourceOptions::Read(&reader);
  if (!reader.Finish()) return nullptr;
  std::unique_ptr<VagueSourceCheck> check(new VagueSourceCheck(rule.severity, options));
  CheckLexicons lexicons(rule, rules, errors);
  const std::vector<std::string>& source_words = lexicons.Words("vague-sources");
  const std::vector<std::string>& pronoun_words = lexicons.Words("vague-pronouns");
  const std::vector<std::string>& speech_verbs = lexicons.Words("speech-verbs");
  const std::vector<std::string>& claim_verbs = lexicons.Words("claim-verbs");
  const std::vector<std::string>& according_cues = lexicons.Words("vague-source-according-cues");
  const std::vector<std::string>& agent_markers = lexicons.Words("vague-source-agent-markers");
  const std::vector<std::string>& qualifiers = lexicons.Words("vague-source-qualifiers");
  const std::vector<std::string>& auxiliaries = lexicons.Words("claim-verb-auxiliaries");
  const std::vector<std::string>& postmodifiers = lexicons.Words("vague-source-postmodifiers");
  // Each lexicon below stands between word boundaries in every template
  // that lists it, as LexiconGate requires.
  constexpr size_t kLexicons = 9;  // added below
  check->gate_ = SharedByChecks::GateFor(shared, kLexicons);
  LexiconGate& gate = *check->gate_;
  const uint32_t sources = gate.Add(source_words);
  const uint32_t pronouns = gate.Add(pronoun_words);
  const uint32_t anonymity = gate.Add(lexicons.Words("vague-source-anonymity-phrases"));
  const uint32_t verbs = gate.Add(speech_verbs) | gate.Add(claim_verbs);
  const uint32_t group_verbs = gate.Add(lexicons.Words("vague-group-verbs"));
  // The cue words of two forms that nearly never match: a sentence without
  // "according to" or "by" is not searched for them at all.
  const uint32_t according = gate.Add(according_cues);
  const uint32_t agent = gate.Add(agent_markers);
  // And the postmodifier form's ("people familiar with"), whose object runs on.
  const uint32_t postmodifier = gate.Add(postmodifiers);
  check->source_words_ = sources | pronouns | anonymity;
  check->group_verbs_ = group_verbs;
  // Up to three qualifiers open QA_QUALIFIED_SOURCE before its noun.
  const size_t qualifier_words = 3 * LexiconGate::MostWords(qualifiers);
  // Where a form's two phrases stand a few words apart (WordGap), the words
  // that may stand between their filed words, read off the templates above.
  const auto after_filed = &WordGap::WordsBesideFiled;
  const size_t verb_words = std::max(after_filed(speech_verbs), after_filed(claim_verbs));
  // QA_AUX: up to two auxiliaries or words in -ly.
  const size_t aux_words = 2 * std::max<size_t>(LexiconGate::MostWords(auxiliaries), 1);
  auto subject_gap = [&](uint32_t subject, const std::vector<std::string>& subjects) {
    return WordGap::Shape{subject,
                          verbs,
                          {&subjects, &auxiliaries, &speech_verbs, &claim_verbs},
                          true,
                          after_filed(subjects) + aux_words + verb_words};
  };
  struct Template {
    Form form;
    std::string_view pattern;
    std::vector<uint32_t> needs;
    size_t words_before;  // as in FormPattern, read off each template above
    uint32_t opens;
    uint32_t closes;
    std::optional<WordGap::Shape> gap;
  };
  const Template templates[] = {
      {Form::kSubject,
       kSubject,
       {sources, verbs},
       qualifier_words,
       sources,
       verbs,
       subject_gap(sources, source_words)},
      {Form::kPronounSubject,
       kPronounSubject,
       {pronouns, verbs},
       0,
       pronouns,
       verbs,
       subject_gap(pronouns, pronoun_words)},
      {Form::kInverted,
       kInverted,
       {verbs, sources},
       0,
       verbs,
       sources,
       WordGap::Shape{verbs,
                      sources,
                      {&speech_verbs, &claim_verbs, &qualifiers, &source_words},
                      false,
                      verb_words + qualifier_words + after_filed(source_words)}},
      {Form::kAgent,
       kAgent,
       {verbs, agent, sources | pronouns},
       0,
       verbs,
       sources | pronouns,
       WordGap::Shape{verbs,
                      sources | pronouns,
                      {&speech_verbs, &claim_verbs, &agent_markers, &qualifiers, &source_words,
                       &pronoun_words},
                      false,
                      verb_words + LexiconGate::MostWords(agent_markers) + qualifier_words +
                          std::max(after_filed(source_words), after_filed(pronoun_words))}},
      {Form::kAccording,
       kAccording,
       {according, sources},
       0,
       according,
       sources,
       WordGap::Shape{according,
                      sources,
                      {&according_cues, &qualifiers, &source_words},
                      false,
                      after_filed(according_cues) + qualifier_words + after_filed(source_words)}},
      {Form::kPostmodifier,
       kPostmodifier,
       {sources, postmodifier},
       qualifier_words,
       sources,
       0,
       WordGap::Shape{sources,
                      postmodifier,
                      {&source_words, &postmodifiers},
                      false,
                      after_filed(source_words) + after_filed(postmodifiers)}},
      {Form::kAnonymity,
       kAnonymity,
       {anonymity},
       qualifier_words,
       sources | anonymity,
       anonymity,
       std::nullopt},
      {Form::kGroupSubject, kGroupSubject, {group_verbs}, 0, 0, group_verbs, std::nullopt},
  };
  check->group_clause_bound_ = GroupBodyPhrases(kGroupSubject, rules, &lexicons);
  for (const Template& t : templates) {
    if (t.form == Form::kAnonymity && !check->anonymous_sources_) continue;
    auto pattern = lexicons.Compile(t.pattern);
    if (pattern == nullptr) continue;
    int source = pattern->GroupIndex("source");
    int verb = pattern->GroupIndex("verb");
    int pronoun = t.form == Form::kGroupSubject ? pattern->GroupIndex("pronoun") : -1;
    check->patterns_.push_back({t.form, std::move(pattern), source, verb, pronoun, t.needs,
                                t.words_before, t.opens, t.closes,
                                t.gap ? std::make_unique<WordGap>(gate, *t.gap) : nullptr});
  }
  check->anaphoric_ = LowercaseWords(&lexicons, "vague-source-anaphors");
  check->ignored_verbs_ = LowercaseWords(&lexicons, "vague-source-ignored-verbs");
  check->affiliation_ = LowercaseWords(&lexicons, "vague-source-affiliations");
  check->non_naming_ = LowercaseWords(&lexicons, "vague-source-non-names");
  check->demonstratives_ = LowercaseWords(&lexicons, "vague-source-demonstratives");
  for (const std::string& pair : lexicons.Words("vague-source-irregular-singulars")) {
    size_t space = pair.find(' ');
    if (space != std::string::npos) {
      check->singulars_[AsciiLower(pair.substr(0, space))] = AsciiLower(pair.substr(space + 1));
    }
  }
  check->group_non_modifiers_ = LowercaseWords(&lexicons, "vague-group-non-modifiers");
  check->group_non_persons_ = LowercaseWords(&lexicons, "vague-group-non-person-nouns");
  check->object_continuations_ = LowercaseWords(&lexicons, "vague-source-object-continuations");
  check->group_openers_ = LowercaseWords(&lexicons, "vague-group-clause-openers");
  check->group_postmodifier_starts_ = LowercaseWords(&lexicons, "vague-group-postmodifier-starts");
  check->public_offices_ = LowercaseWords(&lexicons, "role-only-public-offices");
  check->person_nouns_ = LowercaseWords(&lexicons, "role-only-person-nouns");
  check->person_endings_ = LowercaseWords(&lexicons, "role-only-person-endings");
  if (!lexicons.ok()) return nullptr;
  return check;
}

VagueSourceOptions VagueSourceOptions::Read(OptionReader* reader) {
  VagueSourceOptions o;
  o.use_attribution = reader->Bool("use_attribution");
  o.text_patterns = reader->Bool("text_patterns");
  o.anonymous_sources = reader->Bool("anonymous_sources");
  o.role_only_speakers = reader->Bool("role_only_speakers");
  return o;
}

VagueSourceCheck::VagueSourceCheck(Severity severity, const VagueSourceOptions& options)
    : severity_(severity),
      use_attribution_(options.use_attribution),
      text_patterns_(options.text_patterns),
      anonymous_sources_(options.anonymous_sources),
      role_only_speakers_(options.role_only_speakers) {}

VagueSourceCheck::~VagueSourceCheck() = default;

bool VagueSourceCheck::InWordList(const std::set<std::string>& words, std::string_view word) const {
  return words.count(AsciiLower(word)) > 0;
}

bool VagueSourceCheck::NamedBefore(std::string_view text, Span phrase, Span unit) const {
  Span before = WordBefore(text, phrase.begin, unit.begin);
  if (before.empty()) return false;
  std::string_view word = text.substr(before.begin, before.size());
  if (InWordList(anaphoric_, word)) return true;
  // "Tuesday." or "U.S." end a sentence or abbreviate a country: no name.
  if (EndsWith(word, ".")) return false;
  if (IsPossessive(word)) return true;
  return StartsWithCapital(word) && !InWordList(non_naming_, word);
}

bool VagueSourceCheck::NamedAfter(std::string_view text, Span phrase, Span unit) const {
  Span after = WordAfter(text, phrase.end, unit.end);
  if (after.empty()) return false;
  std::string_view word = text.substr(after.begin, after.size());
  if (StartsWithCapital(word)) return !InWordList(non_naming_, word);
  if (!InWordList(affiliation_, word)) return false;
  Span next = WordAfter(text, after.end, unit.end);
  std::string_view name = text.substr(next.begin, next.size());
  if (InWordList(anaphoric_, name)) {
    next = WordAfter(text, next.end, unit.end);
    name = text.substr(next.begin, next.size());
  }
  return StartsWithCapital(name) && !InWordList(non_naming_, name);
}

namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether a capitalised word (at byte `near`) is a name: a word of a named
// source the scan found, or capitalised again mid-sentence elsewhere nearby
// ("Sanders said" when the article also has "with Sanders"), so not just a
// sentence's first word.
bool KnownName(std::string_view text, const ScanResult& scan, std::string_view word, size_t near) {
  for (const Entity& entity : scan.entities) {
    if (entity.kind == SpeakerKind::kVague) continue;
    for (size_t at = entity.name.find(word); at != std::string::npos;
         at = entity.name.find(word, at + 1)) {
      size_t end = at + word.size();
      if ((at == 0 || !IsAsciiLetter(entity.name[at - 1])) &&
          (end == entity.name.size() || !IsAsciiLetter(entity.name[end]))) {
        return true;
      }
    }
  }
  // Only the text around the word is searched: an article is read whole,
  // and a 50 MB file stays linear.
  constexpr size_t kReach = 64 * 1024;
  size_t from = near > kReach ? near - kReach : 0;
  text = text.substr(0, std::min(text.size(), near + kReach));
  for (size_t at = text.find(word, from); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    size_t end = at + word.size();
    if (end < text.size() && IsAsciiLetter(text[end])) continue;
    size_t before = at;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    if (before == at || before == 0) continue;
    char c = text[before - 1];
    if ((c >= 'a' && c <= 'z') || c == ',') return true;
  }
  return false;
}

}  // namespace

Span VagueSourceCheck::UnnamedGroup(std::string_view text, const ScanResult& scan, Span phrase,
                                    Span unit) const {
  // Only the sentence's first word may be capitalised ("Shipping analysts
  // said"); a capital inside the phrase names an organisation ("the Harbor
  // Council officials").
  size_t first = unit.begin;
  auto is_alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  while (first < unit.end && !is_alnum(text[first])) ++first;
  size_t pos = phrase.begin;
  size_t begin = phrase.end;
  std::string_view last;
  while (pos < phrase.end) {
    Span word = WordAfter(text, pos, phrase.end);
    if (word.empty()) break;
    pos = word.end;
    std::string_view w = text.substr(word.begin, word.size());
    // ", and traders said": the regex may take the opener as a modifier.
    if (last.empty() && InWordList(group_openers_, w)) continue;
    if (StartsWithCapital(w) && (word.begin != first || KnownName(text, scan, w, word.begin)))
      return Span{};
    // "the traders", "their lawyers": a group already named, or no group.
    if (InWordList(group_non_modifiers_, w) || InWordList(anaphoric_, w)) return Span{};
    if (last.empty()) begin = word.begin;
    last = w;
  }
  if (last.empty() || InWordList(group_non_persons_, last)) return Span{};
  return Span{begin, phrase.end};
}

bool VagueSourceCheck::ObjectAfterInverted(std::string_view text, Span phrase, Span unit) const {
  // "said analysts." or "said analysts at a briefing" end the cue; "urged
  // residents to stay" or "told officials that" make the noun an object.
  Span after = WordAfter(text, phrase.end, unit.end);
  if (after.empty()) return false;
  std::string_view word = text.substr(after.begin, after.size());
  return InWordList(object_continuations_, word);
}

bool VagueSourceCheck::AfterQuoteOrComma(std::string_view text, size_t pos, size_t floor) {
  while (pos > floor && IsAsciiSpace(text[pos - 1])) --pos;
  std::string_view before = text.substr(floor, pos - floor);
  return EndsWith(before, ",") || ClosingQuoteLengthBefore(before, before.size()) > 0;
}

bool VagueSourceCheck::IsPlainRole(std::string_view mention) const {
  // "the officer", "the ad's narrator": a determiner, then lower-case words
  // only. A capitalised modifier ("the Vermont senator") or a public office
  // ("the president") is an epithet for someone the article names, and a
  // pronoun is not a role.
  size_t pos = 0;
  Span first = WordAfter(mention, pos, mention.size());
  if (first.empty() || AsciiLower(mention.substr(first.begin, first.size())) != "the") return false;
  pos = first.end;
  std::string_view head;
  while (true) {
    Span word = WordAfter(mention, pos, mention.size());
    if (word.empty()) break;
    unsigned char c = static_cast<unsigned char>(mention[word.begin]);
    if (!(c >= 'a' && c <= 'z')) return false;
    head = mention.substr(word.begin, word.size());
    pos = word.end;
  }
  if (head.empty() || InWordList(public_offices_, head)) return false;
  // A person, one of them: a person noun's ending ("officer", "narrator",
  // "spokesman") or a listed person noun ("judge", "aide").
  std::string lower = AsciiLower(head);
  if (InWordList(person_nouns_, lower)) return true;
  for (const std::string& ending : person_endings_) {
    if (lower.size() > ending.size() + 2 &&
        lower.compare(lower.size() - ending.size(), ending.size(), ending) == 0) {
      return true;
    }
  }
  return false;
}

bool VagueSourceCheck::RoleNamedInText(std::string_view text, const std::string& lower,
                                       std::string_view mention) const {
  // "harbour master Peter Brandt" or "Peter Brandt, the harbour master"
  // anywhere in the article: the role belongs to a named person.
  std::string role = AsciiLower(mention);
  size_t space = role.find(' ');
  if (space == std::string::npos) return false;
  role = role.substr(space + 1);
  for (size_t at = lower.find(role); at != std::string::npos; at = lower.find(role, at + 1)) {
    size_t after = at + role.size();
    if (after + 1 < text.size() && text[after] == ' ' && text[after + 1] >= 'A' &&
        text[after + 1] <= 'Z') {
      return true;
    }
    std::string_view before = text.substr(0, at);
    for (std::string_view lead : {", the ", ", a ", ", an ", ", their ", ", its "}) {
      if (before.size() > lead.size() && before.substr(before.size() - lead.size()) == lead) {
        return true;
      }
    }
  }
  return false;
}

void VagueSourceCheck::FromAttributions(const CheckContext& context, const std::vector<Span>& units,
                                        std::vector<Candidate>* out) const {
  const ScanResult& scan = context.scan;
  std::string_view text = context.document.text;
  std::string lower_text;                   // made once, when a role needs it
  std::map<std::string, bool> named_roles;  // role -> given to a name in the text
  for (const Quote& quote : scan.quotes) {
    int index = quote.attribution.entity;
    if (!IsSpokenQuote(quote) || index < 0 || static_cast<size_t>(index) >= scan.entities.size()) {
      continue;
    }
    const Entity& entity = scan.entities[static_cast<size_t>(index)];
    // "Move along," the officer said: a person the article knows only by a
    // role it never ties to a name ("the mayor" after "Mayor Elena Varga"
    // resolves to her and is not reported).
    if (role_only_speakers_ && entity.kind == SpeakerKind::kPerson &&
        entity.name.compare(0, 4, "the ") == 0 && !quote.attribution.mention.empty() &&
        quote.attribution.mention.end <= text.size() &&
        IsPlainRole(
            text.substr(quote.attribution.mention.begin, quote.attribution.mention.size()))) {
      std::string_view role =
          text.substr(quote.attribution.mention.begin, quote.attribution.mention.size());
      auto known = named_roles.find(AsciiLower(role));
      if (known == named_roles.end()) {
        if (lower_text.empty()) lower_text = AsciiLower(text);
        known =
            named_roles.emplace(AsciiLower(role), RoleNamedInText(text, lower_text, role)).first;
      }
      if (known->second) continue;
      Span mention = quote.attribution.mention;
      out->push_back({mention,
                      "role only: \"" +
                          ShortExcerpt(text.substr(mention.begin, mention.size()), 80) +
                          "\" is known only by a role; name the person if the article can",
                      false, true});
      continue;
    }
    if (entity.kind != SpeakerKind::kVague) continue;
    Span span = quote.attribution.mention.empty() ? quote.span : quote.attribution.mention;
    if (span.end > text.size()) continue;
    if (!quote.attribution.mention.empty() && NamedBefore(text, span, UnitAt(units, span.begin))) {
      continue;
    }
    std::string_view phrase = quote.attribution.mention.empty()
                                  ? std::string_view(entity.name)
                                  : text.substr(span.begin, span.size());
    // A pronoun or short form ("they") names the group it stands for.
    std::string message = AsciiLower(ShortExcerpt(phrase, phrase.size())) == AsciiLower(entity.name)
                              ? VagueMessage(phrase)
                              : VagueMessage(phrase, entity.name);
    out->push_back({span, std::move(message), false});
  }
}

std::string VagueSourceCheck::NounStem(std::string_view word) const {
  std::string lower = AsciiLower(word);
  auto it = singulars_.find(lower);
  if (it != singulars_.end()) return it->second;
  if (lower.size() > 3 && lower.back() == 's') lower.pop_back();
  return lower;
}

bool VagueSourceCheck::AnaphorOfEarlier(std::string_view text, Span phrase, Span unit,
                                        const std::vector<Candidate>& earlier) const {
  Span before = WordBefore(text, phrase.begin, unit.begin);
  if (before.empty() || !InWordList(demonstratives_, text.substr(before.begin, before.size()))) {
    return false;
  }
  Span head = WordBefore(text, phrase.end, phrase.begin);
  if (head.empty()) return false;
  const std::string stem = NounStem(text.substr(head.begin, head.size()));
  for (const Candidate& c : earlier) {
    if (c.span.end > before.begin) continue;
    for (size_t pos = c.span.begin; pos < c.span.end;) {
      Span word = WordAfter(text, pos, c.span.end);
      if (word.empty()) break;
      if (NounStem(text.substr(word.begin, word.size())) == stem) return true;
      pos = word.end;
    }
  }
  return false;
}

void VagueSourceCheck::FromText(const CheckContext& context, size_t unit_index, Span unit,
                                const std::vector<Candidate>& earlier,
                                std::vector<Candidate>* out) const {
  std::string_view text = context.document.text;
  std::string_view unit_text = text.substr(unit.begin, unit.size());
  // The word look-up first: most sentences hold no lexicon the patterns
  // need, and RE2 would read each of them through to say so.
  LexiconGate::Places places;
  const uint32_t present = context.sentence_lexicons.MayOccur(*gate_, unit_index, unit, &places);
  // The gate's answer is enough: each form needs one of these lexicons and
  // its own search tells a phrase from its filed words alone ("familiar"
  // and "people" without "people familiar with"), so no search before.
  const bool any_vague_word = (present & source_words_) != 0;
  const bool any_group_verb = (present & group_verbs_) != 0;
  if (!any_vague_word && !any_group_verb) return;
  // The words the gate read, for the forms whose phrases stand side by side.
  const auto hits =
      places.anywhere ? std::nullopt : context.sentence_lexicons.Hits(*gate_, unit_index, unit);
  for (const FormPattern& fp : patterns_) {
    if (fp.source_group <= 0) continue;  // every template names one
    if (!(fp.form == Form::kGroupSubject ? any_group_verb : any_vague_word)) continue;
    if (!std::all_of(fp.needs.begin(), fp.needs.end(),
                     [&](uint32_t need) { return (present & need) != 0; })) {
      continue;
    }
    // Its two phrases side by side somewhere, or no match.
    if (fp.gap != nullptr && hits && !fp.gap->MayMatch(unit_text, *hits)) continue;
    // Only the bytes a match can lie in: from the first word that can open
    // one to the last that can close one.
    size_t from =
        fp.opens == 0 ? 0 : gate_->EarliestStart(unit_text, places, fp.opens, fp.words_before);
    const size_t to =
        fp.closes == 0 ? unit_text.size() : gate_->LatestEnd(unit_text, places, fp.closes);
    if (fp.form == Form::kGroupSubject && group_clause_bound_ && !places.anywhere) {
      // The group form opens its match in the clause of the first group
      // verb at the earliest: no match spans a mark outside its body.
      size_t first_verb = unit_text.size();
      for (uint32_t rest = group_verbs_ & places.found; rest != 0; rest &= rest - 1) {
        first_verb = std::min(first_verb, places.first_begin[std::countr_zero(rest)]);
      }
      if (first_verb < unit_text.size()) {
        from = std::max(from, GroupClauseStart(unit_text, first_verb));
      }
    }
    for (const PatternMatch& match : fp.pattern->FindAll(unit_text, unit.begin, from, to)) {
      Span whole = match.whole;
      const auto& group = match.groups[static_cast<size_t>(fp.source_group)];
      if (!group || group->empty()) continue;
      Span source = *group;
      if (fp.verb_group > 0) {
        const auto& verb = match.groups[static_cast<size_t>(fp.verb_group)];
        // Whitespace runs inside a verb phrase compare as one space.
        std::string verb_text =
            verb ? ShortExcerpt(text.substr(verb->begin, verb->size()), verb->size()) : "";
        if (InWordList(ignored_verbs_, verb_text)) continue;
        // "Most states", "many questions": after a plural pronoun a word in
        // -s is a noun, not a verb.
        std::string_view first_word = std::string_view(verb_text).substr(0, verb_text.find(' '));
        if (fp.form == Form::kPronounSubject && EndsWith(AsciiLower(first_word), "s")) continue;
      }
      bool keep = true;
      bool anaphor = false;
      switch (fp.form) {
        case Form::kSubject:
          keep = !NamedBefore(text, source, unit);
          if (!keep && AnaphorOfEarlier(text, source, unit, earlier)) {
            keep = true;
            anaphor = true;
            source.begin = WordBefore(text, source.begin, unit.begin).begin;
            whole.begin = source.begin;
          }
          break;
        case Form::kPronounSubject:
        case Form::kPostmodifier:
        case Form::kAnonymity:
          keep = !NamedBefore(text, source, unit);
          break;
        case Form::kGroupSubject:
          // A group pronoun phrase ("several of them") needs no noun test.
          if (fp.pronoun_group <= 0 || !match.groups[static_cast<size_t>(fp.pronoun_group)]) {
            source = UnnamedGroup(text, context.scan, source, unit);
          }
          keep = !source.empty() && !NamedBefore(text, source, unit) &&
                 !NamedAfter(text, source, unit);
          break;
        case Form::kInverted:
          keep = AfterQuoteOrComma(text, whole.begin, unit.begin) &&
                 !NamedAfter(text, source, unit) && !ObjectAfterInverted(text, source, unit);
          break;
        case Form::kAgent:
        case Form::kAccording:
          keep = !NamedAfter(text, source, unit);
          break;
      }
      if (!keep) continue;
      std::string_view phrase = text.substr(source.begin, source.size());
      bool anonymity = fp.form == Form::kAnonymity;
      Span span = fp.form == Form::kPostmodifier || anonymity ? source : whole;
      if (fp.form == Form::kGroupSubject) span = Span{source.begin, whole.end};
      out->push_back({span,
                      anonymity ? AnonymityMessage(phrase)
                      : anaphor ? AnaphorMessage(phrase)
                                : VagueMessage(phrase),
                      anonymity});
    }
  }
}

void VagueSourceCheck::Run(const CheckContext& context, FindingSink findings) const {
  std::vector<Span> units = SearchUnits(context.document, context.scan);
  std::vector<Candidate> candidates;
  if (use_attribution_) FromAttributions(context, units, &candidates);
  if (text_patterns_) {
    std::vector<Span> attributed;
    for (const Candidate& c : candidates) attributed.push_back(c.span);
    SpanSet attributed_set(std::move(attributed));
    SpanSet quoted = SpokenQuoteSpans(context.scan);
    std::vector<Candidate> in_unit;
    for (size_t u = 0; u < units.size(); ++u) {
      const Span unit = units[u];
      if (unit.end > context.document.text.size()) continue;
      in_unit.clear();
      FromText(context, u, unit, candidates, &in_unit);
      // An anonymity phrase usually explains a vague source already found in
      // the sentence ("an official said on condition of anonymity"): report
      // the sentence's source once.
      bool has_plain = attributed_set.Overlaps(unit) ||
                       std::any_of(in_unit.begin(), in_unit.end(),
                                   [](const Candidate& c) { return !c.anonymity; });
      for (Candidate& c : in_unit) {
        if (c.anonymity && has_plain) continue;
        if (quoted.Overlaps(c.span)) continue;  // the quoted speaker's words
        candidates.push_back(std::move(c));
      }
    }
  }
  // One finding per phrase: earliest first, longest first at equal starts,
  // and nothing that overlaps a kept finding.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     return a.span.begin < b.span.begin ||
                            (a.span.begin == b.span.begin && a.span.end > b.span.end);
                   });
  size_t kept_end = 0;
  bool any = false;
  for (Candidate& c : candidates) {
    if (any && c.span.begin < kept_end) continue;
    any = true;
    kept_end = c.span.end;
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = c.role_only ? Severity::kInfo : severity_;
    finding.message = std::move(c.message);
    finding.span = c.span;
    findings.push_back(std::move(finding));
  }
}

}  // namespace qa
