// Content tree building: turns selected blocks back into structure — headings,
// paragraphs, lists (nested), tables (rows, header cells), block quotes, code
// blocks, figures — by recreating, for each block, the structural elements on
// its path below the selected root. Inline links, emphasis, code and images are
// added only when the options ask for them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/block_segmenter.h"
#include "extract/content_tree.h"
#include "extract/extract_settings.h"

namespace pith::extraction {

// Appends blocks[i] (selected under roots[i]) to `tree` in order. The nodes of
// `title_blocks` (the headline and its repeats) are marked as the title.
void build_content_tree(const Segmentation& seg, const std::vector<uint32_t>& blocks,
                        const std::vector<uint32_t>& roots, const extraction::Settings& options,
                        ContentTree& tree, const std::vector<uint32_t>& title_blocks = {});

}  // namespace pith::extraction
