// An entity's mention offsets answer "the last mention at or before here,
// the first after" exactly as a sorted set would, however they arrive: in
// text order (names collected sentence by sentence), out of order (speakers
// added by the attribution afterwards), repeated, and past the point where
// the small sorted list gives way to a B-tree.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "scan/mention_positions.h"

namespace qa {
namespace {

void ExpectSameAnswers(const MentionPositions& positions, const std::set<size_t>& reference,
                       size_t at) {
  const MentionPositions::Around near = positions.Near(at);
  const auto it = reference.upper_bound(at);
  if (it == reference.begin()) {
    EXPECT_FALSE(near.before.has_value()) << "at " << at;
  } else {
    ASSERT_TRUE(near.before.has_value()) << "at " << at;
    EXPECT_EQ(*near.before, *std::prev(it)) << "at " << at;
  }
  if (it == reference.end()) {
    EXPECT_FALSE(near.after.has_value()) << "at " << at;
  } else {
    ASSERT_TRUE(near.after.has_value()) << "at " << at;
    EXPECT_EQ(*near.after, *it) << "at " << at;
  }
}

TEST(MentionPositionsTest, AnswersAsASortedSetWhateverTheOrder) {
  std::mt19937_64 random(41);
  for (const size_t count : {size_t{0}, size_t{3}, MentionPositions::kSmall - 1,
                             MentionPositions::kSmall, MentionPositions::kSmall + 1, size_t{500}}) {
    for (const int order : {0, 1, 2}) {  // in text order, then some late, then any
      MentionPositions positions;
      std::set<size_t> reference;
      for (size_t i = 0; i < count; ++i) {
        size_t position = 10 * i + 5;
        if (order == 1 && i % 7 == 3) position = random() % (10 * count + 10);
        if (order == 2) position = random() % (3 * count + 10);  // repeats too
        positions.Insert(position);
        reference.insert(position);
        if (i % 13 == 0) ExpectSameAnswers(positions, reference, random() % (10 * count + 20));
      }
      EXPECT_EQ(positions.size(), reference.size()) << count << " order " << order;
      for (size_t at = 0; at < 10 * count + 20; at += 3)
        ExpectSameAnswers(positions, reference, at);
      ExpectSameAnswers(positions, reference, 0);
    }
  }
}

TEST(MentionPositionsTest, AMentionRepeatedIsKeptOnce) {
  MentionPositions positions;
  for (int round = 0; round < 3; ++round) {
    for (size_t p = 0; p < MentionPositions::kSmall + 10; ++p) positions.Insert(p * 2);
  }
  EXPECT_EQ(positions.size(), MentionPositions::kSmall + 10);
  const MentionPositions::Around near = positions.Near(7);
  EXPECT_EQ(near.before, 6u);
  EXPECT_EQ(near.after, 8u);
}

}  // namespace
}  // namespace qa
