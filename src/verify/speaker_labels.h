// Speaker labels in a transcript: "VOLD:", "EVA VOLD:" or "Eva Vold:" at the
// start of a line give the words after them, up to the next label, to that
// speaker. A single capitalised word ("Vold:") counts only when the document
// uses it as a label at least twice, so a statement's "Note:" or "Update:"
// is not taken for a speaker.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace qa {

struct SpeakerLabel {
  Span span;         // the label with its colon, in the text
  std::string name;  // as written, without the colon
};

// Every label in `text`, in order.
std::vector<SpeakerLabel> FindSpeakerLabels(std::string_view text);

// Whether a label names the speaker an article gives as `name` with
// `aliases`: the same name or alias, or the same last word (surname), case
// and full stops aside ("VOLD" and "Dr. Vold" are Eva Vold).
bool LabelNamesSpeaker(std::string_view label, std::string_view name,
                       const std::vector<std::string>& aliases);

}  // namespace qa
