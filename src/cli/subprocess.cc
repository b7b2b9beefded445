#include "cli/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace qa {
namespace {

// Closes both ends of the pipes it owns, whatever path the caller takes.
struct Pipe {
  int fds[2] = {-1, -1};
  ~Pipe() {
    for (int fd : fds) {
      if (fd >= 0) close(fd);
    }
  }
  int& read_end() { return fds[0]; }
  int& write_end() { return fds[1]; }
};

void CloseFd(int* fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

// Reads both pipes until both reach end of file.
void Drain(int out_fd, int err_fd, const OutputSink& out, std::string* err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  int open = 2;
  char buffer[65536];
  while (open > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open;
        continue;
      }
      std::string_view chunk(buffer, static_cast<size_t>(n));
      if (i == 0) {
        out(chunk);
      } else {
        err->append(chunk);
      }
    }
  }
}

}  // namespace

SubprocessResult RunSubprocess(const std::vector<std::string>& argv, const OutputSink& out_sink) {
  SubprocessResult result;
  if (argv.empty()) {
    result.error = "no program to run";
    return result;
  }
  Pipe out, err;
  if (pipe2(out.fds, O_CLOEXEC) != 0 || pipe2(err.fds, O_CLOEXEC) != 0) {
    result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.write_end(), 1);
  posix_spawn_file_actions_adddup2(&actions, err.write_end(), 2);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawn_error = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawn_error != 0) {
    result.error = "cannot run " + argv[0] + ": " + std::strerror(spawn_error);
    return result;
  }
  // Only the child writes; our copies would keep the pipes open forever.
  CloseFd(&out.write_end());
  CloseFd(&err.write_end());
  OutputSink keep = [&result](std::string_view chunk) { result.out.append(chunk); };
  Drain(out.read_end(), err.read_end(), out_sink ? out_sink : keep, &result.err);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      result.error = "cannot wait for " + argv[0] + ": " + std::strerror(errno);
      return result;
    }
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else {
    result.error = argv[0] + " was stopped by signal " + std::to_string(WTERMSIG(status));
  }
  return result;
}

}  // namespace qa
