#include "scan/attributor.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/text.h"
#include "scan/attribution_rules.h"
#include "scan/attribution_windows.h"
#include "scan/candidate_ranking.h"
#include "scan/speaker_phrase.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

// Between a quote and its cue ("...," Rep. Ann Lee (D-Ore.), a panel
// member, said) there is room for a name and a short apposition, no more.
constexpr size_t kMaxAfterSpeakerTokens = 18;

// A cue ending in -ing ("saying"): a participle.
bool IsParticipleCue(std::string_view cue) {
  return cue.size() > 4 && cue.substr(cue.size() - 3) == "ing";
}

// "KOVAL" -> "Koval", "DE" -> "De": an all-capitals label word written as
// the article writes names (ASCII letters only; others are kept).
std::string TitleCaseWord(std::string_view word) {
  std::string out(word);
  for (size_t i = 1; i < out.size(); ++i) {
    bool after_letter =
        (out[i - 1] >= 'A' && out[i - 1] <= 'Z') || (out[i - 1] >= 'a' && out[i - 1] <= 'z');
    if (after_letter && out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
  }
  return out;
}

}  // namespace

// The state of attributing one document.
class Attributor::Run {
 public:
  Run(const Attributor& owner, const Document& document, const TextLayout& layout,
      const DocumentTokens& tokens, EntityRegistry* registry, std::vector<Quote>* quotes,
      bool explain)
      : owner_(owner),
        doc_(document),
        text_(document.text),
        layout_(layout),
        tokens_(tokens),
        registry_(*registry),
        quotes_(*quotes),
        explain_(explain) {}

  void AttributeQuote(size_t q);

 private:
  std::string Masked(Span window) const;
  // The text the patterns search in `span`: `masked` itself, or *hidden
  // when a speech verb that ends a place name had to be hidden there.
  std::string_view Searched(const std::string& masked, Span span, std::string* hidden) const;
  // `clause_subject`: read the subject at the clause start instead of the
  // words right before the cue (the last resort, see AttributeQuote).
  bool TryWindow(size_t q, Window window, Span span, size_t sentence, bool clause_subject = false);
  bool TryCandidate(size_t q, const AttributionCandidate& candidate, const std::string& masked,
                    Span span, size_t sentence, bool clause_subject);
  bool TryContinuation(size_t q);
  // The quote that quote q (q > 0) would continue: the one before it, or
  // the speaker's quote when the ones between sit in that speaker's tag.
  size_t ContinuedQuote(size_t q) const;
  bool TryLabel(size_t q);
  // Whether "LABEL:" occurs at least twice in the text around byte `near`.
  bool LabelRepeats(std::string_view label, size_t near) const;
  bool OpensSentence(Span mention) const;
  bool IsUnnamedOpener(const SpeakerPhrase& phrase) const;
  bool IsDateline(Span mention) const;
  // The subject of a participle cue whose clause opens with no subject.
  SpeakerPhrase ReadParticipleSubject(std::vector<Token> tokens) const;
  // The last word of `before_cue` makes the cue passive ("were told").
  bool IsPassiveCue(Span before_cue) const;
  // The cue is a speech verb's form used as a noun, right after an article.
  bool IsNounUse(Span cue, Span window) const;
  // `why` writes the explanation; it is called only when explaining.
  template <typename Why>
  void Attribute(size_t q, int entity, Span mention, Span cue, const std::string& rule,
                 double confidence, Why why) {
    Attribution& a = quotes_[q].attribution;
    a.entity = entity;
    a.mention = mention;
    a.cue = cue;
    a.rule = rule;
    a.confidence = confidence;
    a.explanation = explain_ ? why() : std::string();
  }
  // For a quote left without a speaker, why: every candidate seen and the
  // reason it was rejected (quotes --explain). `why` writes the reason; it
  // is called only when explaining.
  template <typename Why>
  void Reject(Why why) {
    if (explain_) rejected_.push_back(why());
  }
  std::string Unattributed(const std::vector<const char*>& searched) const;

  const Attributor& owner_;
  const Document& doc_;
  std::string_view text_;
  const TextLayout& layout_;
  const DocumentTokens& tokens_;
  EntityRegistry& registry_;
  std::vector<Quote>& quotes_;
  const bool explain_;  // write explanations (quotes --explain)
  std::vector<std::string> rejected_;
  // The tokens one helper (Searched, IsNounUse, IsPassiveCue) reads at a
  // time, one list kept for the document's windows.
  mutable std::vector<Token> scratch_tokens_;
  // The speaker region's tokens, read by TryCandidate (which calls those
  // helpers while it reads them): one list for the document's candidates.
  std::vector<Token> candidate_tokens_;
};

std::string Attributor::Run::Masked(Span window) const {
  // The window's text with every quote inside it blanked, so cues and names
  // inside quoted speech are never read as attribution.
  std::string masked(text_.substr(window.begin, window.size()));
  auto it = std::lower_bound(quotes_.begin(), quotes_.end(), window.begin,
                             [](const Quote& q, size_t pos) { return q.span.end <= pos; });
  for (; it != quotes_.end() && it->span.begin < window.end; ++it) {
    size_t b = std::max(it->span.begin, window.begin) - window.begin;
    size_t e = std::min(it->span.end, window.end) - window.begin;
    std::fill(masked.begin() + static_cast<long>(b), masked.begin() + static_cast<long>(e), ' ');
  }
  return masked;
}

std::string_view Attributor::Run::Searched(const std::string& masked, Span span,
                                           std::string* hidden) const {
  // The masked window with any speech verb that ends a place name ("the
  // United States") hidden, since it is never a cue. Same offsets. Most
  // windows have none: they are searched as masked, with no copy.
  tokens_.OutsideQuotes(span, quotes_, &scratch_tokens_);
  const std::vector<Token>& tokens = scratch_tokens_;
  const WordSets& words = *owner_.words_;
  bool any = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    // A place of two or more words ends here only where one may end with
    // this word: a quick test that rules out nearly every word before the
    // look-ups.
    if (!token.word || !token.capitalized || i == 0 || !words.places.MayEndLongerWith(token.text) ||
        !words.speech_verbs.Contains(token.text)) {
      continue;
    }
    if (words.places.LongestMatchEndingAt(tokens, i + 1) > 1) {
      if (!any) *hidden = masked;
      any = true;
      std::fill_n(hidden->begin() + static_cast<long>(token.span.begin - span.begin),
                  token.span.size(), 'x');
    }
  }
  return any ? std::string_view(*hidden) : std::string_view(masked);
}

bool Attributor::Run::TryCandidate(size_t q, const AttributionCandidate& candidate,
                                   const std::string& masked, Span span, size_t sentence,
                                   bool clause_subject) {
  const CompiledAttributionPattern& pattern = *candidate.pattern;
  std::optional<Span> speaker = candidate.Group(pattern.speaker_group);
  if (!speaker || speaker->empty()) return false;
  std::optional<Span> cue = candidate.Group(pattern.cue_group);
  bool before_cue = cue && speaker->begin < cue->begin;
  std::string_view cue_text = cue ? text_.substr(cue->begin, cue->size()) : std::string_view();
  bool participle = before_cue && IsParticipleCue(cue_text);
  // "Koval went on the radio to accuse ...": an infinitive cue's subject
  // also opens the clause.
  if (before_cue && !participle) {
    std::string_view lead(masked.data(), cue->begin - span.begin);
    while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
    participle = lead.size() >= 3 && lead.substr(lead.size() - 3) == " to";
    // "Varga returned to the podium and declared": a coordinated verb's
    // subject opens the clause too.
    size_t space = lead.find_last_of(" ,");
    std::string_view last = space == std::string_view::npos ? lead : lead.substr(space + 1);
    participle = participle || (space != std::string_view::npos &&
                                owner_.words_->verb_coordinators.Contains(last));
  }
  if (clause_subject && (!before_cue || IsPassiveCue({span.begin, cue->begin}))) return false;
  // 'Varga called the plan "a gamble," adding ...': an -ing cue right
  // after the quote opens a participle clause whose subject opens the
  // quote's sentence; what follows the cue is its object, not a speaker.
  const bool trailing_participle =
      cue && !before_cue && pattern.window == Window::kAfter && IsParticipleCue(cue_text);
  bool at_start = participle || clause_subject || trailing_participle;
  // A participle cue's subject opens the clause: read from the window start.
  Span region = at_start ? Span{span.begin, speaker->end} : *speaker;
  if (trailing_participle) {
    region = {layout_.sentences[layout_.quote_sentence[q]].begin, quotes_[q].span.begin};
  }
  tokens_.OutsideQuotes(region, quotes_, &candidate_tokens_);
  const std::vector<Token>& tokens = candidate_tokens_;
  // What a rejection says first; written only when one is, since most
  // candidates are accepted.
  auto seen = [&] {
    return pattern.id + " found" +
           (cue ? " the cue \"" + std::string(cue_text) + "\"" : std::string()) + " but ";
  };
  // '"That makes me smart," when Brandt blasted him': a clause opened by
  // "when" or "because" after the quote tells of another act, not who
  // spoke ("as Brandt put it" does).
  if (pattern.window == Window::kAfter && before_cue && !tokens.empty() && tokens.front().word &&
      owner_.words_->subordinators.Contains(tokens.front().text) &&
      !owner_.words_->attribution_subordinators.Contains(tokens.front().text)) {
    Reject([&] {
      return seen() + "\"" + std::string(tokens.front().text) +
             "\" opens another clause after the quote";
    });
    return false;
  }
  if (cue && IsNounUse(*cue, span)) {
    Reject([&] {
      return seen() + "it follows an article (\"after the attacks\"), so it is a noun there";
    });
    return false;
  }
  // Longer than "...," the minister said: only a name right after a quote
  // that opens its sentence, followed by its apposition ("...," Ines Koval,
  // director of ... and a professor at ..., said), is the speaker.
  bool long_after =
      pattern.window == Window::kAfter && before_cue && tokens.size() > kMaxAfterSpeakerTokens;
  SpeakerPhrase phrase = at_start ? owner_.reader_->ReadSubjectAtStart(tokens)
                                  : owner_.reader_->Read(tokens, before_cue);
  if (phrase.form == PhraseForm::kNone && participle && !clause_subject) {
    phrase = ReadParticipleSubject(tokens_.OutsideQuotes(*speaker, quotes_));
  }
  if (long_after) {
    auto comma = std::find_if(tokens.begin(), tokens.end(),
                              [](const Token& token) { return !token.word && token.text == ","; });
    if (phrase.form != PhraseForm::kName || comma == tokens.end() ||
        phrase.mention.end > comma->span.begin || !OpensSentence(quotes_[q].span)) {
      Reject([&] { return seen() + "too many words stand between the quote and the cue"; });
      return false;
    }
  }
  // "Hours later, Koval returned ...": a sentence-initial word that names
  // nobody in the article opens an introductory phrase; the subject may
  // follow it. With none there, the word stays ("Another said").
  if (IsUnnamedOpener(phrase)) {
    std::vector<Token> rest = tokens;
    SpeakerPhrase reread = phrase;
    // Each try skips one more comma-separated chunk ("WESTPORT, March 3
    // (Wirefax) -- In response to the strike, Varga ...").
    size_t from = phrase.mention.end;
    for (int tries = 0; tries < 3 && (reread.form == PhraseForm::kNone || IsUnnamedOpener(reread));
         ++tries) {
      auto comma = std::find_if(rest.begin(), rest.end(), [&](const Token& token) {
        return token.span.begin >= from && !token.word &&
               (token.text == "," || token.text == "\xE2\x80\x94" || token.text == "\xE2\x80\x93");
      });
      if (comma == rest.end()) break;
      from = comma->span.end;
      rest.erase(rest.begin(), comma + 1);
      reread = at_start ? owner_.reader_->ReadSubjectAtStart(rest)
                        : owner_.reader_->Read(rest, before_cue);
    }
    if (reread.form != PhraseForm::kNone && !IsUnnamedOpener(reread)) phrase = reread;
  }
  // "Farmers said": an opener that names nobody in the article and is a
  // plural of people is an unnamed group, its capital the sentence's. (A
  // surname the article gives a person, "Sanders", is no opener.)
  if (IsUnnamedOpener(phrase) && phrase.kind == SpeakerKind::kPerson) {
    std::string lower = AsciiLower(phrase.name);
    if (owner_.words_->IsGroupNoun(lower) && !owner_.words_->group_non_modifiers.Contains(lower)) {
      phrase.form = PhraseForm::kVague;
      phrase.kind = SpeakerKind::kVague;
      phrase.name = std::move(lower);
    }
  }
  if (phrase.form == PhraseForm::kNone) {
    Reject([&] {
      std::string region_text;
      if (!tokens.empty()) {
        region_text = text_.substr(tokens.front().span.begin,
                                   tokens.back().span.end - tokens.front().span.begin);
        std::replace(region_text.begin(), region_text.end(), '\n', ' ');
      }
      if (region_text.size() > 60) {
        size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(region_text[cut]) & 0xC0) == 0x80) --cut;
        region_text = region_text.substr(0, cut) + "...";
      }
      return seen() + "no source phrase in \"" + region_text + "\"";
    });
    return false;
  }
  std::string_view surface = text_.substr(phrase.mention.begin, phrase.mention.size());
  int entity = registry_.Resolve(phrase, sentence, surface);
  double confidence = pattern.confidence;
  std::string note;
  if (entity < 0) {
    // A pronoun with nothing to refer to: keep the pronoun as the source so
    // the editor sees who the copy says spoke.
    SpeakerPhrase bare = phrase;
    bare.form = PhraseForm::kVague;
    bare.name = std::string(surface);
    entity = registry_.Resolve(bare, sentence, surface);
    confidence *= owner_.rules_->settings().unresolved_pronoun_factor;
    note = "; the pronoun has no antecedent";
  }
  Attribute(q, entity, phrase.mention, cue.value_or(Span{}), pattern.id, confidence, [&] {
    std::string explanation = pattern.id + " (" + pattern.description + "): ";
    if (cue) explanation += "cue \"" + std::string(cue_text) + "\", ";
    explanation += "source phrase \"" + std::string(surface) + "\"" + note;
    if (clause_subject) explanation += "; read as the subject that opens the clause";
    if (trailing_participle) explanation += "; read as the subject of the clause the -ing cue ends";
    return explanation;
  });
  registry_.NoteSpeaker(entity, phrase.mention, sentence);
  return true;
}

bool Attributor::Run::OpensSentence(Span mention) const {
  const std::vector<Span>& sentences = layout_.sentences;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), mention.begin,
                             [](size_t pos, const Span& s) { return pos < s.begin; });
  if (it == sentences.begin()) return true;
  --it;
  return OnlySpaceOrPunctuation(text_.substr(it->begin, mention.begin - it->begin));
}

bool Attributor::Run::IsUnnamedOpener(const SpeakerPhrase& phrase) const {
  // One capitalised word read as a person's name, opening its sentence,
  // that the article never uses for a person elsewhere: "Hastily",
  // "Facing", "Minutes".
  if (phrase.form != PhraseForm::kName || !phrase.title.empty() ||
      phrase.name.find(' ') != std::string::npos || !OpensSentence(phrase.mention)) {
    return false;
  }
  if (phrase.kind == SpeakerKind::kPerson && !registry_.NamesPerson(phrase.name)) return true;
  return IsDateline(phrase.mention);
}

bool Attributor::Run::IsDateline(Span mention) const {
  // "WESTPORT, March 3 (Wirefax) -- The mayor said": a word in capitals
  // opening one of the first two paragraphs, then a comma, bracket or dash.
  constexpr size_t kDatelineParagraphs = 2;
  std::string_view word = text_.substr(mention.begin, mention.size());
  size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  if (letters < 3 || doc_.paragraphs.size() < 1) return false;
  bool early = false;
  for (size_t p = 0; p < std::min(kDatelineParagraphs, doc_.paragraphs.size()); ++p) {
    early = early || doc_.paragraphs[p].Contains(mention.begin);
  }
  if (!early) return false;
  size_t next = mention.end;
  while (next < text_.size() && text_[next] == ' ') ++next;
  return next < text_.size() && (text_[next] == ',' || text_[next] == '(' ||
                                 DashLengthAt(text_, next) > 0 || text_[next] == '-');
}

SpeakerPhrase Attributor::Run::ReadParticipleSubject(std::vector<Token> tokens) const {
  // "..., with Councillor Lowe calling it": no subject opens the clause, so
  // the participle's own subject stands in its comma-separated chunk, after
  // an opening preposition ("with").
  size_t begin = tokens.size();
  while (begin > 0 && (tokens[begin - 1].word || tokens[begin - 1].text != ",")) --begin;
  if (begin < tokens.size() && owner_.words_->prepositions.Contains(tokens[begin].text)) ++begin;
  std::vector<Token> chunk(tokens.begin() + static_cast<long>(begin), tokens.end());
  SpeakerPhrase phrase = owner_.reader_->ReadSubjectAtStart(chunk);
  if (phrase.form == PhraseForm::kNone) phrase = owner_.reader_->Read(tokens, true);
  return phrase;
}

bool Attributor::Run::IsNounUse(Span cue, Span window) const {
  // A speech verb's -s or -ed form right after "the" or "a" is a noun
  // ("after the attacks", "the claims"). Only lexicon verbs are
  // tested: a pattern whose cue is a noun by design (verdict nouns) is not.
  std::string_view cue_text = text_.substr(cue.begin, cue.size());
  // "with a warning:" is a cue: an -ing noun still reports speech.
  if (IsParticipleCue(cue_text) || !owner_.words_->speech_verbs.Contains(cue_text)) return false;
  size_t from = cue.begin > window.begin + 16 ? cue.begin - 16 : window.begin;
  std::vector<Token>& before = scratch_tokens_;
  tokens_.OutsideQuotes({from, cue.begin}, quotes_, &before);
  return !before.empty() && before.back().word && before.back().span.end < cue.begin &&
         owner_.words_->determiners.Contains(before.back().text);
}

bool Attributor::Run::IsPassiveCue(Span before_cue) const {
  // "Traders were told ...": the subject of a passive cue is the listener.
  std::vector<Token>& before = scratch_tokens_;
  tokens_.OutsideQuotes(before_cue, quotes_, &before);
  return !before.empty() && before.back().word &&
         owner_.passive_auxiliaries_.Contains(before.back().text);
}

bool Attributor::Run::TryWindow(size_t q, Window window, Span span, size_t sentence,
                                bool clause_subject) {
  if (span.empty()) return false;
  std::string masked = Masked(span);
  std::string hidden;
  const std::string_view searched = Searched(masked, span, &hidden);
  // The nearest cue decides in windows that may hold several.
  bool all_matches = window == Window::kSentenceBefore || window == Window::kPreviousSentence;
  const std::vector<CompiledAttributionPattern>& patterns = owner_.rules_->In(window);
  if (!all_matches) {
    // File order decides, so each pattern's groups are read only when the
    // patterns before it have failed: reading groups is the costly part.
    for (size_t order = 0; order < patterns.size(); ++order) {
      std::optional<AttributionCandidate> candidate =
          FirstCandidate(patterns[order], order, searched, span.begin);
      if (candidate && TryCandidate(q, *candidate, masked, span, sentence, clause_subject)) {
        return true;
      }
    }
    return false;
  }
  std::vector<AttributionCandidate> candidates =
      FindCandidates(patterns, searched, span.begin, all_matches);
  RankByNearestCue(&candidates);
  for (const auto& candidate : candidates) {
    if (TryCandidate(q, candidate, masked, span, sentence, clause_subject)) return true;
  }
  return false;
}

size_t Attributor::Run::ContinuedQuote(size_t q) const {
  // '"...," said Meacham, author of "Power and Fear". "..."': the title in
  // the speaker's own tag has no speaker, but the quote before it does, and
  // that is the one the next quote continues. Only quotes that sit after
  // that speaker's mention, in the sentence where the speaker's quote ends,
  // are passed over.
  size_t p = q - 1;
  while (p > 0 && quotes_[p].attribution.entity < 0) {
    const Quote& before = quotes_[p - 1];
    bool in_tag = before.attribution.entity >= 0 &&
                  layout_.quote_sentence[p] == layout_.quote_end_sentence[p - 1] &&
                  before.attribution.mention.begin >= before.span.end &&
                  before.attribution.mention.end <= quotes_[p].span.begin;
    if (!in_tag) break;
    --p;
  }
  return p;
}

bool Attributor::Run::TryContinuation(size_t q) {
  if (q == 0) return false;
  const size_t p = ContinuedQuote(q);
  const Quote& previous = quotes_[p];
  const Quote& quote = quotes_[q];
  if (previous.attribution.entity < 0) {
    Reject([] { return std::string("continuation: the quote before it has no speaker either"); });
    return false;
  }
  const ContinuationRule& rule = owner_.rules_->settings().continuation;
  if (!rule.enabled) return false;
  size_t prev_paragraph = layout_.sentence_paragraph[layout_.quote_end_sentence[p]];
  size_t paragraph = layout_.sentence_paragraph[layout_.quote_sentence[q]];
  double confidence = 0;
  std::string how;
  if (prev_paragraph == paragraph) {
    bool adjacent = layout_.quote_sentence[q] <= layout_.quote_end_sentence[p] + 1;
    confidence = adjacent ? rule.adjacent_confidence : rule.same_paragraph_confidence;
    how = adjacent ? "the quote just before it in the paragraph"
                   : "an earlier quote in the paragraph (other sentences between)";
  } else if (prev_paragraph + 1 == paragraph) {
    // Only when the previous quote's sentence closes its paragraph and this
    // quote opens the next one: nothing else intervenes.
    const Span& para = doc_.paragraphs[paragraph];
    size_t last_sentence_of_prev = layout_.quote_sentence[q] - 1;
    bool opens = OnlySpaceOrPunctuation(text_.substr(para.begin, quote.span.begin - para.begin));
    if (!opens || layout_.quote_end_sentence[p] != last_sentence_of_prev) {
      Reject([] {
        return std::string("continuation: other text stands between it and the quote before it");
      });
      return false;
    }
    confidence = rule.next_paragraph_confidence;
    how = "the quote that closes the previous paragraph";
  } else {
    Reject([] {
      return std::string("continuation: the quote before it is more than a paragraph away");
    });
    return false;
  }
  // The mention stays the words that named the speaker.
  Attribute(q, previous.attribution.entity, previous.attribution.mention, Span{}, rule.id,
            std::min(confidence, previous.attribution.confidence),
            [&] { return rule.id + ": " + rule.description + "; continues " + how; });
  return true;
}

std::string Attributor::Run::Unattributed(const std::vector<const char*>& searched) const {
  std::string why = "no speaker: searched ";
  for (size_t i = 0; i < searched.size(); ++i) {
    why += (i == 0 ? "" : i + 1 == searched.size() ? " and " : ", ") + std::string(searched[i]);
  }
  if (rejected_.empty()) return why + "; no speech cue found there";
  for (const std::string& reason : rejected_) why += "\nrejected: " + reason;
  return why;
}

bool Attributor::Run::LabelRepeats(std::string_view label, size_t near) const {
  // A transcript's turns are close together; looking only nearby keeps a
  // file of many one-off labels linear.
  constexpr size_t kReach = 16 * 1024;
  size_t begin = near > kReach ? near - kReach : 0;
  std::string_view around = text_.substr(begin, 2 * kReach);
  size_t seen = 0;
  for (size_t at = around.find(label); at != std::string_view::npos && seen < 2;
       at = around.find(label, at + label.size())) {
    size_t end = at + label.size();
    if (end < around.size() && around[end] == ':') ++seen;
  }
  return seen >= 2;
}

bool Attributor::Run::TryLabel(size_t q) {
  // A transcript quoted whole: "KOVAL: We will reopen the quay." The label
  // names the speaker of what follows it. Only a person the article names
  // elsewhere, or a label used more than once (a transcript's turns),
  // counts, so a lone "UPDATE:" is never taken for a speaker.
  const Quote& quote = quotes_[q];
  std::string_view inner = text_.substr(quote.inner.begin, quote.inner.size());
  for (const CompiledAttributionPattern& pattern : owner_.rules_->In(Window::kLabel)) {
    std::optional<PatternMatch> match = pattern.pattern->MatchPrefix(inner, quote.inner.begin);
    if (!match || !match->groups[static_cast<size_t>(pattern.speaker_group)]) continue;
    Span label = *match->groups[static_cast<size_t>(pattern.speaker_group)];
    SpeakerPhrase phrase;
    phrase.form = PhraseForm::kName;
    phrase.kind = SpeakerKind::kPerson;
    phrase.mention = label;
    bool known = false;
    for (const Token& token : tokens_.In(label)) {
      if (!token.word) continue;
      std::string word = TitleCaseWord(token.text);
      known = known || registry_.NamesPerson(word);
      phrase.name += (phrase.name.empty() ? "" : " ") + word;
    }
    std::string_view label_text = text_.substr(label.begin, label.size());
    if (!known && !LabelRepeats(label_text, label.begin)) {
      Reject([&] {
        return "label \"" + std::string(label_text) +
               "\": names no person in the article and labels nothing else";
      });
      continue;
    }
    int entity = registry_.Resolve(phrase, layout_.quote_sentence[q], phrase.name);
    if (entity < 0) continue;
    std::optional<Span> cue = pattern.cue_group >= 0
                                  ? match->groups[static_cast<size_t>(pattern.cue_group)]
                                  : std::nullopt;
    Attribute(q, entity, label, cue.value_or(Span{}), pattern.id, pattern.confidence, [&] {
      return pattern.id + " (" + pattern.description + "): source phrase \"" +
             std::string(label_text) + "\"";
    });
    registry_.NoteSpeaker(entity, label, layout_.quote_sentence[q]);
    return true;
  }
  return false;
}

void Attributor::Run::AttributeQuote(size_t q) {
  rejected_.clear();
  if (TryLabel(q)) return;
  const QuoteWindows w = WindowsAround(text_, layout_, quotes_, q);
  size_t s = layout_.quote_sentence[q];
  size_t se = layout_.quote_end_sentence[q];
  const std::vector<Span>& sentences = layout_.sentences;
  size_t paragraph = static_cast<size_t>(quotes_[q].paragraph);
  bool done = (w.ends_clause && TryWindow(q, Window::kAfter, w.after, se)) ||
              TryWindow(q, Window::kBefore, w.before, s) ||
              TryWindow(q, Window::kSentenceBefore, w.sentence_before, s) ||
              TryWindow(q, Window::kSentenceAfter, w.sentence_after, se);
  // A credit line under the quote ("— Helga Brandt, Lisbon"): the next
  // paragraph, when the quote is a paragraph of its own.
  if (!done && w.opens_paragraph && w.closes_paragraph && se + 1 < sentences.size()) {
    size_t next = layout_.sentence_paragraph[se + 1];
    done = TryWindow(q, Window::kParagraphAfter, CapAfter(text_, doc_.paragraphs[next]), se + 1);
  }
  if (!done && w.opens_paragraph && paragraph > 0) {
    done = TryWindow(q, Window::kParagraphBefore, CapBefore(text_, doc_.paragraphs[paragraph - 1]),
                     s > 0 ? s - 1 : 0);
  }
  // "\"...,\" Brandt told the radio on Tuesday, when the board met. \"...\"":
  // when the sentence before ends a quote already tied to its speaker, this
  // quote continues it; the sentence's other clauses are not read for a cue.
  const size_t continued = q > 0 ? ContinuedQuote(q) : 0;
  if (!done && w.opens_sentence && s > 0 && q > 0 && quotes_[continued].attribution.entity >= 0 &&
      layout_.quote_end_sentence[continued] + 1 == s) {
    done = TryContinuation(q);
  }
  if (!done && w.opens_sentence && s > 0) {
    done = TryWindow(q, Window::kPreviousSentence, CapBefore(text_, sentences[s - 1]), s - 1);
  }
  if (!done && w.closes_sentence && se + 1 < sentences.size() &&
      layout_.sentence_paragraph[se + 1] <= layout_.sentence_paragraph[se] + 1) {
    done = TryWindow(q, Window::kNextSentence, CapAfter(text_, sentences[se + 1]), se + 1);
  }
  if (!done && w.opens_sentence) done = TryContinuation(q);
  // Last resort: a cue earlier in the sentence whose subject is not right
  // before it (coordinated verbs, adverbials, long appositions: "Varga
  // toured the quay on Monday and later called it "a triumph""). The
  // subject that opens the clause is the source. It re-reads cues already
  // listed as rejected, so it adds no reasons of its own.
  size_t reasons = rejected_.size();
  if (!done) done = TryWindow(q, Window::kSentenceBefore, w.sentence_before, s, true);
  if (done) return;
  rejected_.resize(reasons);
  // Which windows were searched, in the order tried (as above).
  std::vector<const char*> searched;
  if (w.ends_clause) searched.push_back("after the quote");
  searched.push_back("before it in its sentence");
  if (w.opens_paragraph && paragraph > 0) searched.push_back("the paragraph before");
  if (w.opens_sentence && s > 0) searched.push_back("the sentence before");
  if (w.closes_sentence && se + 1 < sentences.size()) searched.push_back("the sentence after");
  if (w.opens_sentence && q > 0) searched.push_back("the quote before (continuation)");
  searched.push_back("the subject opening its sentence");
  if (explain_) quotes_[q].attribution.explanation = Unattributed(searched);
}

Attributor::Attributor() = default;
Attributor::~Attributor() = default;

std::unique_ptr<Attributor> Attributor::Create(const RuleSet& rules, const WordSets& words,
                                               const NounPhraseClassifier& phrases,
                                               std::vector<RuleError>* errors) {
  auto attribution_rules = AttributionRules::Create(rules, errors);
  if (attribution_rules == nullptr) return nullptr;
  std::unique_ptr<Attributor> attributor(new Attributor());
  attributor->words_ = &words;
  attributor->passive_auxiliaries_ = PhraseSet(rules.Words("passive-auxiliaries"), false);
  attributor->reader_ = std::make_unique<SpeakerPhraseReader>(phrases);
  attributor->rules_ = std::move(attribution_rules);
  return attributor;
}

void Attributor::Attribute(const Document& document, const TextLayout& layout,
                           const DocumentTokens& tokens, const std::vector<bool>& skip,
                           EntityRegistry* registry, std::vector<Quote>* quotes,
                           bool explain) const {
  if (layout.sentences.empty()) return;
  Run run(*this, document, layout, tokens, registry, quotes, explain);
  for (size_t q = 0; q < quotes->size(); ++q) {
    if (!skip[q]) run.AttributeQuote(q);
  }
}

}  // namespace qa
