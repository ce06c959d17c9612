// Byte scanning for the tokenizer's hot loops: find the next byte that ends a
// run of plain text. SSE2 compares 16 bytes per step against each wanted byte;
// other targets (or PITH_NO_SIMD builds) test 8 bytes per step in a 64-bit
// word (SWAR), then pin the byte down with a short loop.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#if defined(__SSE2__) && !defined(PITH_NO_SIMD)
#define PITH_SCAN_SSE2 1
#include <emmintrin.h>
#endif

namespace pith::html::scan {

// The first byte in [p, end) equal to one of `Cs`, or `end`.
template <char... Cs>
inline const char* find_any(const char* p, const char* end) {
#if defined(PITH_SCAN_SSE2)
  while (end - p >= 32) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
    __m128i hit_a = _mm_setzero_si128();
    __m128i hit_b = _mm_setzero_si128();
    ((hit_a = _mm_or_si128(hit_a, _mm_cmpeq_epi8(a, _mm_set1_epi8(Cs))),
      hit_b = _mm_or_si128(hit_b, _mm_cmpeq_epi8(b, _mm_set1_epi8(Cs)))),
     ...);
    uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(hit_a)) |
                    (static_cast<uint32_t>(_mm_movemask_epi8(hit_b)) << 16);
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 32;
  }
  if (end - p >= 16) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_setzero_si128();
    ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(a, _mm_set1_epi8(Cs)))), ...);
    uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(hit));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#else
  // A byte of w ^ broadcast(c) is zero where w holds c; (x - 0x01..) & ~x &
  // 0x80.. has a high bit set in some byte iff x has a zero byte.
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    uint64_t hit = 0;
    ((hit |= ((w ^ (kOnes * static_cast<uint8_t>(Cs))) - kOnes) & ~(w ^ (kOnes * static_cast<uint8_t>(Cs))) & kHighs),
     ...);
    if (hit != 0) break;
    p += 8;
  }
#endif
  for (; p < end; ++p) {
    char c = *p;
    if (((c == Cs) || ...)) return p;
  }
  return end;
}

// The first byte in [p, end) whose entry in `stop` is non-zero, or `end`.
inline const char* find_in_table(const char* p, const char* end, const uint8_t (&stop)[256]) {
  while (p < end && !stop[static_cast<uint8_t>(*p)]) ++p;
  return p;
}

constexpr bool is_ascii_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
constexpr char to_ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c + 32) : c; }
// Tab, LF, FF and space: the tokenizer's whitespace (CR is gone by now).
constexpr bool is_tokenizer_space(char c) { return c == '\t' || c == '\n' || c == '\f' || c == ' '; }

// Does [p, end) start with `lowercase_word`, ASCII case-insensitively?
inline bool starts_with_ignoring_ascii_case(const char* p, const char* end, std::string_view lowercase_word) {
  if (static_cast<size_t>(end - p) < lowercase_word.size()) return false;
  for (size_t i = 0; i < lowercase_word.size(); ++i)
    if (to_ascii_lower(p[i]) != lowercase_word[i]) return false;
  return true;
}

// U+FFFD in UTF-8: what the tokenizer writes in place of U+0000 and friends.
inline constexpr char kReplacementChar[] = "\xEF\xBF\xBD";

}  // namespace pith::html::scan
