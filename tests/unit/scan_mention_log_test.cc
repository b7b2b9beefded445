// The walk back from a pronoun or a role visits mentions as a multimap by
// offset would: nearest first, mentions at one offset last-added first,
// however they arrive (in text order as names are collected, out of order
// as the attribution adds speakers) and past the point where the sorted
// list gives way to a B-tree.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

#include "scan/mention_log.h"

namespace qa {
namespace {

using Reference = std::multimap<size_t, std::pair<int, size_t>>;

// The first `limit` mentions a walk back from `at` visits.
std::vector<MentionLog::Mention> Walked(const MentionLog& log, size_t at, size_t limit) {
  std::vector<MentionLog::Mention> walked;
  log.WalkBack(at, [&](const MentionLog::Mention& mention) {
    if (walked.size() == limit) return false;
    walked.push_back(mention);
    return true;
  });
  return walked;
}

std::vector<MentionLog::Mention> Expected(const Reference& reference, size_t at, size_t limit) {
  std::vector<MentionLog::Mention> expected;
  for (auto it = reference.upper_bound(at); it != reference.begin() && expected.size() < limit;) {
    --it;
    expected.push_back({it->first, it->second.first, it->second.second});
  }
  return expected;
}

void ExpectSameWalk(const MentionLog& log, const Reference& reference, size_t at, size_t limit) {
  const auto walked = Walked(log, at, limit);
  const auto expected = Expected(reference, at, limit);
  ASSERT_EQ(walked.size(), expected.size()) << "from " << at;
  for (size_t i = 0; i < walked.size(); ++i) {
    EXPECT_EQ(walked[i].position, expected[i].position) << "from " << at << " step " << i;
    EXPECT_EQ(walked[i].entity, expected[i].entity) << "from " << at << " step " << i;
    EXPECT_EQ(walked[i].sentence, expected[i].sentence) << "from " << at << " step " << i;
  }
}

TEST(MentionLogTest, WalksBackAsAMultimapByOffset) {
  std::mt19937_64 random(7);
  for (const size_t count :
       {size_t{0}, size_t{5}, size_t{200}, MentionLog::kSmall, MentionLog::kSmall + 300}) {
    MentionLog log;
    Reference reference;
    int entity = 0;
    for (size_t i = 0; i < count; ++i) {
      // Mostly in text order, some offsets repeated (several entities at one
      // place), every fifth one out of order.
      size_t position = 8 * i;
      if (i % 3 == 1) position = 8 * (i - 1);
      if (i % 5 == 4) position = random() % (8 * count + 8);
      const size_t sentence = position / 50;
      log.Add({position, entity, sentence});
      reference.emplace(position, std::make_pair(entity, sentence));
      ++entity;
      if (i % 97 == 0) ExpectSameWalk(log, reference, random() % (8 * count + 16), 40);
    }
    EXPECT_EQ(log.size(), reference.size()) << count;
    for (size_t at = 0; at < 8 * count + 16; at += 1 + count / 64) {
      ExpectSameWalk(log, reference, at, 25);
    }
    ExpectSameWalk(log, reference, 8 * count + 16, count + 1);  // the whole log, newest first
  }
}

}  // namespace
}  // namespace qa
