// decode(): picks the decoder family for an encoding.

#include "html/encoding/decoders.h"

namespace pith::html::encoding {

void decode(std::string_view bytes, Encoding encoding, Utf8Writer& out) {
  if (encoding == Encoding::Utf8) {
    decode_utf8(bytes, out);
  } else if (is_single_byte(encoding)) {
    decode_single_byte(bytes, encoding, out);
  } else if (encoding == Encoding::Utf16Le || encoding == Encoding::Utf16Be) {
    decode_utf16(bytes, encoding == Encoding::Utf16Be, out);
  } else if (encoding == Encoding::XUserDefined) {
    decode_x_user_defined(bytes, out);
  } else if (encoding == Encoding::Replacement) {
    if (!bytes.empty()) out.append(kReplacementUtf8);
  } else if (!decode_multi_byte(bytes, encoding, out)) {
    decode_single_byte(bytes, Encoding::Windows1252, out);
  }
}

}  // namespace pith::html::encoding
