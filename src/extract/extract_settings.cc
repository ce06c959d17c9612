// pith::Options → extraction::Settings (see the header). This file must not
// include headers that open namespace pith::extraction.
#include "extract/extract_settings.h"

#include "pith/extract.h"

namespace pith::extraction {

Settings settings_from(const Options& o) {
  Settings s;
  s.url = o.url;
  s.favor = o.favor == pith::Favor::Precision ? Favor::Precision
            : o.favor == pith::Favor::Recall  ? Favor::Recall
                                              : Favor::Balanced;
  s.tables = o.tables;
  s.links = o.links;
  s.images = o.images;
  s.comments = o.comments;
  s.formatting = o.formatting;
  s.min_length = o.min_length;
  return s;
}

}  // namespace pith::extraction
