// STUB until the CLI lands.
#include <cstdio>

int main(int argc, char** argv) {
  std::puts("quoteaudit (under construction)");
  return 0;
}
