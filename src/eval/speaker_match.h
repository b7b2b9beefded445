// Decides whether the speaker quoteaudit gave a quote is the source the
// annotators gave it, and sorts gold sources into pronoun / named / other so
// accuracy can be reported for each.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/quote.h"
#include "core/span.h"
#include "eval/eval_words.h"

namespace qa {

enum class SourceClass {
  kPronoun,  // "he", "she", "they", "I", "who": needs coreference to resolve
  kNamed,    // the head ends in a name: "Varga", "Mayor Elena Varga", "The Post"
  kOther,    // descriptions: "a source", "officials", "the agency"
  kNone,     // Attribution-no-source
};

std::string_view SourceClassName(SourceClass source_class);

// Pronoun when the whole source, normalised, is in gold-source-pronouns;
// named when its head ends in capitalised words that are not the object of a
// gold-source-prepositions word (with a gold-source-determiners word between).
SourceClass ClassifySource(std::string_view source_text, const EvalWords& eval_words);

// Lowercased, whitespace collapsed, a leading article (gold-source-dropped-
// articles: "the") and a trailing possessive ("'s", "'") removed, trailing
// punctuation dropped: "The Post's" -> "post".
std::string NormalizeSourceName(std::string_view name, const EvalWords& eval_words);

// The gold source's head: the text before the first comma or parenthesis
// ("Kim Ode, a lawyer for the union" -> "Kim Ode"), normalised.
std::string SourceHead(std::string_view source_text, const EvalWords& eval_words);

// A predicted speaker is right when
//  - the predicted mention overlaps a gold Source segment, or
//  - the gold source (or its head), normalised, equals the entity's name or
//    one of its aliases, normalised, or
//  - the entity is a person and the last word of its name equals the last
//    word of the gold source's head ("Varga" vs "Elena Varga").
// `entity` is null when quoteaudit found no speaker, which is always wrong.
bool SpeakerMatches(const std::vector<Span>& gold_sources, std::string_view gold_source_text,
                    const Entity* entity, Span predicted_mention, const EvalWords& eval_words);

}  // namespace qa
