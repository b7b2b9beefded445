#include "eval/speaker_match.h"

#include <cctype>

#include "core/text.h"

namespace qa {
namespace {

// Words split on whitespace, curly apostrophes folded to straight ones.
std::vector<std::string> Words(std::string_view text) {
  std::string folded;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\u2019") {
      folded += '\'';
      i += 2;
    } else {
      folded += text[i];
    }
  }
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if (IsAsciiSpace(c)) {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

std::string StripTrailingPunctuation(std::string word) {
  while (!word.empty() && std::string_view(".,;:!?\"'").find(word.back()) != std::string::npos) {
    word.pop_back();
  }
  return word;
}

std::string StripPossessive(std::string word) {
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
  return StripTrailingPunctuation(word);
}

bool IsPronoun(std::string_view normalized, const EvalWords& eval_words) {
  return eval_words.source_pronouns.contains(normalized);
}

// Non-ASCII initials (accented capitals) count as capitals: a description
// rarely ends in one.
bool IsCapitalised(std::string_view word) {
  unsigned char first = static_cast<unsigned char>(word.empty() ? ' ' : word[0]);
  return std::isupper(first) || first >= 0x80;
}

bool IsDeterminer(std::string_view word, const EvalWords& eval_words) {
  return eval_words.source_determiners.contains(EvalWordKey(word));
}

bool IsPreposition(std::string_view word, const EvalWords& eval_words) {
  return eval_words.source_prepositions.contains(EvalWordKey(word));
}

std::string LastWord(std::string_view normalized) {
  size_t space = normalized.rfind(' ');
  return std::string(space == std::string_view::npos ? normalized : normalized.substr(space + 1));
}

std::string_view HeadText(std::string_view source_text) {
  size_t cut = source_text.find_first_of(",(");
  return cut == std::string_view::npos ? source_text : source_text.substr(0, cut);
}

}  // namespace

std::string_view SourceClassName(SourceClass source_class) {
  switch (source_class) {
    case SourceClass::kPronoun:
      return "pronoun";
    case SourceClass::kNamed:
      return "named";
    case SourceClass::kOther:
      return "other";
    case SourceClass::kNone:
      return "none";
  }
  return "none";
}

std::string NormalizeSourceName(std::string_view name, const EvalWords& eval_words) {
  std::vector<std::string> words = Words(AsciiLower(name));
  while (!words.empty() && StripTrailingPunctuation(words.back()).empty()) words.pop_back();
  if (words.empty()) return "";
  if (words.size() > 1 && eval_words.source_dropped_articles.contains(words.front())) {
    words.erase(words.begin());
  }
  words.back() = StripPossessive(words.back());
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string SourceHead(std::string_view source_text, const EvalWords& eval_words) {
  return NormalizeSourceName(HeadText(source_text), eval_words);
}

SourceClass ClassifySource(std::string_view source_text, const EvalWords& eval_words) {
  std::string normalized = NormalizeSourceName(source_text, eval_words);
  if (normalized.empty()) return SourceClass::kNone;
  if (IsPronoun(normalized, eval_words)) return SourceClass::kPronoun;
  std::vector<std::string> head = Words(HeadText(source_text));
  while (!head.empty() && StripPossessive(head.back()).empty()) head.pop_back();
  // Named when the head noun is a name: the head ends in a run of capitalised
  // words that is not the object of a preposition ("the chair of the Board"
  // is a description; "Board chair Ana Ruiz" and "The Alder Post" are names).
  size_t run = head.size();
  while (run > 0 && IsCapitalised(head[run - 1])) --run;
  if (run == head.size()) return SourceClass::kOther;
  size_t before = run;
  if (before > 0 && IsDeterminer(head[before - 1], eval_words)) --before;
  if (before > 0 && IsPreposition(head[before - 1], eval_words)) return SourceClass::kOther;
  return SourceClass::kNamed;
}

bool SpeakerMatches(const std::vector<Span>& gold_sources, std::string_view gold_source_text,
                    const Entity* entity, Span predicted_mention, const EvalWords& eval_words) {
  if (entity == nullptr) return false;
  if (!predicted_mention.empty()) {
    for (Span source : gold_sources) {
      if (source.Overlaps(predicted_mention)) return true;
    }
  }
  std::string gold = NormalizeSourceName(gold_source_text, eval_words);
  std::string head = SourceHead(gold_source_text, eval_words);
  if (gold.empty()) return false;
  std::vector<std::string> names = {NormalizeSourceName(entity->name, eval_words)};
  for (const std::string& alias : entity->aliases) {
    names.push_back(NormalizeSourceName(alias, eval_words));
  }
  for (const std::string& name : names) {
    if (!name.empty() && (name == gold || name == head)) return true;
  }
  return entity->kind == SpeakerKind::kPerson && !head.empty() && !IsPronoun(head, eval_words) &&
         LastWord(names.front()) == LastWord(head);
}

}  // namespace qa
