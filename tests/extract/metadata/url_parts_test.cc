// URL helpers: hostnames and resolving hrefs as a browser would (RFC 3986 §5).
#include "extract/metadata/url_parts.h"

#include <gtest/gtest.h>

namespace pith::extraction::metadata {
namespace {

TEST(ResolveUrl, RelativeForms) {
  const char* base = "https://a.com/x/y.html?q=1#top";
  EXPECT_EQ(resolve_url(base, "z.png"), "https://a.com/x/z.png");
  EXPECT_EQ(resolve_url(base, "/z.png"), "https://a.com/z.png");
  EXPECT_EQ(resolve_url(base, "//cdn.com/z.png"), "https://cdn.com/z.png");
  EXPECT_EQ(resolve_url(base, "?page=2"), "https://a.com/x/y.html?page=2");
  EXPECT_EQ(resolve_url(base, "#notes"), "https://a.com/x/y.html?q=1#notes");
  EXPECT_EQ(resolve_url(base, "sub/z.html?a=b#c"), "https://a.com/x/sub/z.html?a=b#c");
  EXPECT_EQ(resolve_url("https://a.com", "z.png"), "https://a.com/z.png");
  EXPECT_EQ(resolve_url("https://a.com?x=1", "z.png"), "https://a.com/z.png");
}

TEST(ResolveUrl, DotSegmentsAreRemoved) {
  const char* base = "https://a.com/b/c/d.html";
  EXPECT_EQ(resolve_url(base, "../e.png"), "https://a.com/b/e.png");
  EXPECT_EQ(resolve_url(base, "./e.png"), "https://a.com/b/c/e.png");
  EXPECT_EQ(resolve_url(base, "../../../../e.png"), "https://a.com/e.png");
  EXPECT_EQ(resolve_url(base, ".."), "https://a.com/b/");
  EXPECT_EQ(resolve_url(base, "/x/./y/../z"), "https://a.com/x/z");
}

TEST(ResolveUrl, SchemesAndUnusableBasesLeaveTheHrefAlone) {
  EXPECT_EQ(resolve_url("https://a.com/x", "mailto:me@a.com"), "mailto:me@a.com");
  EXPECT_EQ(resolve_url("https://a.com/x", "  HTTP://B.com/p "), "HTTP://B.com/p");
  EXPECT_EQ(resolve_url("https://a.com/x", "ftp://b.com/f"), "ftp://b.com/f");
  EXPECT_EQ(resolve_url("https://a.com/x/", "a/b:c"), "https://a.com/x/a/b:c");  // not a scheme
  EXPECT_EQ(resolve_url("", "z.png"), "z.png");
  EXPECT_EQ(resolve_url("/relative/base", "z.png"), "z.png");
  EXPECT_EQ(resolve_url("https://a.com/x", ""), "");
}

TEST(HostnameOf, LowercaseWithoutPortOrUser) {
  EXPECT_EQ(hostname_of("https://user@WWW.Example.com:8080/a?b"), "www.example.com");
  EXPECT_EQ(hostname_of("//cdn.example.com/x"), "cdn.example.com");
  EXPECT_EQ(hostname_of("example.com/x"), "");
}

}  // namespace
}  // namespace pith::extraction::metadata
