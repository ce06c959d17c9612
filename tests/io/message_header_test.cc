// WARC and HTTP header blocks as crawlers write them (CRLF, LF, folded lines).
#include "io/message_header.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::io {
namespace {

TEST(MessageHeaderTest, WarcRecordWithCrlf) {
  std::string record =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://003338.cn/l41/481397.html\r\n"
      "Content-Length: 5\r\n\r\nHTTP/";
  auto header = parse_message_header(record, "WARC/");
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->start_line, "WARC/1.0");
  EXPECT_EQ(header->find("warc-type").value_or(""), "response");
  EXPECT_EQ(header->find("WARC-Target-URI").value_or(""), "http://003338.cn/l41/481397.html");
  EXPECT_FALSE(header->find("WARC-Record-ID").has_value());
  EXPECT_EQ(record.substr(header->size), "HTTP/");
}

TEST(MessageHeaderTest, HttpWithLfFoldingAndJunkLines) {
  std::string message =
      "HTTP/1.1 200 OK\nContent-Type: text/html;\n  charset=\"ISO-8859-1\"\nnot a field\nServer:  x  \n\n<p>";
  auto header = parse_message_header(message, "HTTP/");
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->fields.size(), 2u);
  EXPECT_EQ(header->find("Server").value_or(""), "x");
  std::string_view type = header->find("Content-Type").value_or("");
  EXPECT_EQ(media_type(type), "text/html");
  EXPECT_EQ(charset_parameter(type), "ISO-8859-1");
  EXPECT_EQ(message.substr(header->size), "<p>");
}

TEST(MessageHeaderTest, NotAHeader) {
  EXPECT_FALSE(parse_message_header("<html>WARC/1.0\n\n", "WARC/").has_value());
  EXPECT_FALSE(parse_message_header("WARC/1.0\nWARC-Type: x\n", "WARC/").has_value());  // no blank line
  std::string endless = "HTTP/1.1 200 OK\n" + std::string(kMaxHeaderBytes, 'x') + "\n\nbody";
  EXPECT_FALSE(parse_message_header(endless, "HTTP/").has_value());
}

TEST(MessageHeaderTest, ContentTypeParameters) {
  EXPECT_EQ(charset_parameter("text/html; foo=bar; Charset = utf-8 "), "utf-8");
  EXPECT_EQ(charset_parameter("text/html"), "");
  EXPECT_EQ(charset_parameter("text/plain; charset='koi8-r'"), "koi8-r");
  EXPECT_EQ(media_type(" Application/XHTML+XML ;charset=x"), "application/xhtml+xml");
}

TEST(MessageHeaderTest, ListItems) {
  EXPECT_EQ(list_items(" gzip,\tChunked ,, identity"), (std::vector<std::string>{"gzip", "chunked", "identity"}));
  EXPECT_TRUE(list_items("").empty());
  EXPECT_TRUE(list_items(" , ").empty());
}

}  // namespace
}  // namespace pith::io
