#include "report/html_article.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "report/html_escape.h"
#include "report/html_quote_text.h"
#include "report/html_speaker_colours.h"
#include "report/marked_segments.h"

namespace qa {
namespace {

constexpr size_t kChunk = 64 << 10;  // text escaped per step, and buffer flushed beyond it

enum class Layer : uint8_t { kQuote, kFinding, kMention, kCue };

// What a marked range is: a quote, a finding, or a quote's mention or cue;
// `item` indexes scan.quotes (for a quote, mention or cue) or the findings.
struct Mark {
  Layer layer;
  uint32_t item;
};

// Every range to mark, quotes first, then findings, mentions and cues (the
// splitter reports active ranges in this order), with each one's hover
// text, already escaped.
struct ArticleMarks {
  std::vector<Span> ranges;  // source bytes
  std::vector<Mark> marks;
  std::vector<std::string> titles;

  void Add(Span range, Mark mark, std::string_view title) {
    ranges.push_back(range);
    marks.push_back(mark);
    titles.push_back(HtmlAttributeEscaped(title));
  }
};

ArticleMarks CollectMarks(const FileReport& file) {
  const Document& document = *file.document;
  const ScanResult& scan = *file.scan;
  ArticleMarks marks;
  std::vector<QuoteAttributionText> described;
  described.reserve(scan.quotes.size());
  for (uint32_t i = 0; i < scan.quotes.size(); ++i) {
    const Quote& quote = scan.quotes[i];
    described.push_back(DescribeAttribution(document, scan, quote));
    marks.Add(document.ToSource(quote.span), {Layer::kQuote, i},
              QuoteHoverText(i + 1, quote, described.back()));
  }
  for (uint32_t i = 0; i < file.findings.size(); ++i) {
    const Finding& finding = file.findings[i];
    marks.Add(document.ToSource(finding.span), {Layer::kFinding, i},
              std::string(SeverityName(finding.severity)) + " [" + finding.rule + "]\n" +
                  finding.message);
  }
  for (uint32_t i = 0; i < scan.quotes.size(); ++i) {
    const Attribution& attribution = scan.quotes[i].attribution;
    if (described[i].speaker.empty() || attribution.mention.empty()) continue;
    marks.Add(document.ToSource(attribution.mention), {Layer::kMention, i},
              "Speaker of quote " + std::to_string(i + 1) + ": " + described[i].speaker + " (" +
                  described[i].speaker_kind + ")");
  }
  for (uint32_t i = 0; i < scan.quotes.size(); ++i) {
    if (described[i].cue.empty()) continue;
    marks.Add(document.ToSource(scan.quotes[i].attribution.cue), {Layer::kCue, i},
              "Cue of quote " + std::to_string(i + 1) + ": " + described[i].cue);
  }
  return marks;
}

bool StartsCodePoint(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Writes one piece of text through `buffer`, a chunk at a time, cutting only
// where a character starts so no valid character is split.
void WriteText(std::string_view text, std::string* buffer, std::ostream& out) {
  while (!text.empty()) {
    size_t cut = std::min(text.size(), kChunk);
    // A UTF-8 character is at most 4 bytes: back up at most 3 to its start.
    for (int step = 0; step < 3 && cut < text.size() && !StartsCodePoint(text[cut]); ++step) --cut;
    AppendHtmlEscaped(text.substr(0, cut), buffer);
    text.remove_prefix(cut);
    if (buffer->size() >= kChunk) {
      out << *buffer;
      buffer->clear();
    }
  }
}

class ArticleWriter {
 public:
  ArticleWriter(const FileReport& file, size_t file_number, const std::vector<int>& colour_slots,
                std::ostream& out)
      : file_(file), file_number_(file_number), slots_(colour_slots), out_(out) {}

  void Write() {
    const std::string& original = file_.document->original;
    marks_ = CollectMarks(file_);
    buffer_ = "<div class=\"article\">";
    ForEachMarkedSegment(marks_.ranges, original.size(), [&](const MarkedSegment& segment) {
      if (segment.bytes.empty()) {
        WritePoint(segment.active.front());
        return;
      }
      std::string_view text =
          std::string_view(original).substr(segment.bytes.begin, segment.bytes.size());
      if (segment.active.empty()) {
        WriteText(text, &buffer_, out_);
        return;
      }
      for (uint32_t started : segment.starting) WriteAnchor(started);
      OpenSpan(segment.active, "");
      WriteText(text, &buffer_, out_);
      buffer_ += "</span>";
    });
    buffer_ += "</div>\n";
    out_ << buffer_;
    buffer_.clear();
  }

 private:
  std::string Id(const Mark& mark) const {
    return mark.layer == Layer::kQuote ? HtmlQuoteId(file_number_, mark.item + 1)
                                       : HtmlFindingId(file_number_, mark.item + 1);
  }

  void WriteAnchor(uint32_t range) {
    const Mark& mark = marks_.marks[range];
    if (mark.layer != Layer::kQuote && mark.layer != Layer::kFinding) return;
    buffer_ += "<span class=\"anchor\" id=\"" + Id(mark) + "\"></span>";
  }

  // An empty quote or finding: a marker that carries its own id.
  void WritePoint(uint32_t range) {
    const Mark& mark = marks_.marks[range];
    if (mark.layer != Layer::kQuote && mark.layer != Layer::kFinding) return;
    OpenSpan({&range, 1}, "point ", " id=\"" + Id(mark) + "\"");
    buffer_ += "</span>";
  }

  // <span class=... data-quote=... data-finding=... title=...> for the
  // ranges `active`, which are in layer order.
  void OpenSpan(std::span<const uint32_t> active, std::string_view extra_class,
                std::string_view extra_attributes = "") {
    std::string quotes, findings, title, colour;
    bool mention = false, cue = false;
    Severity worst = Severity::kInfo;
    for (uint32_t range : active) {
      const Mark& mark = marks_.marks[range];
      const std::string number = std::to_string(mark.item + 1);
      switch (mark.layer) {
        case Layer::kQuote:
          // Quotes come in document order, so the last is the innermost.
          colour = SpeakerColourClass(file_.scan->quotes[mark.item], slots_);
          quotes += (quotes.empty() ? "" : " ") + number;
          break;
        case Layer::kFinding:
          worst = findings.empty() ? file_.findings[mark.item].severity
                                   : std::max(worst, file_.findings[mark.item].severity);
          findings += (findings.empty() ? "" : " ") + number;
          break;
        case Layer::kMention:
          if (colour.empty()) colour = SpeakerColourClass(file_.scan->quotes[mark.item], slots_);
          mention = true;
          break;
        case Layer::kCue:
          cue = true;
          break;
      }
      if (!title.empty()) title += "&#10;&#10;";
      title += marks_.titles[range];
    }
    std::string classes(extra_class);
    if (!quotes.empty()) classes += "q ";
    if (mention) classes += "who ";
    if (!colour.empty()) classes += colour + " ";
    if (cue) classes += "cue ";
    if (!findings.empty()) {
      if (extra_class.empty()) classes += "f ";
      classes += "f-" + std::string(SeverityName(worst)) + " ";
    }
    classes.pop_back();
    buffer_ += "<span class=\"" + classes + "\"";
    if (!quotes.empty()) buffer_ += " data-quote=\"" + quotes + "\"";
    if (!findings.empty()) buffer_ += " data-finding=\"" + findings + "\"";
    buffer_ += extra_attributes;
    buffer_ += " title=\"" + title + "\">";
  }

  const FileReport& file_;
  size_t file_number_;
  const std::vector<int>& slots_;
  std::ostream& out_;
  ArticleMarks marks_;
  std::string buffer_;
};

}  // namespace

std::string HtmlQuoteId(size_t file_number, size_t quote_number) {
  return "q" + std::to_string(file_number) + "-" + std::to_string(quote_number);
}

std::string HtmlFindingId(size_t file_number, size_t finding_number) {
  return "f" + std::to_string(file_number) + "-" + std::to_string(finding_number);
}

void WriteHtmlArticle(const FileReport& file, size_t file_number,
                      const std::vector<int>& colour_slots, std::ostream& out) {
  ArticleWriter(file, file_number, colour_slots, out).Write();
}

}  // namespace qa
