// What the scan stage learns about one document: its quotes, the sources they
// are tied to, and quote-mark problems. Plain data passed to checks/ and
// report/.
#pragma once

#include <string>
#include <vector>

#include "core/span.h"

namespace qa {

enum class QuoteKind { kDirect, kPartial, kScare, kTitle };
enum class SpeakerKind { kPerson, kOrganization, kDocument, kVague, kUnknown };

std::string_view QuoteKindName(QuoteKind kind);
std::string_view SpeakerKindName(SpeakerKind kind);

// A source an article names or alludes to: "Marrow Bay News Agency" with
// aliases "MBN" and "the agency"; "Elena Varga" with alias "Varga";
// "experts" (vague).
struct Entity {
  std::string name;  // the fullest name the article gives
  std::vector<std::string> aliases;
  SpeakerKind kind = SpeakerKind::kUnknown;
  Span first_mention;
};

// How a quote was tied to its source. `entity` indexes ScanResult::entities;
// -1 means no source was found.
struct Attribution {
  int entity = -1;
  Span mention;      // the words that tied the quote to the entity (may be empty)
  Span cue;          // the speech cue ("said", "according to"); may be empty
  std::string rule;  // id of the attribution rule that decided, "" if none
  double confidence = 0.0;
  // Why: a short human-readable trace ("inverted cue after quote: said Mayor
  // Elena Varga"), shown by `quoteaudit quotes --explain`.
  std::string explanation;
  // Nested attribution ("The Courier reported that Varga said "...""): the
  // outer source is `entity`; the speaker inside the report is kept here.
  int inner_entity = -1;
  Span inner_mention;
};

struct Quote {
  Span span;   // covers the opening and closing marks
  Span inner;  // the quoted text without the outer marks
  QuoteKind kind = QuoteKind::kDirect;
  bool closed = true;  // false when the closing mark is missing
  bool multi_paragraph = false;
  int paragraph = 0;  // index of the paragraph where the quote opens
  Attribution attribution;
};

// A quote mark that could not be paired.
struct MarkProblem {
  Span mark;
  std::string message;
};

struct ScanResult {
  std::vector<Quote> quotes;
  std::vector<Entity> entities;
  std::vector<MarkProblem> mark_problems;
  std::vector<Span> sentences;  // sentence spans, in order, within paragraphs

  // The entity a quote is attributed to, or nullptr when it has none.
  const Entity* SpeakerOf(const Quote& quote) const;
  // The inner speaker of a nested attribution, or nullptr.
  const Entity* InnerSpeakerOf(const Quote& quote) const;
};

}  // namespace qa
