// Prints what pith::extract finds in the page named on the command line:
// version, title, then the text.
#include <pith/extract.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const pith::Document doc = pith::extract(bytes);
  std::printf("version %s\ntitle %s\n%s\n", pith::version(), doc.title.c_str(), doc.text.c_str());
  return doc.text.empty() ? 1 : 0;
}
