// The html report's style sheet, inlined in the page so that the report is
// one self-contained file that loads nothing.
#pragma once

#include <string_view>

namespace qa {

// Colours for speakers, by order of first appearance in an article: class
// "s0" .. "s<kHtmlSpeakerColours - 1>", reused in turn after the last.
inline constexpr int kHtmlSpeakerColours = 10;

// The CSS (no url(), no @import).
std::string_view HtmlReportStyle();

}  // namespace qa
