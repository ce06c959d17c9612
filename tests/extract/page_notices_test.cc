// Site-wide notice phrases: copyright tails, script notices, the site's social
// promos — and the prose they must not catch.
#include "extract/page_notices.h"

#include <gtest/gtest.h>

namespace pith::extraction {
namespace {

TEST(PageNotices, CopyrightAndScriptNotices) {
  EXPECT_TRUE(is_page_notice("\xc2\xa9 2012 CBS Interactive Inc. All Rights Reserved. This material "
                             "may not be published, broadcast, rewritten, or redistributed."));
  EXPECT_TRUE(is_page_notice("Please enable JavaScript to view the comments powered by Disqus."));
  EXPECT_TRUE(is_page_notice("Media requires JavaScript and Adobe Flash to play."));
  // Affiliate disclosures.
  EXPECT_TRUE(is_page_notice("This post may contain affiliate links. If you buy through them, I may receive a "
                             "small commission."));
  EXPECT_TRUE(is_page_notice("* Links mit Sternchen sind sogenannte Affiliate-Links: Wenn du darauf klickst …"));
  EXPECT_FALSE(is_page_notice("The affiliate of the bank was fined for its links to the cartel."));
  EXPECT_FALSE(is_page_notice("The museum reserved two rooms for the exhibition."));
  EXPECT_FALSE(is_page_notice("Adobe Flash will no longer be supported after July."));
  EXPECT_TRUE(is_page_notice("If these are available but disabled, please enable them to view the media"));
  EXPECT_TRUE(is_page_notice("Warning: Creating default object from empty value in "
                             "/www/htdocs/w0094d70/wp-includes/class-wp.php on line 12"));
  EXPECT_FALSE(is_page_notice("Warning: the ice on the lake is thin in March."));
  EXPECT_TRUE(is_page_notice("If you're seeing this message but you're already a subscriber, you can log in."));
  EXPECT_TRUE(is_page_notice("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS"));
  EXPECT_FALSE(is_page_notice("She became a member of the board in 1990."));
  // What a site shows an old browser, and a donation appeal under the story.
  EXPECT_TRUE(is_page_notice("Thank you for visiting nature.com. You are using a browser version with "
                             "limited support for CSS."));
  EXPECT_TRUE(is_page_notice("If you enjoyed reading this post \xE2\x80\x93 would you consider supporting "
                             "our work? Just click here. Thanks!"));
  EXPECT_FALSE(is_page_notice("Lawmakers consider supporting the bill after the vote."));
  // A disclaimer for the authors' views; a hedge in prose is not one.
  EXPECT_TRUE(is_page_notice("Views expressed on this page are those of the authors and not necessarily those of "
                             "the Institute."));
  EXPECT_TRUE(is_page_notice("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der "
                             "Redaktion."));
  EXPECT_TRUE(is_page_notice("NOW Grenada is not responsible for the opinions, statements or media content "
                             "presented by contributors."));
  EXPECT_FALSE(is_page_notice("A larger engine does not necessarily make the car faster."));
  EXPECT_FALSE(is_page_notice("The poll does not necessarily capture the mood of the whole country, where turnout "
                              "is low and the views of young voters are rarely asked."));
  EXPECT_TRUE(is_page_notice("Unfortunately, this video is not available in your region."));
  EXPECT_TRUE(is_page_notice("To view this content, Javascript must be enabled and Adobe Flash Player must be "
                             "installed."));
  EXPECT_TRUE(is_page_notice("\xD8\xA7\xD9\x84\xD8\xA2\xD8\xB1\xD8\xA7\xD8\xA1 \xD9\x84\xD8\xA7 "
                             "\xD8\xAA\xD8\xB9\xD8\xA8\xD8\xB1 \xD8\xB9\xD9\x86 \xD8\xB1\xD8\xA3\xD9\x8A "
                             "CNN"));  // "The opinions do not express the opinion of CNN"
  EXPECT_FALSE(is_page_notice("The museum will update its browser-based catalogue next year."));
  EXPECT_TRUE(is_page_notice("Zach\xC4\x99" "camy do regularnych odwiedzin naszej strony. Informujemy, \xC5\xBC" "e "
                             "korzystamy z cookies."));
  EXPECT_TRUE(is_page_notice("This website uses cookies to improve your experience."));
  EXPECT_FALSE(is_page_notice("Advertisers use cookies to follow readers from site to site."));
  EXPECT_TRUE(is_page_notice("You must be logged in to post a comment."));
  EXPECT_TRUE(is_page_notice("Wir respektieren deine Privatsph\xC3\xA4re und stellen deshalb ohne dein "
                             "Einverst\xC3\xA4ndnis keine Verbindung zu Twitter her."));
  EXPECT_FALSE(is_page_notice("Niemand darf ohne Ihr Einverst\xC3\xA4ndnis Fotos von Ihnen ver\xC3\xB6" "ffentlichen."));
  EXPECT_TRUE(is_page_notice("Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?"));
  EXPECT_FALSE(is_page_notice("Make sure you're logged in to washingtonpost.com."));
}

TEST(PageNotices, CopyrightInOtherLanguages) {
  EXPECT_TRUE(is_page_notice("Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone."));
  EXPECT_TRUE(is_page_notice("© 2021 Verlag GmbH. Alle Rechte vorbehalten."));
  EXPECT_TRUE(is_page_notice("© Le Monde 2020 – Tous droits réservés"));
  EXPECT_TRUE(is_page_notice("Copyright © 2019. Todos los derechos reservados."));
  EXPECT_TRUE(is_page_notice("© 2020 Издательство. Все права защищены."));
  EXPECT_FALSE(is_page_notice("Die Rechte der Mieter wurden gestärkt."));
}

TEST(PageNotices, NewsletterPromos) {
  EXPECT_TRUE(is_newsletter_promo("Get TMZ Breaking News alerts to your inbox"));
  EXPECT_TRUE(is_newsletter_promo("Subscribe to our weekly newsletter"));
  EXPECT_TRUE(is_newsletter_promo("Jetzt den Newsletter abonnieren!"));
  EXPECT_TRUE(is_newsletter_promo("Never miss the latest news by signing up to our newsletter today!"));
  EXPECT_FALSE(is_newsletter_promo("The newsletter reached 40,000 readers by 1990."));
  EXPECT_FALSE(is_newsletter_promo("Get the best of both worlds with a hybrid."));
}

TEST(PageNotices, SocialPromosOfTheSiteOnly) {
  EXPECT_TRUE(is_social_promo("Do you think she will be a better judge? Tell us on Facebook!"));
  EXPECT_TRUE(is_social_promo("Facebook Fan Page: www.facebook.com/nuttynomads"));
  EXPECT_TRUE(is_social_promo("FOLLOW US ON TWITTER"));
  EXPECT_TRUE(is_social_promo("\xC2\xA1Mira lo que tiene nuestro canal de YouTube!"));
  EXPECT_TRUE(is_social_promo("Folgt uns auf unserem neuen offiziellen Instagram-Account"));
  EXPECT_TRUE(is_social_promo("O conhecimento liberta. Saiba mais. Siga-nos no Telegram."));
  EXPECT_TRUE(is_social_promo("Send us a message on WhatsApp at 1-876-499-0169"));
  // An author's sign-off and prose about the networks stay.
  EXPECT_FALSE(is_social_promo("Follow Marcas on Twitter @MarcasG"));
  EXPECT_FALSE(is_social_promo("He explained how the singer uses Twitter to connect with fans."));
  EXPECT_FALSE(is_social_promo("The band posted the video to its YouTube channel in May."));
  EXPECT_FALSE(is_social_promo("El canal de Panam\xC3\xA1 cobra m\xC3\xA1s a los buques."));
}

TEST(PageNotices, AppPromosAndSignUpCalls) {
  EXPECT_TRUE(is_app_promo("For the latest stories download the Nationnews apps for iOS and Android."));
  EXPECT_TRUE(is_app_promo("Get the latest news straight to your phone with the VI Consortium app."));
  EXPECT_TRUE(is_app_promo("Do you want to be informed of our actions? Sign up here"));
  EXPECT_TRUE(is_newsletter_promo("Melde dich hier für unseren Newsletter an!"));
  // Prose about apps is not a promo.
  EXPECT_FALSE(is_app_promo("The app lets riders pay for the bus with their phone."));
  EXPECT_FALSE(is_app_promo("You can download the report as a PDF."));
}

TEST(PageNotices, CreditLines) {
  EXPECT_TRUE(is_credit_line("Carolyn Kaster / AP"));
  EXPECT_TRUE(is_credit_line("Nasa / Reuters"));
  EXPECT_TRUE(is_credit_line("Reuters file"));
  EXPECT_TRUE(is_credit_line("AP Photo"));
  EXPECT_TRUE(is_credit_line("Jane Roe | Getty Images"));
  EXPECT_FALSE(is_credit_line("Reuters"));                    // a bare name: a dateline, a label
  EXPECT_FALSE(is_credit_line("He spoke to the AP"));          // no credit separator
  EXPECT_FALSE(is_credit_line("Strike at the port / Reuters reports."));
  // The agency first, the photographer after its slash; a picture's label and maker.
  EXPECT_TRUE(is_credit_line("- Tapie en 2008. REUTERS/Benoit Tessier -"));
  EXPECT_TRUE(is_credit_line("AP Photo/Evan Vucci"));
  EXPECT_TRUE(is_credit_line("iStock/cjp"));
  EXPECT_TRUE(is_credit_line("Illustration by Mike Nudelman"));
  EXPECT_TRUE(is_credit_line("Photo courtesy of NASA"));
  EXPECT_FALSE(is_credit_line("The AP/NORC poll found that most voters agree with the plan"));
  EXPECT_FALSE(is_credit_line("Photography by the river is a popular hobby."));  // no name after "by"
  EXPECT_FALSE(is_credit_line("Photo by"));
  // The image's author and licence.
  EXPECT_TRUE(is_credit_line("Andreas Schwarzkopf [CC BY-SA 4.0], via Wikimedia Commons"));
  EXPECT_TRUE(is_credit_line("Leena Simon, CC-BY 4.0"));
  EXPECT_TRUE(is_credit_line("Foto: Jane Roe, CC-BY-NC-ND-4.0-DE"));
  EXPECT_TRUE(is_credit_line("Foto: J. Roe (CC0)"));
  EXPECT_FALSE(is_credit_line("All our texts are CC-BY licensed, so share them"));
  EXPECT_FALSE(is_credit_line("The abcc by-election was held in May"));
}

TEST(PageNotices, LabelledCaptions) {
  EXPECT_TRUE(is_labelled_caption("Abbildung 4: klassische Schwachschicht."));
  EXPECT_TRUE(is_labelled_caption("Figure 10: Changing Font Size of Legend Text."));
  EXPECT_TRUE(is_labelled_caption("Titelbild: Geyres Christophe/ABACA/picture-alliance"));
  EXPECT_TRUE(is_labelled_caption("Image illustrative : Lots of Lego Minifigures by Ninja Brick"));
  EXPECT_TRUE(is_labelled_caption("Abb.: Collage aus Internetbildern"));
  EXPECT_TRUE(is_labelled_caption("Photo credit: Catwalkpictures"));
  // The Guardian's and the Daily Mail's labels, the BBC's comma, a credit in parentheses.
  EXPECT_TRUE(is_labelled_caption("Photograph: Jane Doe/Reuters"));
  EXPECT_TRUE(is_labelled_caption("Pictured: the river in 2019"));
  EXPECT_TRUE(is_labelled_caption("Image source, Getty Images"));
  EXPECT_TRUE(is_labelled_caption("Media caption, Watch: the flood in pictures"));
  EXPECT_TRUE(is_labelled_caption("(Image credit: Future)"));
  EXPECT_FALSE(is_labelled_caption("Photos, videos and documents were seized."));
  // A label word opening prose, or one that is only part of a word, is not a caption.
  EXPECT_FALSE(is_labelled_caption("Bilder sagen mehr als Worte: das gilt auch hier."));
  EXPECT_FALSE(is_labelled_caption("Imagine: a city without cars."));
  EXPECT_FALSE(is_labelled_caption("Figure skating: the final round was tense."));
  EXPECT_FALSE(is_labelled_caption("Photo4: not a label"));
}

TEST(PageNotices, CaptionsClosedByALabelledCredit) {
  // The Herald Sun's caption under its lead photo, and the same form elsewhere.
  EXPECT_TRUE(ends_with_labelled_credit("A new Bill would require telecommunications service providers to store "
                                        "so-called \xE2\x80\x98metadata\xE2\x80\x99 for two years. Source: Supplied"));
  EXPECT_TRUE(ends_with_labelled_credit("Fans at the ground in Sydney. Picture: Getty Images"));
  EXPECT_TRUE(ends_with_labelled_credit("Auch Herbert Gr\xC3\xB6nemeyer geh\xC3\xB6rt zu den Unterst\xC3\xBCtzern. Bild: dpa"));
  // Glued to the caption's last word, the label capitalised (The Telegraph's captions).
  EXPECT_TRUE(ends_with_labelled_credit("A man walks past an armoured personnel carrier parked on a Harare street "
                                        "on Thursday Credit: STR/AFP"));
  EXPECT_TRUE(ends_with_labelled_credit("Der Toast-Test zeigt, in der Mitte ist die Hitze am gr\xC3\xB6\xC3\x9Ften    Foto: CHIP"));
  EXPECT_FALSE(ends_with_labelled_credit("Raspberry Pi 3 - A credit card sized PC - Image: Raspberry Pi Foundation"));
  EXPECT_FALSE(ends_with_labelled_credit("We asked the minister for the source: a leaked memo"));
  EXPECT_FALSE(ends_with_labelled_credit("The figures came from her Photostream: Flickr"));
  // The label must follow a sentence, and the credit is a name, not a sentence.
  EXPECT_FALSE(ends_with_labelled_credit("The source: a leaked memo"));
  EXPECT_FALSE(ends_with_labelled_credit("He said it twice. Source: the minister told us so."));
  EXPECT_FALSE(ends_with_labelled_credit("Turnout rose. Source: the electoral commission of the state of Victoria"));
  EXPECT_FALSE(ends_with_labelled_credit("Prices rose again. Reason: supply"));
}

}  // namespace
}  // namespace pith::extraction
