// The interface between the PDF reader (io/pdf_reader.cc) and the module that
// extracts a PDF's text with poppler (src/pdf/, quoteaudit-pdf.so). Poppler
// pulls in two dozen shared libraries (fonts, images, NSS), about 5 ms of
// every process start; as a module they are loaded only when a PDF is read
// (docs/performance.md). Plain C, so nothing but bytes crosses it.
#pragma once

#include <cstddef>

extern "C" {

// What qa_pdf_text returns.
enum QaPdfStatus { kQaPdfOk = 0, kQaPdfUnreadable = 1, kQaPdfLocked = 2 };

// Receives the text, in pieces, in order.
typedef void (*QaPdfAppend)(void* context, const char* bytes, size_t size);

// The text of every page of the PDF in `data`, in reading order, each page
// followed by a blank line.
typedef int (*QaPdfText)(const char* data, size_t size, QaPdfAppend append, void* context);

}  // extern "C"

namespace qa {

inline constexpr const char* kPdfTextSymbol = "qa_pdf_text";
inline constexpr const char* kPdfModuleName = "quoteaudit-pdf.so";

}  // namespace qa
