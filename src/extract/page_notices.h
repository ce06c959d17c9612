// Site-wide notices that turn up inside the content area: copyright lines with
// their legal tail, what a page says where a script or plugin did not run, and
// the site's calls to follow it on social networks. Phrase lists, matched
// anywhere in a short block's text (ASCII case folded). Part of the
// extractor's vocabulary (see boilerplate_vocabulary.h), kept apart because
// these match inside a block rather than at its start.
#pragma once

#include <string_view>

namespace pith::extraction {

// True when `text` holds a site-wide notice phrase (any case): "(All) rights
// reserved" however long the legal tail, "Please enable JavaScript …",
// "Media requires JavaScript …", a PHP warning printed into the page, a
// paywall's or membership drive's appeal ("… already a subscriber, log in"),
// an old-browser notice, a disclaimer for the authors' views.
// (Short "© …" lines are boilerplate phrases.)
bool is_page_notice(std::string_view text);

// True when `text` offers the site's newsletter or alerts ("Get TMZ Breaking
// News alerts to your inbox", "Newsletter abonnieren").
bool is_newsletter_promo(std::string_view text);

// True when `text` asks the reader to follow the site on a social network
// ("Follow us on Twitter", "Tell us on Facebook!", "Facebook Fan Page: …").
bool is_social_promo(std::string_view text);

// True when `text` offers the site's app ("… download the Nationnews apps for
// iOS and Android", "Get the latest news straight to your phone with the X
// app") or asks to sign up ("Sign up here").
bool is_app_promo(std::string_view text);

// True when `text` opens with an image label and a colon: a caption or credit
// written as a paragraph of its own ("Abbildung 4: …", "Figure 2: …",
// "Titelbild: Jane Roe/picture-alliance", "Photo credit: …", "Image
// illustrative : …"). Callers bound the length: a long paragraph that happens
// to open so is prose.
bool is_labelled_caption(std::string_view text);

// True when `text` is a caption that closes with a labelled credit after its
// last sentence: "A new Bill would require … for two years. Source: Supplied",
// "… in Sydney. Picture: Getty Images", or with the label capitalised and
// glued to the caption's last word: "… on Thursday Credit: STR/AFP" (a tail
// of at most kCreditNameWords words, no sentence end). Callers bound the length.
bool ends_with_labelled_credit(std::string_view text);
// True when `text` is a caption that ends in its credit ("Kranzniederlegung am
// Mahnmal © Presse- und Informationsamt | Jesco Denzel"): a short tail after
// the last © (at most kCreditTailMaxChars bytes), no sentence end. Callers
// bound the length.
bool ends_with_credit(std::string_view text);

// True when `text` is a photo credit on a line of its own, told by a wire or
// picture agency at its end: "Carolyn Kaster / AP", "Nasa / Reuters", "Reuters
// file", "AP Photo", "Tapie en 2008. REUTERS/Benoit Tessier"; by its label
// and maker: "Illustration by Mike Nudelman"; or by the image's licence at the
// end: "Leena Simon, CC-BY 4.0". Callers bound the length.
bool is_credit_line(std::string_view text);

}  // namespace pith::extraction
