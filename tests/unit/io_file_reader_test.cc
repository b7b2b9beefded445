// ReadFileBytes (io/file_reader.h): a regular file is read in one call of
// its known size, anything else until its end; either way every byte
// arrives, and no more than one byte past the limit is read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "io/file_reader.h"
#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

class FileReaderTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  test_files::TestFolder folder_{"qa_file_reader_"};
  fs::path dir_ = folder_.path();
};

// Bytes that show where a read went wrong: no two 64 KiB chunks alike.
std::string Bytes(size_t size) {
  std::string bytes(size, '\0');
  for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 7 + i / 65536) % 251);
  return bytes;
}

TEST_F(FileReaderTest, FilesOfEverySizeAroundTheChunkArriveWhole) {
  for (size_t size :
       {size_t{0}, size_t{1}, size_t{65535}, size_t{65536}, size_t{65537}, size_t{200001}}) {
    const std::string bytes = Bytes(size);
    const FileBytes read = ReadFileBytes(Write("story.txt", bytes));
    EXPECT_FALSE(read.error.has_value()) << size;
    EXPECT_EQ(read.bytes, bytes) << size;
  }
}

TEST_F(FileReaderTest, AFileOneByteOverTheLimitIsRefusedAndOneAtItIsRead) {
  const std::string path = Write("story.txt", Bytes(1000));
  const FileBytes over = ReadFileBytes(path, 999);
  ASSERT_TRUE(over.error.has_value());
  EXPECT_NE(over.error->message.find("max_article_bytes"), std::string::npos);
  EXPECT_TRUE(over.bytes.empty());
  const FileBytes at = ReadFileBytes(path, 1000);
  EXPECT_FALSE(at.error.has_value());
  EXPECT_EQ(at.bytes.size(), 1000u);
}

TEST_F(FileReaderTest, APipeIsReadToItsEndInWhateverPiecesItComes) {
  int ends[2];
  ASSERT_EQ(pipe(ends), 0);
  std::signal(SIGPIPE, SIG_IGN);  // a write to a closed pipe fails, not kills
  const std::string bytes = Bytes(300000);
  std::thread writer([&] {
    // Small, uneven writes: each read may return less than asked.
    for (size_t at = 0; at < bytes.size();) {
      const size_t piece = std::min<size_t>(bytes.size() - at, 1 + at % 5000);
      const ssize_t n = write(ends[1], bytes.data() + at, piece);
      if (n <= 0) break;
      at += static_cast<size_t>(n);
    }
    close(ends[1]);
  });
  const FileBytes read = ReadFileBytes("/proc/self/fd/" + std::to_string(ends[0]));
  // Closed before the writer is waited for: a reader that stopped early
  // makes the writer's next write fail (EPIPE) instead of waiting forever.
  close(ends[0]);
  writer.join();
  EXPECT_FALSE(read.error.has_value());
  EXPECT_EQ(read.bytes, bytes);
}

TEST_F(FileReaderTest, AFolderOrAMissingFileIsAnErrorNamingWhy) {
  const FileBytes folder = ReadFileBytes(dir_.string());
  ASSERT_TRUE(folder.error.has_value());
  EXPECT_EQ(folder.error->message, "is a directory");
  const FileBytes missing = ReadFileBytes((dir_ / "gone.txt").string());
  ASSERT_TRUE(missing.error.has_value());
  EXPECT_EQ(missing.error->message, "no such file or directory");
}

}  // namespace
}  // namespace qa
