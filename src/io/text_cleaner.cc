#include "io/text_cleaner.h"

#include <cstring>

#include "core/utf8.h"

namespace qa {
namespace {

constexpr size_t kSniffBytes = 8192;

// Control bytes are not prose: all are blanked in the analysis text except
// tab and newline, which later stages treat as whitespace and line ends.
bool IsBlankedControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

// Control bytes that suggest a binary file. CR, form feed, vertical tab (a
// Word line break) and ESC turn up in real copy, so they do not count.
bool IsBinaryControl(unsigned char c) {
  return IsBlankedControl(c) && c != '\r' && c != '\f' && c != '\v' && c != 0x1B;
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<InputProblem> DetectBinary(std::string_view bytes) {
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF") ||
      StartsWith(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) {
    return InputProblem{
        "UTF-16 or UTF-32 text is not supported (byte-order mark at byte 0); "
        "convert the file to UTF-8; skipped",
        0};
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    size_t offset = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
    return InputProblem{"binary file (NUL byte at byte " + std::to_string(offset) + "); skipped",
                        offset};
  }
  // Without a NUL, call it binary only when control bytes are common at the
  // start: more than one in ten of the first 8 KiB.
  size_t sniff = std::min(bytes.size(), kSniffBytes);
  size_t controls = 0, first = 0;
  const std::string_view head = bytes.substr(0, sniff);
  for (size_t i = 0; i < sniff; ++i) {
    i = SkipPlainAscii(head, i);
    if (i >= sniff) break;
    if (IsBinaryControl(static_cast<unsigned char>(bytes[i]))) {
      if (controls++ == 0) first = i;
    }
  }
  if (controls * 10 > sniff) {
    return InputProblem{"binary file (" + std::to_string(controls) +
                            " control bytes in the first " + std::to_string(sniff) +
                            ", the first at byte " + std::to_string(first) + "); skipped",
                        first};
  }
  return std::nullopt;
}

std::optional<std::string> CleanedText(std::string_view bytes,
                                       std::vector<InputProblem>* problems) {
  // Copied on the first byte to blank: most files have none.
  std::optional<std::string> text;
  auto blank = [&](size_t at, size_t length) {
    if (!text) text.emplace(bytes);
    text->replace(at, length, length, ' ');
  };
  size_t i = 0;
  if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    blank(0, 3);
    i = 3;
  }
  size_t bad = 0, first_bad = 0, multibyte = 0;
  while (i < bytes.size()) {
    i = SkipPlainAscii(bytes, i);
    if (i >= bytes.size()) break;
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (IsBlankedControl(c)) blank(i, 1);
      ++i;
      continue;
    }
    size_t length = ValidUtf8Length(bytes, i);
    if (length == 0) {
      // Blank just this byte and resynchronise on the next one, so every
      // byte of a broken sequence is blanked and counted.
      if (bad++ == 0) first_bad = i;
      blank(i, 1);
      ++i;
    } else {
      ++multibyte;
      // Unicode spaces become ASCII spaces byte for byte, so that every
      // pattern's \s sees "he\u00A0told" as two words.
      if (IsUnicodeSpace(DecodeValidUtf8(bytes, i, length))) blank(i, length);
      i += length;
    }
  }
  if (bad > 0) {
    std::string message = "invalid UTF-8 at byte " + std::to_string(first_bad);
    message += bad == 1
                   ? "; the byte is ignored"
                   : " (and " + std::to_string(bad - 1) + " more bytes); those bytes are ignored";
    // Not one valid multi-byte character: most likely a whole file in an
    // 8-bit encoding, whose curly quotes would all be lost.
    if (multibyte == 0) {
      message += " (the file looks like Windows-1252 or Latin-1; convert it to UTF-8)";
    }
    problems->push_back({std::move(message), first_bad});
  }
  return text;
}

std::string MakeAnalysisText(std::string_view bytes, std::vector<InputProblem>* problems) {
  std::optional<std::string> cleaned = CleanedText(bytes, problems);
  return cleaned ? std::move(*cleaned) : std::string(bytes);
}

}  // namespace qa
