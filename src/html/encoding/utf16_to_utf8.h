// A streaming UTF-16 code unit → UTF-8 converter with newline normalisation,
// shared by the UTF-16 decoder and the ICU-based multi-byte decoders (ICU
// produces UTF-16, and a surrogate pair may straddle two of its output buffers).
#pragma once

#include "html/encoding/utf8_writer.h"

namespace pith::html::encoding {

class Utf16ToUtf8 {
 public:
  // Writes at most 6 bytes (U+FFFD for a dropped lead surrogate, then the unit).
  char* push(char* p, char16_t unit) {
    if (lead_surrogate_ != 0) {
      const char16_t lead = lead_surrogate_;
      lead_surrogate_ = 0;
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        const char32_t cp = 0x10000 + ((static_cast<char32_t>(lead) - 0xD800) << 10) + (unit - 0xDC00);
        after_cr_ = false;
        return write_utf8(p, cp);
      }
      p = write_utf8(p, kReplacementCharacter);
      after_cr_ = false;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      lead_surrogate_ = unit;
      return p;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      after_cr_ = false;
      return write_utf8(p, kReplacementCharacter);
    }
    if (unit == '\r') {
      after_cr_ = true;
      *p++ = '\n';
      return p;
    }
    if (unit == '\n' && after_cr_) {
      after_cr_ = false;
      return p;
    }
    after_cr_ = false;
    return write_utf8(p, unit);
  }

  // End of input: a pending lead surrogate becomes U+FFFD (at most 3 bytes).
  char* finish(char* p) {
    if (lead_surrogate_ == 0) return p;
    lead_surrogate_ = 0;
    return write_utf8(p, kReplacementCharacter);
  }

  bool has_pending_surrogate() const { return lead_surrogate_ != 0; }

 private:
  char16_t lead_surrogate_ = 0;
  bool after_cr_ = false;
};

}  // namespace pith::html::encoding
