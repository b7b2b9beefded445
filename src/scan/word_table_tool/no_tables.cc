// The build step that writes the built-in tables has none yet: every set it
// writes is built from the words.
#include "scan/word_tables.h"

namespace qa {

const PhraseTable* BuiltInPhraseTable(std::string_view) { return nullptr; }

}  // namespace qa
