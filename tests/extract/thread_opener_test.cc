// A forum thread whose every post, the opening one too, is marked as a comment:
// the opening post under the title heading is the content, the replies are not.
// Comments under a blog post that was not found stay comments.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

std::string post(std::string_view id, const std::string& text) {
  return "<div class='ForumComment' id='" + std::string(id) + "'><div class='ForumCommentInfo'>"
         "<span>jane</span><span>28.09.19 12:44</span></div><div class='ForumCommentText'>" + text +
         "</div></div>";
}

TEST(ThreadOpener, TheOpeningPostIsTheContent) {
  auto e = run("<html><body><main><h2 class='Title'>No app store over mobile data</h2>" +
                   post("first", prose(2, "the phone")) + post("reply1", prose(2, "the router")) +
                   post("reply2", prose(2, "the carrier")) + "</main></body></html>",
               {}, "No app store over mobile data");
  EXPECT_TRUE(contains(e.text, "the phone")) << e.text;
  EXPECT_FALSE(contains(e.text, "the router")) << e.text;
  EXPECT_FALSE(contains(e.text, "the carrier")) << e.text;
}

TEST(ThreadOpener, CommentsFarFromTheTitleStayComments) {
  // A photo post: its title, a few short lines, then the reader comments.
  auto e = run("<html><body><main><h2 class='Title'>Next up: pumpkin pie</h2>"
               "<p>Monday, November 12, 2012</p><p>Video soon.</p><p>Stay tuned.</p><p>Posted by John</p>"
               "<div class='comments'><h4>16 comments:</h4>" + post("c1", prose(2, "the pie")) +
                   post("c2", prose(2, "the crust")) + "</div></main></body></html>",
               {}, "Next up: pumpkin pie");
  EXPECT_FALSE(contains(e.text, "the pie")) << e.text;
  EXPECT_FALSE(contains(e.text, "the crust")) << e.text;
}

TEST(ThreadOpener, RealForumPageGivesItsQuestion) {
  // trafilatura/d43f330cbaf74e92b9aec85e937cb904 (a mactechnews forum thread,
  // every post class="MtnComment"): was empty, "too little main text".
  std::string text = testing::extract_dataset_page("trafilatura/pages/d43f330cbaf74e92b9aec85e937cb904.html");
  EXPECT_TRUE(contains(text, "und bevor wieder die übliche häme kommt")) << text;
  EXPECT_FALSE(contains(text, "Sie müssen sich einloggen")) << text;
}

}  // namespace
}  // namespace pith::extraction
