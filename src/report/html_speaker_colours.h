// Which colour each speaker of an article gets in the html report: a fixed
// palette slot by order of first quote, so a speaker keeps one colour
// throughout the article and a re-run gives the same colours.
#pragma once

#include <string>
#include <vector>

#include "core/quote.h"

namespace qa {

// The slot of each entity of `scan` (indexed like scan.entities), counting
// speakers in the order their first quote appears and starting the palette
// again after kHtmlSpeakerColours (report/html_style.h); -1 for an entity
// no quote is given to.
std::vector<int> SpeakerColourSlots(const ScanResult& scan);

// The CSS class of a quote's colour: "s<slot>" for its speaker, "qn" when
// it has none.
std::string SpeakerColourClass(const Quote& quote, const std::vector<int>& slots);

}  // namespace qa
