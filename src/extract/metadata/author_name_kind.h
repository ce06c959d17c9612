// What kind of name an author field holds when it is not a person's: an
// organisation or a login handle. Such names are kept only when no source
// names a person (extract_metadata).
#pragma once

#include <string_view>

namespace pith::extraction::metadata {

// True for an organisation rather than a person: a legal-form word ("Web
// Commerce GmbH", "Bund der Energieverbraucher e.V.", "Acme Inc."), an
// institution word ("Bayerische Landesanstalt …", "University of Michigan")
// or a domain name ("tagesschau.de").
bool names_organisation(std::string_view name);

// True for a login handle standing in for a name: one word, either with no
// capital letter and a '.', '_' or '-' inside ("robert.stitz", "gabor_munier")
// or mixing letters and digits ("CC7567").
bool looks_like_handle(std::string_view name);

}  // namespace pith::extraction::metadata
