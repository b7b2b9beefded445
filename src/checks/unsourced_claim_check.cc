#include "checks/unsourced_claim_check.h"

#include <algorithm>

#include "checks/check_lexicons.h"
#include "core/text.h"

namespace qa {
namespace {

using check_text::ShortExcerpt;
using check_text::StartsWithCapital;

constexpr std::string_view kPhrases = "\\b(?:{unsourced-claim-phrases})\\b";
constexpr std::string_view kStrictPhrases = "\\b(?:{unsourced-claim-strict-phrases})\\b";
// A word followed by a speech or claim verb, perhaps with auxiliaries or an
// adverb between ("Moll has long argued", "the ministry said"), or closing an
// apposition ("Anders Moll, chief executive of Redhill Mining, said").
constexpr std::string_view kSubjectVerb =
    "(?P<subject>[\\p{L}\\p{N}'\\x{2019}.-]+),?\\s+"
    "(?:(?:{claim-verb-auxiliaries}|[a-z]+ly)\\s+){0,2}(?:{speech-verbs}|{claim-verbs})\\b";
// Passive claims whatever adverbs stand in them: "Worries have also been
// raised", "It is now widely understood that".
#define QA_ADVERBS "(?:(?:{unsourced-claim-adverbs}|[a-z]+ly)\\s+){0,2}"
constexpr std::string_view kPassiveConcern =
    "\\b(?:{unsourced-claim-concern-nouns})\\s+(?:{unsourced-claim-passive-auxiliaries})"
    "\\s+" QA_ADVERBS "(?:been\\s+)?(?:{unsourced-claim-concern-verbs})\\b";
constexpr std::string_view kImpersonal =
    "\\b(?:{unsourced-claim-impersonal-subjects})\\s+(?:{unsourced-claim-passive-auxiliaries})"
    "\\s+" QA_ADVERBS "(?:been\\s+)?(?:{unsourced-claim-impersonal-verbs})\\b";
#undef QA_ADVERBS
constexpr std::string_view kNamedAccording =
    "\\b(?:{unsourced-claim-according-cues})\\s+(?:the\\s+)?(?-i:[A-Z])";
constexpr std::string_view kByAgent = "\\s+(?:{unsourced-claim-agent-markers})\\s+\\S";
constexpr std::string_view kAgentInClause = "\\s(?:{unsourced-claim-agent-markers})(?:\\s|$)";

std::set<std::string> LowercaseWords(CheckLexicons* lexicons, const std::string& name) {
  std::set<std::string> words;
  for (const std::string& entry : lexicons->Words(name)) words.insert(AsciiLower(entry));
  return words;
}

std::string_view LastWord(std::string_view phrase) {
  size_t space = phrase.find_last_of(' ');
  return space == std::string_view::npos ? phrase : phrase.substr(space + 1);
}

std::string Message(std::string_view phrase, bool strict) {
  std::string quoted = "\"" + ShortExcerpt(phrase, 60) + "\"";
  if (strict) {
    return "unsourced claim: " + quoted +
           " implies a reaction no one is named for; say whose, or cut it";
  }
  return "unsourced claim: " + quoted + " rests on no named source; say who claims it";
}

// The rest of the clause from `pos`: up to , ; : or a sentence end.
std::string_view RestOfClause(std::string_view text, size_t pos, size_t end) {
  std::string_view rest = text.substr(pos, end - pos);
  return rest.substr(0, std::min(rest.size(), rest.find_first_of(",;:.?!")));
}

}  // namespace

std::unique_ptr<Check> UnsourcedClaimCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                   std::vector<RuleError>* errors,
                                                   SharedByChecks* shared) {
  OptionReader reader(rule, errors);
  const UnsourcedClaimOptions options = UnsourcedClaimOptions::Read(&reader);
  if (!reader.Finish()) return nullptr;
  std::unique_ptr<UnsourcedClaimCheck> check(new UnsourcedClaimCheck(rule.severity, options));
  CheckLexicons lexicons(rule, rules, errors);
  // Each form opens with a phrase of one of these lexicons between word
  // boundaries, as LexiconGate requires: a sentence with none of their
  // words is not searched.
  // The passive forms' verbs are added too, for their word gaps.
  check->gate_ = SharedByChecks::GateFor(shared, check->strict_ ? 6 : 5);
  LexiconGate& gate = *check->gate_;
  const std::vector<std::string>& concern_nouns = lexicons.Words("unsourced-claim-concern-nouns");
  const std::vector<std::string>& concern_verbs = lexicons.Words("unsourced-claim-concern-verbs");
  const std::vector<std::string>& impersonal_subjects =
      lexicons.Words("unsourced-claim-impersonal-subjects");
  const std::vector<std::string>& impersonal_verbs =
      lexicons.Words("unsourced-claim-impersonal-verbs");
  const std::vector<std::string>& auxiliaries =
      lexicons.Words("unsourced-claim-passive-auxiliaries");
  const std::vector<std::string>& adverbs = lexicons.Words("unsourced-claim-adverbs");
  check->plain_words_ = gate.Add(lexicons.Words("unsourced-claim-phrases"));
  const uint32_t concern = gate.Add(concern_nouns);
  const uint32_t impersonal = gate.Add(impersonal_subjects);
  check->phrase_words_ = check->plain_words_ | concern | impersonal;
  // Between subject and verb (kPassiveConcern, kImpersonal): an auxiliary,
  // two adverbs or words in -ly, "been"; and the phrases' own words beside
  // their filed ones.
  static const std::vector<std::string> kBeen = {"been"};
  const auto after_filed = &WordGap::WordsBesideFiled;
  const size_t middle = LexiconGate::MostWords(auxiliaries) +
                        2 * std::max<size_t>(LexiconGate::MostWords(adverbs), 1) + 1;
  auto passive_gap = [&](uint32_t subject, const std::vector<std::string>& subjects,
                         const std::vector<std::string>& verbs) {
    return std::make_unique<WordGap>(
        gate, WordGap::Shape{subject,
                             gate.Add(verbs),
                             {&subjects, &auxiliaries, &adverbs, &kBeen, &verbs},
                             true,
                             after_filed(subjects) + middle + after_filed(verbs)});
  };
  check->concern_gap_ = passive_gap(concern, concern_nouns, concern_verbs);
  check->impersonal_gap_ = passive_gap(impersonal, impersonal_subjects, impersonal_verbs);
  if (check->strict_)
    check->strict_words_ = gate.Add(lexicons.Words("unsourced-claim-strict-phrases"));
  // One pass over each sentence for the fixed phrases and the passives.
  check->phrases_ =
      lexicons.Compile(std::string(kPhrases) + "|(?P<passive>" + std::string(kPassiveConcern) +
                       "|" + std::string(kImpersonal) + ")");
  if (check->phrases_ != nullptr) check->passive_group_ = check->phrases_->GroupIndex("passive");
  if (check->strict_) check->strict_phrases_ = lexicons.Compile(kStrictPhrases);
  check->subject_verb_ = lexicons.Compile(kSubjectVerb);
  check->named_according_ = lexicons.Compile(kNamedAccording);
  check->by_agent_ = lexicons.Compile(kByAgent);
  check->agent_in_clause_ = lexicons.Compile(kAgentInClause);
  check->pronouns_ = LowercaseWords(&lexicons, "unsourced-claim-pronouns");
  check->non_naming_ = LowercaseWords(&lexicons, "vague-source-non-names");
  for (const std::string& entry : lexicons.Words("vague-sources")) {
    check->vague_words_.insert(AsciiLower(LastWord(entry)));
  }
  for (const std::string& entry : lexicons.Words("vague-pronouns")) {
    check->vague_words_.insert(AsciiLower(entry));
  }
  if (!lexicons.ok()) return nullptr;
  return check;
}

UnsourcedClaimOptions UnsourcedClaimOptions::Read(OptionReader* reader) {
  UnsourcedClaimOptions o;
  o.strict = reader->Bool("strict");
  return o;
}

UnsourcedClaimCheck::UnsourcedClaimCheck(Severity severity, const UnsourcedClaimOptions& options)
    : severity_(severity), strict_(options.strict) {}

UnsourcedClaimCheck::~UnsourcedClaimCheck() = default;

bool UnsourcedClaimCheck::EntityWords::Contains(const std::string& lower) const {
  if (!words_) {
    words_.emplace();
    for (const Entity& entity : scan_.entities) {
      if (entity.kind == SpeakerKind::kVague || entity.kind == SpeakerKind::kUnknown) continue;
      words_->insert(AsciiLower(LastWord(entity.name)));
      for (const std::string& alias : entity.aliases) words_->insert(AsciiLower(LastWord(alias)));
    }
  }
  return words_->count(lower) > 0;
}

bool UnsourcedClaimCheck::IsSourceSubject(std::string_view word,
                                          const EntityWords& entity_words) const {
  std::string lower = AsciiLower(word);
  if (pronouns_.count(lower) > 0 || vague_words_.count(lower) > 0 || entity_words.Contains(lower)) {
    return true;
  }
  // A capitalised subject is a name ("Moll said", "MBN said") unless it is a
  // known non-name that merely opens the sentence ("Reports suggest").
  return StartsWithCapital(word) && non_naming_.count(lower) == 0;
}

bool UnsourcedClaimCheck::SentenceSources::AnyBesides(Span phrase) const {
  if (named) return true;
  // The subjects overlapping the phrase form one run of the sorted, disjoint
  // list; any subject outside that run is another source.
  auto first = std::lower_bound(subjects.begin(), subjects.end(), phrase.begin,
                                [](Span s, size_t pos) { return s.end <= pos; });
  auto last = std::lower_bound(first, subjects.end(), phrase.end,
                               [](Span s, size_t pos) { return s.begin < pos; });
  return static_cast<size_t>(last - first) < subjects.size();
}

UnsourcedClaimCheck::SentenceSources UnsourcedClaimCheck::FindSources(
    std::string_view text, Span unit, const SpanSet& attributions,
    const EntityWords& entity_words) const {
  SentenceSources sources;
  std::string_view unit_text = text.substr(unit.begin, unit.size());
  sources.named = attributions.Overlaps(unit) || named_according_->Matches(unit_text);
  if (sources.named) return sources;
  int group = subject_verb_->GroupIndex("subject");
  for (const PatternMatch& match : subject_verb_->FindAll(unit_text, unit.begin)) {
    const auto& subject = match.groups[static_cast<size_t>(group)];
    if (!subject) continue;
    if (IsSourceSubject(text.substr(subject->begin, subject->size()), entity_words)) {
      sources.subjects.push_back(match.whole);
    }
  }
  return sources;
}

bool UnsourcedClaimCheck::MayHoldPhrase(const CheckContext& context, size_t index, Span unit,
                                        uint32_t present) const {
  if ((present & plain_words_) != 0) return true;
  const auto hits = context.sentence_lexicons.Hits(*gate_, index, unit);
  if (!hits) return true;
  const std::string_view unit_text = context.document.Text(unit);
  return concern_gap_->MayMatch(unit_text, *hits) || impersonal_gap_->MayMatch(unit_text, *hits);
}

void UnsourcedClaimCheck::Run(const CheckContext& context, FindingSink findings) const {
  const Document& document = context.document;
  const ScanResult& scan = context.scan;
  std::string_view text = document.text;
  std::vector<Span> attributed;
  for (const Quote& quote : scan.quotes) {
    if (!IsSpokenQuote(quote) || quote.attribution.entity < 0) continue;
    attributed.push_back(quote.span);
    if (!quote.attribution.mention.empty()) attributed.push_back(quote.attribution.mention);
    if (!quote.attribution.cue.empty()) attributed.push_back(quote.attribution.cue);
  }
  SpanSet attributions(std::move(attributed));
  SpanSet quoted = SpokenQuoteSpans(scan);
  // Lowercase subjects that still name a source: "the ministry said" when the
  // scan knows an entity "the ministry".
  const EntityWords entity_words(scan);

  struct Hit {
    Span span;
    bool strict;
    bool passive = false;
  };
  std::vector<Hit> hits;
  const std::vector<Span> units = SearchUnits(document, scan);
  for (size_t u = 0; u < units.size(); ++u) {
    const Span unit = units[u];
    if (unit.end > text.size()) continue;
    const uint32_t present = context.sentence_lexicons.MayOccur(*gate_, u, unit, nullptr);
    if ((present & (phrase_words_ | strict_words_)) == 0) continue;
    std::string_view unit_text = text.substr(unit.begin, unit.size());
    hits.clear();
    if ((present & phrase_words_) != 0 && MayHoldPhrase(context, u, unit, present)) {
      for (const PatternMatch& match : phrases_->FindAll(unit_text, unit.begin)) {
        const bool passive =
            passive_group_ > 0 && match.groups[static_cast<size_t>(passive_group_)].has_value();
        hits.push_back({match.whole, false, passive});
      }
    }
    if (strict_phrases_ != nullptr && (present & strict_words_) != 0) {
      // Both match lists are sorted and disjoint: sweep them together and
      // drop a strict phrase that overlaps a plain one.
      size_t plain_count = hits.size();
      size_t j = 0;
      for (const PatternMatch& match : strict_phrases_->FindAll(unit_text, unit.begin)) {
        while (j < plain_count && hits[j].span.end <= match.whole.begin) ++j;
        if (j < plain_count && hits[j].span.begin < match.whole.end) continue;
        hits.push_back({match.whole, true});
      }
    }
    if (hits.empty()) continue;
    SentenceSources sources = FindSources(text, unit, attributions, entity_words);
    for (const Hit& hit : hits) {
      if (quoted.Overlaps(hit.span)) continue;  // the quoted speaker's words
      if (sources.AnyBesides(hit.span)) continue;
      // "is believed by the inspectors": the agent is the source.
      if (by_agent_->MatchPrefix(text.substr(hit.span.end, unit.end - hit.span.end))) continue;
      // "Questions were voiced at the meeting by Ada Lorimer": a passive's
      // agent may come later in its clause.
      if (hit.passive && agent_in_clause_->Matches(RestOfClause(text, hit.span.end, unit.end))) {
        continue;
      }
      Finding finding;
      finding.rule = std::string(id());
      finding.severity = severity_;
      finding.message = Message(text.substr(hit.span.begin, hit.span.size()), hit.strict);
      finding.span = hit.span;
      findings.push_back(std::move(finding));
    }
  }
}

}  // namespace qa
