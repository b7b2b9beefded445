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
    const std::string_view original = file_.document->original();
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
  // ranges `active`, which are in layer order. Written straight into the
  // buffer: one pass to choose the classes, then one per attribute.
  void OpenSpan(std::span<const uint32_t> active, std::string_view extra_class,
                std::string_view extra_attributes = "") {
    bool quote = false, finding = false, mention = false, cue = false;
    const Quote* coloured = nullptr;  // whose speaker colours the piece
    Severity worst = Severity::kInfo;
    for (uint32_t range : active) {
      const Mark& mark = marks_.marks[range];
      switch (mark.layer) {
        case Layer::kQuote:
          // Quotes come in document order, so the last is the innermost.
          quote = true;
          coloured = &file_.scan->quotes[mark.item];
          break;
        case Layer::kFinding:
          worst = finding ? std::max(worst, file_.findings[mark.item].severity)
                          : file_.findings[mark.item].severity;
          finding = true;
          break;
        case Layer::kMention:
          mention = true;
          if (coloured == nullptr) coloured = &file_.scan->quotes[mark.item];
          break;
        case Layer::kCue:
          cue = true;
          break;
      }
    }
    buffer_ += "<span class=\"";
    buffer_ += extra_class;
    if (quote) buffer_ += "q ";
    if (mention) buffer_ += "who ";
    if (coloured != nullptr) buffer_ += SpeakerColourClass(*coloured, slots_) + " ";
    if (cue) buffer_ += "cue ";
    if (finding) {
      if (extra_class.empty()) buffer_ += "f ";
      buffer_ += "f-";
      buffer_ += SeverityName(worst);
      buffer_ += ' ';
    }
    buffer_.back() = '"';  // each class ends in a space: the last one's closes the value
    if (quote) AppendNumbers(active, Layer::kQuote, " data-quote=\"");
    if (finding) AppendNumbers(active, Layer::kFinding, " data-finding=\"");
    buffer_ += extra_attributes;
    buffer_ += " title=\"";
    for (size_t i = 0; i < active.size(); ++i) {
      if (i > 0) buffer_ += "&#10;&#10;";
      buffer_ += marks_.titles[active[i]];
    }
    buffer_ += "\">";
  }

  // ` name="1 2"`: the 1-based numbers of the active ranges of `layer`.
  void AppendNumbers(std::span<const uint32_t> active, Layer layer, std::string_view opening) {
    buffer_ += opening;
    bool first = true;
    for (uint32_t range : active) {
      const Mark& mark = marks_.marks[range];
      if (mark.layer != layer) continue;
      if (!first) buffer_ += ' ';
      first = false;
      buffer_ += std::to_string(mark.item + 1);
    }
    buffer_ += '"';
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
