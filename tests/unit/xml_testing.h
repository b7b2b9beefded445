// Runs python3's XML parser (xml.etree) over a report, so the XML formats
// are checked by a real consumer, not by the code that wrote them.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_files.h"

namespace qa::testing {

// Parses `xml` with xml.etree and runs `python` (statements that may use
// `root`, the parsed root element, and print) on it. Returns the exit
// status; *output gets what python printed, or the parse error.
inline int WithParsedXml(const std::string& xml, const std::string& python, std::string* output) {
  std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("qa_xml_" + std::to_string(::getpid()) + ".xml");
  std::ofstream(file, std::ios::binary) << xml;
  std::string script =
      "import sys, xml.etree.ElementTree as ET\nroot = ET.parse(sys.argv[1]).getroot()\n" + python;
  int status = test_files::RunCommand(
      "python3 -c " + test_files::ShellQuote(script) + " " + test_files::ShellQuote(file.string()),
      output);
  std::filesystem::remove(file);
  return status;
}

}  // namespace qa::testing
