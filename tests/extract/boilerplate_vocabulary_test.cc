// The class/id/role vocabulary and the boilerplate phrase matcher.
#include "extract/boilerplate_vocabulary.h"

#include <gtest/gtest.h>

#include <string>

#include "dom/traversal.h"
#include "html/parser.h"

namespace pith::extraction {
namespace {

ClassVerdict verdict_of(const std::string& tag_html) {
  static dom::Document doc;
  doc = html::parse_utf8("<body>" + tag_html + "</body>");
  for (dom::Node* n : dom::descendants(doc.root()))
    if (n->is_element() && n->attribute("data-t")) return classify_element(*n);
  ADD_FAILURE() << "no data-t element in " << tag_html;
  return {};
}

TEST(BoilerplateVocabulary, ClassTokensAndPieces) {
  EXPECT_TRUE(verdict_of("<div data-t class='post-comments'></div>").flags & kComment);
  EXPECT_TRUE(verdict_of("<div data-t id='relatedPosts'></div>").flags & kRelated);
  EXPECT_TRUE(verdict_of("<div data-t class='social-share-bar'></div>").flags & kShare);
  EXPECT_TRUE(verdict_of("<div data-t class='CookieConsent'></div>").flags & kCookie);
  EXPECT_TRUE(verdict_of("<div data-t class='werbung'></div>").flags & kAd);
  EXPECT_TRUE(verdict_of("<div data-t class='ad'></div>").flags & kAd);
  EXPECT_TRUE(verdict_of("<div data-t class='sr-only'></div>").flags & kHidden);
  EXPECT_GT(verdict_of("<div data-t class='entry-content'></div>").positive, 0);
  // A sidebar widget is a sidebar; a page builder's widget is a block of the page.
  EXPECT_TRUE(verdict_of("<div data-t class='widget widget_text'></div>").flags & kSidebar);
  EXPECT_TRUE(verdict_of("<div data-t class='footer-widget-area'></div>").flags & kSidebar);
  EXPECT_FALSE(verdict_of("<div data-t class='elementor-element elementor-widget elementor-widget-text-editor'></div>")
                   .flags & kSidebar);
  EXPECT_FALSE(verdict_of("<div data-t class='elementor-widget-container'></div>").flags & kRemoveFlags);
  // A "read more" link is related content; a script's fold-away text is the page's.
  EXPECT_TRUE(verdict_of("<div data-t class='readmore'></div>").flags & kRelated);
  EXPECT_TRUE(verdict_of("<a data-t class='post-readmore' href=/x>x</a>").flags & kRelated);
  EXPECT_FALSE(verdict_of("<p data-t class='presentation-box-txt js_readmore'></p>").flags & kRemoveFlags);
  // A consent platform's box is a cookie notice; Adobe's "cmp-" components are the page.
  EXPECT_TRUE(verdict_of("<div data-t class='qc-cmp2-container'></div>").flags & kCookie);
  EXPECT_FALSE(verdict_of("<div data-t class='cmp-text' id='text-e7f36e096c'></div>").flags & kRemoveFlags);
  EXPECT_TRUE(verdict_of("<div data-t class='cmp-popup'></div>").flags & kModal);
  // Media player chrome, but not the player box (it holds the clip's description).
  EXPECT_TRUE(verdict_of("<div data-t class='yvp-settings-container'></div>").flags & kRemoveFlags);
  // A box of story tools named in one word (businessweek: id=storyTools).
  EXPECT_TRUE(verdict_of("<div data-t class='module' id='storyTools'></div>").flags & kShare);
  // A compound ending in "tools" is a toolbar; one that says it holds tools, or is about them, is not.
  EXPECT_TRUE(verdict_of("<div data-t class='module' id='story_tools'></div>").flags & kShare);
  EXPECT_TRUE(verdict_of("<div data-t class='article-tool'></div>").flags & kShare);
  EXPECT_FALSE(verdict_of("<article data-t class='post has-tools'></article>").flags & kShare);
  EXPECT_FALSE(verdict_of("<div data-t class='tools-review'></div>").flags & kShare);
  // A CMS field's label names the field beside it.
  EXPECT_TRUE(verdict_of("<div data-t class='field-label'></div>").flags & kByline);
  EXPECT_TRUE(verdict_of("<div data-t class='legende'></div>").flags & kCaption);
  EXPECT_TRUE(verdict_of("<div data-t class='util-bar-flyout ugc-util-bar-flyout'></div>").flags & kModal);
  EXPECT_TRUE(verdict_of("<div data-t class='video-transcript-keywords'></div>").flags & kRelated);
  EXPECT_TRUE(verdict_of("<div data-t class='td-videoplayer'></div>").flags & kRemoveFlags);
  EXPECT_FALSE(verdict_of("<div data-t id='ym-player'></div>").flags & kRemoveFlags);
  // Tailwind's "hidden md:block" hides on phones only; the desktop page shows it.
  EXPECT_FALSE(verdict_of("<div data-t class='hidden md:block text-sm'></div>").flags & kHidden);
  EXPECT_TRUE(verdict_of("<div data-t class='md:hidden'></div>").flags & kHidden);  // the phone copy
  EXPECT_TRUE(verdict_of("<div data-t class='lg:hidden hidden md:block'></div>").flags & kHidden);
  EXPECT_FALSE(verdict_of("<div data-t class='hidden lg:block md:hidden'></div>").flags & kHidden);
  EXPECT_FALSE(verdict_of("<div data-t class='2xl:hidden'></div>").flags & kHidden);
  EXPECT_TRUE(verdict_of("<div data-t class='hidden text-sm'></div>").flags & kHidden);
  EXPECT_TRUE(verdict_of("<div data-t class='sharer-confirm'></div>").flags & kShare);
}

TEST(BoilerplateVocabulary, NoFalseHitsInsideWords) {
  // "header" and "shadow" contain "ad"; "hidden-xs" hides on phones only; WordPress
  // puts tag-* and category-* classes on the <article> itself.
  EXPECT_FALSE(verdict_of("<div data-t class='shadow'></div>").flags & kAd);
  EXPECT_FALSE(verdict_of("<div data-t class='col hidden-xs'></div>").flags & kHidden);
  uint16_t wp = verdict_of("<article data-t class='post type-post tag-news category-world'>"
                           "</article>").flags;
  EXPECT_FALSE(wp & kRelated);
}

TEST(BoilerplateVocabulary, TagsRolesAndAttributes) {
  EXPECT_TRUE(verdict_of("<nav data-t></nav>").flags & kNav);
  EXPECT_TRUE(verdict_of("<div data-t role='navigation'></div>").flags & kNav);
  EXPECT_TRUE(verdict_of("<div data-t role='complementary'></div>").flags & kSidebar);
  EXPECT_TRUE(verdict_of("<div data-t itemprop='articleBody'></div>").strong_positive);
  EXPECT_TRUE(verdict_of("<div data-t hidden></div>").flags & kHidden);
  // A video's microdata box is the video's caption; the article's is the article.
  EXPECT_TRUE(verdict_of("<div data-t itemscope itemtype='http://schema.org/VideoObject'></div>").flags & kCaption);
  EXPECT_FALSE(verdict_of("<div data-t itemscope itemtype='http://schema.org/NewsArticle'></div>").flags & kCaption);
  EXPECT_TRUE(verdict_of("<div data-t aria-hidden='true'></div>").flags & kHidden);
  EXPECT_TRUE(verdict_of("<span data-t role='status'></span>").flags & kHidden);
  EXPECT_TRUE(verdict_of("<div data-t role='Alert'></div>").flags & kHidden);
  EXPECT_FALSE(verdict_of("<div data-t role='region'></div>").flags & kHidden);
  EXPECT_TRUE(verdict_of("<div data-t style='color:red; DISPLAY : none'></div>").flags & kHidden);
  EXPECT_FALSE(verdict_of("<div data-t style='display:block'></div>").flags & kHidden);
}

TEST(BoilerplateVocabulary, Phrases) {
  EXPECT_TRUE(is_boilerplate_text("Read more"));
  EXPECT_TRUE(is_boilerplate_text("ADVERTISEMENT"));
  EXPECT_TRUE(is_boilerplate_text("Lesen Sie auch: Der Fluss"));
  EXPECT_TRUE(is_boilerplate_text("Read or Share this story: http://usat.ly/1x3DFko"));
  EXPECT_TRUE(is_boilerplate_text("La r\xC3\xA9" "daction vous conseille :"));
  EXPECT_FALSE(is_boilerplate_text("The river rose overnight."));
  // A marker before the phrase is decoration.
  EXPECT_TRUE(is_boilerplate_text("*Werbung. Dieser Beitrag enth\xC3\xA4lt Werbung"));
  EXPECT_TRUE(is_boilerplate_text(">> Weiterlesen"));
  EXPECT_TRUE(is_boilerplate_text("\xC2\xBB Read more"));
  EXPECT_TRUE(is_boilerplate_text("- Advertisement -"));
  EXPECT_TRUE(is_boilerplate_text("\xE2\x80\x93 Anzeige \xE2\x80\x93"));
  EXPECT_FALSE(is_boilerplate_text("* The river rose overnight."));
  // A phrase is whole words: "print" and "email" are labels, not the start of
  // "Printers ..." or "Emails ..." (CNN's "Emails were sent in which she ...").
  EXPECT_TRUE(is_boilerplate_text("Print"));
  EXPECT_TRUE(is_boilerplate_text("Email \xE2\x80\x94 share"));
  EXPECT_TRUE(is_boilerplate_text("Print\xC2\xA0\xC2\xBB"));
  EXPECT_FALSE(is_boilerplate_text("Emails were sent in which she was begging for help."));
  EXPECT_FALSE(is_boilerplate_text("Printmedien"));
  EXPECT_FALSE(is_boilerplate_text("Kontakte zwischen Mensch und Wildtieren minimieren"));
  EXPECT_FALSE(is_boilerplate_text("Publicit\xC3\xA9s interdites"));
  EXPECT_TRUE(is_boilerplate_text("Publicit\xC3\xA9"));
  EXPECT_TRUE(is_boilerplate_text("(Photos: AP)"));
  // A video player's labels where it did not load (qq.com: "autoplay switch", "loading...").
  EXPECT_TRUE(is_boilerplate_text("\u81ea\u52a8\u64ad\u653e\u5f00\u5173 \u81ea\u52a8\u64ad\u653e"));
  EXPECT_TRUE(is_boilerplate_text("\u6b63\u5728\u52a0\u8f7d..."));
  EXPECT_FALSE(is_boilerplate_text("Cargando camiones en el puerto"));
  EXPECT_TRUE(is_boilerplate_text("Next video starts in : 7 Play"));
  EXPECT_TRUE(is_boilerplate_text("Rating failed. Try again."));
  // A news page's labels between paragraphs.
  EXPECT_TRUE(is_boilerplate_text("Story continues below advertisement"));
  EXPECT_TRUE(is_boilerplate_text("Listen to this article \xC2\xB7 5:32 min"));
  EXPECT_TRUE(is_boilerplate_text("Sieh dir diesen Beitrag auf Instagram an"));  // an embed that did not load
  // Control labels count only as the whole block.
  EXPECT_TRUE(is_interface_label("Ad"));
  EXPECT_TRUE(is_interface_label(" SAVE "));
  EXPECT_TRUE(is_interface_label("Supported by"));
  EXPECT_TRUE(is_interface_label("(Reuters)"));
  EXPECT_FALSE(is_interface_label("Adam"));
  EXPECT_FALSE(is_interface_label("Save water."));
  EXPECT_FALSE(is_interface_label("Supported by a grant from the foundation."));
  EXPECT_TRUE(is_comment_heading("12 Comments"));
  EXPECT_TRUE(is_comment_heading("Leave a Reply"));
  EXPECT_FALSE(is_comment_heading("Comments on the budget were mixed"));
}

TEST(BoilerplateVocabulary, StopWords) {
  uint32_t stops = 0;
  EXPECT_EQ(count_words("the river and the sea", &stops), 5u);
  EXPECT_EQ(stops, 3u);
  EXPECT_EQ(count_words("Home News Sport", &stops), 3u);
  EXPECT_EQ(stops, 0u);
}

TEST(BoilerplateVocabulary, PhrasesIgnoreLatinCapitals) {
  EXPECT_TRUE(is_boilerplate_text("\xc3\x9c" "ber den Autor"));  // Über den Autor
  EXPECT_TRUE(is_boilerplate_text("\xc3\x84hnliche Beitr\xc3\xa4ge"));  // Ähnliche Beiträge
  EXPECT_FALSE(is_boilerplate_text("\xc3\x9c" "ber die Grenze"));
}

TEST(BoilerplateVocabulary, MoreLinkAtTheEnd) {
  EXPECT_TRUE(ends_with_more_link("First consoles go on sale in New York. Read more..."));
  EXPECT_TRUE(ends_with_more_link("Die Regierung hat entschieden. Weiterlesen \xc2\xbb"));
  EXPECT_TRUE(ends_with_more_link("A long summary of the story (Continue reading)"));
  EXPECT_FALSE(ends_with_more_link("Read more"));  // the link alone, not a teaser
  EXPECT_FALSE(ends_with_more_link("Games, videos, and more!"));
  EXPECT_FALSE(ends_with_more_link("Nobody had ever read more."));
}

}  // namespace
}  // namespace pith::extraction
