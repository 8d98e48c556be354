#pragma once
// PNG from a chart's SVG, drawn by librsvg on a cairo surface (Debian: librsvg2-dev). A build
// without librsvg says so when asked for a PNG.
#include <string>

namespace acta {

// True when this build can write PNG.
bool png_available();

// The SVG document `svg` drawn at `scale` times its size, as PNG bytes.
// Throws UsageError when this build has no PNG support, DataError when librsvg cannot read `svg`.
std::string svg_to_png(const std::string& svg, double scale = 2);

} // namespace acta
