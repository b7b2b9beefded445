// The Html reader (being written: issue 9).
#pragma once

#include <string>

#include "io/input_format.h"
#include "io/load_result.h"

namespace qa {

LoadResult LoadHtml(std::string path, std::string bytes, const ReaderOptions& options);

}  // namespace qa
