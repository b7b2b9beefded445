// boilerplate: page furniture left in the copy (newsletter prompts, "Most
// Read", share buttons, section labels, copyright and cookie notices), found
// by phrase lexicons and by the shape of the text after the story's last
// sentence. See docs/rules/boilerplate.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "checks/check_lexicons.h"
#include "checks/phrase_matcher.h"
#include "rules/option_reader.h"
#include "rules/rule_set.h"

namespace qa {

// Options, read from rules/boilerplate.json (which holds the defaults) when
// the check is built.
struct BoilerplateOptions {
  StringMap phrase_lexicons;        // lexicon name -> what its phrases look like
  double min_phrase_share = 0;      // furniture phrases' share of a paragraph's words
  size_t max_prompt_words = 0;      // a prompt paragraph starting with a phrase is this short
  bool trailing_furniture = false;  // the structural signal at the end of the article
  size_t max_short_line_words = 0;  // a trailing line this short without a full stop...
  size_t min_trailing_lines = 0;    // ...is furniture when at least this many end the text

  static BoilerplateOptions Read(OptionReader* reader);
};

class BoilerplateCheck : public Check {
 public:
  // Compiles the lexicons named in option "phrase_lexicons" (lexicon name ->
  // what its phrases look like, e.g. "newsletter prompt") and the sign-off
  // cues. Returns nullptr and appends to *errors when a named lexicon does
  // not exist.
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors);

  std::string_view id() const override { return "boilerplate"; }
  void Run(const CheckContext& context, FindingSink findings) const override;

 private:
  BoilerplateCheck(Severity severity, BoilerplateOptions options, CheckLexicons* lexicons);

  enum class Shape { kReal, kShort, kSignOff, kBlank };

  static constexpr int kPromptKind = 1 << 20;  // a prompt line with no phrase of a kind

  // The kind (index into kinds_, or kPromptKind) of a paragraph that is
  // furniture by its words, or -1.
  int PhraseKind(std::string_view text, size_t base, std::span<const Word> words) const;
  bool OpensPrompt(std::string_view text, size_t base, std::span<const Word> words) const;
  Shape LineShape(std::string_view line) const;
  // Paragraphs after the last real paragraph that look like furniture.
  std::vector<size_t> TrailingFurniture(const Document& document, const ScanResult& scan,
                                        const std::vector<int>& phrase_kind) const;
  Finding MakeFinding(Span span, const std::string& what) const;
  // "Most Read", "You may also like": a heading whose following short lines
  // are a list of headlines.
  bool IsListHeading(std::string_view text, size_t base) const;
  // A one-line paragraph, short and not a sentence: a listed headline.
  bool IsListedHeadline(std::string_view text) const;
  // "Copyright 2025 Harbor Times", "(c) 2025 ...": a legal opener and a year.
  // `words` are the paragraph's (ParagraphWords), read only for a short one.
  bool IsCopyrightLine(std::string_view text, const ParagraphWords& paragraph_words, size_t p,
                       std::vector<Word>* scratch) const;

  Severity severity_;
  BoilerplateOptions options_;
  std::vector<std::string> kinds_;
  PhraseMatcher phrases_;         // tag = index into kinds_
  PhraseMatcher prompt_openers_;  // "read more", "related"
  PhraseMatcher sign_offs_;       // credit cues: "reporting by", "editing by"
  PhraseMatcher list_headings_;   // "most read", "you may also like"
  PhraseMatcher legal_openers_;   // "copyright"
};

}  // namespace qa
