#include "scan/sentence_splitter.h"

#include <algorithm>

#include "core/byte_search.h"
#include "core/text.h"
#include "scan/text_tokens.h"

namespace qa {
namespace {

bool IsTerminal(char c) { return c == '.' || c == '!' || c == '?'; }

// Closing marks that may follow a sentence's final punctuation: ) ] and
// the closing quote marks ' " ’ ” ».
size_t ClosingMarkLength(std::string_view text, size_t pos) {
  if (text[pos] == ')' || text[pos] == ']') return 1;
  return ClosingQuoteLengthAt(text, pos);
}

// Whether a new sentence can start at pos: an upper-case letter, a digit,
// or an opening quote mark or bracket.
bool StartsSentence(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (IsUpperStart(text, pos) || (c >= '0' && c <= '9')) return true;
  if (c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (c == 0xE2 && pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(text[pos + 2]);
    return d == 0x98 || d == 0x9C || d == 0x9E || d == 0x94 || d == 0x93;  // ‘ “ „ — –
  }
  if (c == 0xC2 && pos + 1 < text.size()) return static_cast<unsigned char>(text[pos + 1]) == 0xAB;
  return false;
}

// The word ending just before pos (letters, digits and periods), used to
// tell "Dr." from a sentence end.
std::string_view WordBefore(std::string_view text, size_t begin, size_t pos) {
  size_t start = pos;
  while (start > begin) {
    char c = text[start - 1];
    if (c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"') break;
    --start;
  }
  return text.substr(start, pos - start);
}

bool IsAbbreviation(std::string_view word_with_period, const PhraseSet& abbreviations) {
  if (abbreviations.Contains(word_with_period)) return true;
  // Initials ("J.") and dotted acronyms ("U.S.") at the end of a word.
  if (word_with_period.size() == 2 && IsUpperStart(word_with_period, 0)) return true;
  return word_with_period.size() >= 4 && word_with_period[word_with_period.size() - 3] == '.';
}

void Emit(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  size_t len = 0;
  while (begin < end && IsSpaceAt(text, begin, &len)) begin += len;
  while (end > begin && IsAsciiSpace(text[end - 1])) --end;
  if (end > begin) out->push_back({begin, end});
}

// Words a quote's own cue may take after a closing ? or !: "Former harbor
// master Peter Brandt asked" fits, a new sentence of its own rarely does.
constexpr int kCueClauseWords = 8;

// Whether the clause from `pos` (the capitalised word after a quote ending
// in ? or !) is that quote's cue: a speech verb within its first few words,
// before any terminal punctuation or quote. Words are compared in place.
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' ||
         (static_cast<unsigned char>(c) & 0x80);
}

bool OpensOwnCue(std::string_view text, size_t pos, size_t end, const PhraseSet& speech_verbs) {
  size_t i = pos;
  for (int words = 0; i < end && words < kCueClauseWords; ++words) {
    size_t w = i;
    while (i < end && IsWordByte(text[i])) ++i;
    if (i == w) return false;  // a digit, quote mark or bracket: not a cue clause
    if (speech_verbs.Contains(text.substr(w, i - w))) return true;
    if (i < end && (text[i] == '.' || text[i] == ',')) ++i;  // "Dr.", "Brandt, a pilot,"
    if (i >= end || text[i] != ' ') return false;
    while (i < end && text[i] == ' ') ++i;
  }
  return false;
}

}  // namespace

std::vector<Span> SplitSentences(const Document& document, const std::vector<Quote>& quotes,
                                 const PhraseSet& abbreviations, const PhraseSet* speech_verbs) {
  std::vector<Span> sentences;
  sentences.reserve(document.text.size() / 64 + 4);  // a sentence per 64 bytes or so
  std::string_view text = document.text;
  size_t q = 0;
  for (const Span& paragraph : document.paragraphs) {
    size_t start = paragraph.begin;
    size_t i = paragraph.begin;
    while (i < paragraph.end) {
      while (q < quotes.size() && quotes[q].span.end <= i) ++q;
      if (q < quotes.size() && quotes[q].span.begin < i) {
        // Inside a quote that opened in an earlier paragraph.
        i = std::min(quotes[q].span.end, paragraph.end);
        continue;
      }
      if (q < quotes.size() && quotes[q].span.begin == i) {
        // Skip the quote as one unit; it may end the sentence.
        const Quote& quote = quotes[q];
        size_t end = std::min(quote.span.end, paragraph.end);
        if (quote.span.end > paragraph.end) {
          Emit(text, start, paragraph.end, &sentences);
          start = paragraph.end;  // and the paragraph is done
          break;
        }
        bool terminal =
            quote.inner.end > quote.inner.begin && IsTerminal(text[quote.inner.end - 1]);
        i = end;
        if (terminal) {
          size_t j = i, len = 0;
          while (j < paragraph.end && IsSpaceAt(text, j, &len)) j += len;
          // "Safety comes first." — Commissioner Ines Okafor: a dash after
          // a quote opens its credit, not a new sentence.
          char mark = text[quote.inner.end - 1];
          bool own_cue = speech_verbs != nullptr && (mark == '?' || mark == '!') && j > i &&
                         IsUpperStart(text, j) &&
                         OpensOwnCue(text, j, paragraph.end, *speech_verbs);
          if (j > i && StartsSentence(text, j) && !DashLengthAt(text, j) && !own_cue) {
            Emit(text, start, i, &sentences);
            start = j;
          }
        }
        continue;
      }
      if (!IsTerminal(text[i])) {
        // On to the next terminal or the next quote in one tight loop: this
        // runs for most bytes of every paragraph.
        const size_t stop =
            q < quotes.size() ? std::min(paragraph.end, quotes[q].span.begin) : paragraph.end;
        ++i;
        if (i < stop) i = FindFirstByte<'.', '!', '?'>(text, i, stop, /*high=*/false);
        continue;
      }
      size_t end = i + 1;
      while (end < paragraph.end && IsTerminal(text[end])) ++end;
      while (end < paragraph.end) {
        // A closing quote that belongs to a quote is handled above; here
        // only brackets and stray closers.
        size_t len = ClosingMarkLength(text, end);
        if (len == 0 || (q < quotes.size() && quotes[q].span.begin <= end)) break;
        end += len;
      }
      size_t j = end, len = 0;
      while (j < paragraph.end && IsSpaceAt(text, j, &len)) j += len;
      bool boundary = j > end && StartsSentence(text, j);
      // "..., of Astoria, Ore. "She ...": an abbreviation before a
      // quote that opens with a capital still ends the sentence.
      bool quote_opens = q < quotes.size() && quotes[q].span.begin == j &&
                         quotes[q].inner.begin < paragraph.end &&
                         IsUpperStart(text, quotes[q].inner.begin);
      if (boundary && !quote_opens && text[i] == '.' && i + 1 == end &&
          IsAbbreviation(WordBefore(text, start, i + 1), abbreviations)) {
        boundary = false;
      }
      if (boundary) {
        Emit(text, start, end, &sentences);
        start = j;
      }
      i = end;
    }
    Emit(text, start, paragraph.end, &sentences);
  }
  return sentences;
}

}  // namespace qa
