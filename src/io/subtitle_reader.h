// Readers for subtitle files used as source records: WebVTT (.vtt) and SRT
// (.srt). Only the cue text is kept, one block per cue; timestamps, cue
// numbers and identifiers, the WEBVTT header and NOTE, STYLE and REGION
// blocks are dropped, so the cues read as one continuous transcript.
#pragma once

#include <string>

#include "io/load_result.h"

namespace qa {

LoadResult LoadWebVtt(std::string path, std::string bytes);
LoadResult LoadSrt(std::string path, std::string bytes);

}  // namespace qa
