#include "checks/boilerplate_check.h"

#include <algorithm>

#include "checks/text_fingerprint.h"
#include "core/text.h"

namespace qa {
namespace {

// Furniture is short; a longer paragraph is copy, and is not tokenised here
// (keeps a 50 MB one-line file cheap).
constexpr size_t kMaxFurnitureBytes = 4096;

constexpr const char* kSignOffLexicon = "boilerplate-sign-offs";
constexpr const char* kPromptOpenerLexicon = "boilerplate-prompt-openers";
constexpr const char* kListHeadingLexicon = "boilerplate-list-headings";
constexpr const char* kLegalOpenerLexicon = "boilerplate-copyright-openers";

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Drops closing quote marks and brackets from the end of a line.
std::string_view StripClosingMarks(std::string_view s) {
  bool stripped = true;
  while (stripped) {
    stripped = false;
    s = TrimView(s);
    size_t closer = EndsWith(s, "]") ? 1 : ClosingQuoteLengthBefore(s, s.size());
    if (closer > 0) {
      s.remove_suffix(closer);
      stripped = true;
    }
  }
  return s;
}

// Whether a line ends as a sentence does: a full stop, question or exclamation
// mark or ellipsis, possibly followed by closing quotes or a parenthesised
// credit ("He declined to comment. (Wirefax)").
bool EndsLikeSentence(std::string_view line) {
  line = StripClosingMarks(line);
  if (EndsWith(line, ")")) {
    const size_t open = line.rfind('(');
    if (open != std::string_view::npos && open > 0) line = StripClosingMarks(line.substr(0, open));
  }
  return EndsWith(line, ".") || EndsWith(line, "!") || EndsWith(line, "?") ||
         EndsWith(line, "\xE2\x80\xA6");
}

// Quote marks belong to copy: a short line quoting someone is never furniture.
bool HasQuoteMark(std::string_view line) {
  static constexpr std::string_view kMarks[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                "\xC2\xAB", "\xC2\xBB",     "\xE2\x80\x9E"};
  for (std::string_view mark : kMarks) {
    if (line.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

BoilerplateOptions BoilerplateOptions::Read(OptionReader* reader) {
  BoilerplateOptions o;
  o.phrase_lexicons = reader->Map("phrase_lexicons");
  o.min_phrase_share = std::clamp(reader->Number("min_phrase_share"), 0.05, 1.0);
  o.max_prompt_words = reader->Count("max_prompt_words");
  o.trailing_furniture = reader->Bool("trailing_furniture");
  o.max_short_line_words = std::max<size_t>(1, reader->Count("max_short_line_words"));
  o.min_trailing_lines = std::max<size_t>(1, reader->Count("min_trailing_lines"));
  return o;
}

std::unique_ptr<Check> BoilerplateCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                std::vector<RuleError>* errors) {
  OptionReader reader(rule, errors);
  BoilerplateOptions options = BoilerplateOptions::Read(&reader);
  if (!reader.Finish()) return nullptr;
  CheckLexicons lexicons(rule, rules, errors);
  std::unique_ptr<Check> check(new BoilerplateCheck(rule.severity, std::move(options), &lexicons));
  return lexicons.ok() ? std::move(check) : nullptr;
}

BoilerplateCheck::BoilerplateCheck(Severity severity, BoilerplateOptions options,
                                   CheckLexicons* lexicons)
    : severity_(severity), options_(std::move(options)) {
  // The map is sorted by lexicon name, so kind indices do not depend on the
  // order the rule files wrote them in.
  for (const auto& [name, kind] : options_.phrase_lexicons) {
    const Lexicon* lexicon = lexicons->Find(name, "/rule/options/phrase_lexicons/" + name);
    if (lexicon == nullptr) continue;
    kinds_.push_back(kind);
    for (const std::string& phrase : lexicon->entries) {
      phrases_.Add(phrase, static_cast<int>(kinds_.size() - 1));
    }
  }
  for (const std::string& cue : lexicons->Words(kSignOffLexicon)) sign_offs_.Add(cue, 0);
  for (const std::string& opener : lexicons->Words(kPromptOpenerLexicon)) {
    prompt_openers_.Add(opener, 0);
  }
  for (const std::string& heading : lexicons->Words(kListHeadingLexicon)) {
    list_headings_.Add(heading, 0);
  }
  for (const std::string& opener : lexicons->Words(kLegalOpenerLexicon)) {
    legal_openers_.Add(opener, 0);
  }
}

bool BoilerplateCheck::IsListHeading(std::string_view text, size_t base) const {
  if (text.size() > 100) return false;
  const std::vector<Word> words = SplitWords(text, base);
  PhraseMatcher::Hit hit;
  return !words.empty() && list_headings_.MatchAt(words, 0, &hit) && hit.word_count == words.size();
}

bool BoilerplateCheck::IsListedHeadline(std::string_view text) const {
  text = TrimView(text);
  if (text.empty() || text.size() > 200 || text.find('\n') != std::string_view::npos ||
      EndsLikeSentence(text)) {
    return false;
  }
  WordReader reader(text);
  Word word;
  size_t count = 0;
  while (count <= options_.max_prompt_words && reader.Next(&word)) ++count;
  return count > 0 && count <= options_.max_prompt_words;
}

bool BoilerplateCheck::IsCopyrightLine(std::string_view text, const ParagraphWords& paragraph_words,
                                       size_t p, std::vector<Word>* scratch) const {
  const std::string_view trimmed = TrimView(text);
  if (trimmed.size() > 200) return false;
  // The paragraph's words, read once for every check: a copyright line
  // ends in a year, so one without a word of digits alone is none.
  const std::span<const Word> words = paragraph_words.Of(p, scratch);
  if (std::none_of(words.begin(), words.end(), [](const Word& word) { return word.numeric; })) {
    return false;
  }
  // "(c)" and the sign itself are not words: a year first stands after them.
  size_t first = 0;
  PhraseMatcher::Hit hit;
  if (StartsWith(trimmed, "\xC2\xA9") || StartsWith(trimmed, "(c)") || StartsWith(trimmed, "(C)")) {
    first = StartsWith(trimmed, "(") && !words.empty() && !words[0].numeric ? 1 : 0;
  } else if (legal_openers_.MatchAt(words, 0, &hit)) {
    first = hit.word_count;
  } else {
    return false;
  }
  // A year right after ("Copyright 2025", "Copyright (c) 2025"), so that
  // "Copyright lawyers said" stays a sentence.
  return (first < words.size() && words[first].numeric) ||
         (first + 1 < words.size() && words[first + 1].numeric);
}

int BoilerplateCheck::PhraseKind(std::string_view text, size_t base,
                                 std::span<const Word> words) const {
  const std::vector<PhraseMatcher::Hit> hits = phrases_.FindAll(words);
  int kind = -1;
  size_t longest = 0;
  for (const auto& hit : hits) {
    if (hit.word_count > longest) {
      longest = hit.word_count;
      kind = hit.tag;
    }
  }
  if (OpensPrompt(text, base, words)) return kind >= 0 ? kind : kPromptKind;
  if (hits.empty()) return -1;

  // Share of the paragraph's words covered by phrases; bare numbers ("2024"
  // in a copyright line) are neutral. A single covered word must be the whole
  // paragraph: "Share prices" is a crosshead, "Share" a button.
  std::vector<bool> covered(words.size());
  for (const auto& hit : hits) {
    std::fill_n(covered.begin() + static_cast<std::ptrdiff_t>(hit.first_word), hit.word_count,
                true);
  }
  size_t covered_count = 0;
  size_t counted = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (covered[i]) ++covered_count;
    if (covered[i] || !words[i].numeric) ++counted;
  }
  const bool mostly_phrases = static_cast<double>(covered_count) >=
                                  options_.min_phrase_share * static_cast<double>(counted) &&
                              (covered_count >= 2 || covered_count == counted);
  return mostly_phrases ? kind : -1;
}

// "Read more: Council delays vote", "Sign up for our daily briefing": a short
// paragraph, not a sentence, opening with a prompt opener. A one-word opener
// must be followed by a colon or a dash ("Related: ...", not "Related charges").
bool BoilerplateCheck::OpensPrompt(std::string_view text, size_t base,
                                   std::span<const Word> words) const {
  PhraseMatcher::Hit opener;
  if (words.size() > options_.max_prompt_words || !prompt_openers_.MatchAt(words, 0, &opener) ||
      EndsLikeSentence(text)) {
    return false;
  }
  if (opener.word_count >= 2) return true;
  const std::string_view after = TrimView(text.substr(words[0].span.end - base));
  return StartsWith(after, ":") || StartsWith(after, "|") || StartsWith(after, "\xE2\x80\x94") ||
         StartsWith(after, "\xE2\x80\x93") || StartsWith(after, "\xC2\xBB") ||
         StartsWith(after, "-") || StartsWith(after, ">");
}

BoilerplateCheck::Shape BoilerplateCheck::LineShape(std::string_view line) const {
  line = TrimView(line);
  std::vector<Word> words;
  WordReader reader(line);
  Word word;
  while (words.size() <= options_.max_short_line_words && reader.Next(&word)) {
    words.push_back(word);
  }
  if (words.empty()) return Shape::kBlank;  // a divider such as "* * *"
  // Credits and sign-offs end wire copy legitimately: "(Wirefax)",
  // "— Reporting by Ann Vale", "Editing by Tom Reed".
  const bool dashed = StartsWith(line, "\xE2\x80\x94") || StartsWith(line, "\xE2\x80\x93") ||
                      StartsWith(line, "--");
  PhraseMatcher::Hit hit;
  if (dashed || (StartsWith(line, "(") && EndsWith(line, ")")) ||
      sign_offs_.MatchAt(words, 0, &hit)) {
    return Shape::kSignOff;
  }
  if (HasQuoteMark(line) || words.size() > options_.max_short_line_words ||
      EndsLikeSentence(line)) {
    return Shape::kReal;
  }
  return Shape::kShort;
}

std::vector<size_t> BoilerplateCheck::TrailingFurniture(const Document& document,
                                                        const ScanResult& scan,
                                                        const std::vector<int>& phrase_kind) const {
  std::vector<bool> quoted(document.paragraphs.size());
  for (const Quote& quote : scan.quotes) {
    if (quote.paragraph >= 0 && static_cast<size_t>(quote.paragraph) < quoted.size()) {
      quoted[static_cast<size_t>(quote.paragraph)] = true;
    }
  }
  std::vector<size_t> run;
  size_t lines = 0;
  for (size_t p = document.paragraphs.size(); p-- > 0;) {
    if (phrase_kind[p] >= 0) {
      ++lines;
      continue;
    }
    const std::string_view text = document.Text(document.paragraphs[p]);
    bool real = quoted[p] || text.size() > kMaxFurnitureBytes;
    size_t short_lines = 0;
    for (size_t start = 0; start <= text.size() && !real;) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const Shape shape = LineShape(text.substr(start, end - start));
      real = shape == Shape::kReal;
      if (shape == Shape::kShort) ++short_lines;
      start = end + 1;
    }
    // The last real paragraph ends the story: what follows it is furniture.
    if (real) return lines >= options_.min_trailing_lines ? run : std::vector<size_t>{};
    if (short_lines > 0) run.push_back(p);
    lines += short_lines;
  }
  return {};  // only short lines (a headline, a list): no story to end
}

Finding BoilerplateCheck::MakeFinding(Span span, const std::string& what) const {
  Finding finding;
  finding.rule = std::string(id());
  finding.severity = severity_;
  finding.message = "page furniture: " + what + "; remove it from the copy";
  finding.span = span;
  return finding;
}

void BoilerplateCheck::Run(const CheckContext& context, FindingSink findings) const {
  const Document& document = context.document;
  std::vector<int> phrase_kind(document.paragraphs.size(), -1);
  std::vector<Word> scratch;
  for (size_t p = 0; p < document.paragraphs.size(); ++p) {
    const Span span = document.paragraphs[p];
    const std::string_view text = document.Text(span);
    if (text.size() <= kMaxFurnitureBytes) {
      phrase_kind[p] = PhraseKind(text, span.begin, context.paragraph_words.Of(p, &scratch));
    }
    if (phrase_kind[p] >= 0) {
      const std::string& what = phrase_kind[p] == kPromptKind
                                    ? std::string("link or sign-up prompt")
                                    : kinds_[static_cast<size_t>(phrase_kind[p])];
      findings.push_back(MakeFinding(span, what));
    }
  }
  // A list of headlines under a related-story heading, and copyright lines.
  for (size_t p = 0; p < document.paragraphs.size(); ++p) {
    const Span span = document.paragraphs[p];
    if (phrase_kind[p] < 0 &&
        IsCopyrightLine(document.Text(span), context.paragraph_words, p, &scratch)) {
      phrase_kind[p] = kPromptKind;
      findings.push_back(MakeFinding(span, "copyright line"));
      continue;
    }
    if (phrase_kind[p] < 0 || !IsListHeading(document.Text(span), span.begin)) continue;
    for (size_t q = p + 1; q < document.paragraphs.size() && phrase_kind[q] < 0 &&
                           IsListedHeadline(document.Text(document.paragraphs[q]));
         ++q) {
      phrase_kind[q] = kPromptKind;
      findings.push_back(
          MakeFinding(document.paragraphs[q], "headline listed under a related-story heading"));
    }
  }
  if (!options_.trailing_furniture) return;
  for (size_t p : TrailingFurniture(document, context.scan, phrase_kind)) {
    findings.push_back(MakeFinding(document.paragraphs[p],
                                   "short line after the end of the story (a link, "
                                   "label or promotion)"));
  }
}

}  // namespace qa
