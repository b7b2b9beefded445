// The test helpers themselves: QA_SHARED_PATH_OR_SKIP must fail, not skip,
// when CI requires ../shared (QA_REQUIRE_SHARED=1) and a path is absent, so
// the tests that read ../shared cannot silently stop running there.
#include "test_files.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace qa {
namespace {

// Sets an environment variable for one scope and restores it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_.c_str(), old_->c_str(), 1);
    } else {
      ::unsetenv(name_.c_str());
    }
  }

 private:
  std::string name_;
  std::optional<std::string> old_;
};

const char kMissing[] = QA_SOURCE_DIR "/../shared/no-such-folder-for-this-test";

void RequireMissingSharedPath() { QA_SHARED_PATH_OR_SKIP(kMissing); }

void RequireExistingPath() { QA_SHARED_PATH_OR_SKIP(QA_SOURCE_DIR); }

TEST(SharedPathTest, FailsWhenRequiredAndAbsent) {
  ScopedEnv required("QA_REQUIRE_SHARED", "1");
  EXPECT_FATAL_FAILURE(RequireMissingSharedPath(), "QA_REQUIRE_SHARED=1 (CI) requires it");
  EXPECT_FATAL_FAILURE(RequireMissingSharedPath(), "no-such-folder-for-this-test is absent");
}

TEST(SharedPathTest, PresentPathPassesWhetherOrNotRequired) {
  ScopedEnv required("QA_REQUIRE_SHARED", "1");
  RequireExistingPath();
  EXPECT_FALSE(::testing::Test::HasFailure());
  EXPECT_FALSE(::testing::Test::IsSkipped());
}

TEST(SharedPathTest, OnlyTheValueOneRequiresTheFolder) {
  {
    ScopedEnv unset("QA_REQUIRE_SHARED", nullptr);
    EXPECT_FALSE(test_files::SharedRequired());
  }
  {
    ScopedEnv zero("QA_REQUIRE_SHARED", "0");
    EXPECT_FALSE(test_files::SharedRequired());
  }
  ScopedEnv one("QA_REQUIRE_SHARED", "1");
  EXPECT_TRUE(test_files::SharedRequired());
  EXPECT_EQ(test_files::SharedPathProblem(QA_SOURCE_DIR), "");
  EXPECT_NE(test_files::SharedPathProblem(kMissing), "");
}

}  // namespace
}  // namespace qa
