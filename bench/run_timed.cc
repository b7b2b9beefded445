// Runs one command with its standard output discarded and prints one line:
// wall seconds, user + system CPU seconds, peak RSS in KiB, exit status.
// scripts/bench times every whole process with it: wait4(2) gives CPU time in
// microseconds (GNU time prints 10 ms steps, too coarse for the RE2 scan),
// and the peak RSS of a process includes what its parent had before exec, so
// the launcher must be small (a Python wrapper would add about 10 MiB).
//
//   run_timed RESULT_FILE COMMAND [ARG...]
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: run_timed RESULT_FILE COMMAND [ARG...]\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) return 2;
  if (child == 0) {
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDOUT_FILENO);
    execvp(argv[2], argv + 2);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) return 2;
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                     (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE* out = std::fopen(argv[1], "w");
  if (out == nullptr) return 2;
  std::fprintf(out, "%.4f %.4f %ld %d\n", wall, cpu, usage.ru_maxrss, code);
  return std::fclose(out) == 0 ? 0 : 2;
}
