#include "png_writer.hpp"

#include "error.hpp"

#ifdef ACTA_HAVE_RSVG
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>
#endif

namespace acta {

#ifdef ACTA_HAVE_RSVG

namespace {

struct Unref {
    void operator()(RsvgHandle* h) const { g_object_unref(h); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    void operator()(cairo_t* c) const { cairo_destroy(c); }
    void operator()(GError* e) const { g_error_free(e); }
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

bool png_available()
{
    return true;
}

std::string svg_to_png(const std::string& svg, double scale)
{
    GError* raw_error = nullptr;
    std::unique_ptr<RsvgHandle, Unref> handle(
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &raw_error));
    std::unique_ptr<GError, Unref> error(raw_error);
    if (!handle) {
        throw DataError(std::string("cannot draw the chart as PNG: ") + (error ? error->message : "librsvg failed"));
    }
    double width = 0;
    double height = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height)) {
        throw DataError("cannot draw the chart as PNG: the SVG has no size");
    }
    const int w = static_cast<int>(std::ceil(width * scale));
    const int h = static_cast<int>(std::ceil(height * scale));
    std::unique_ptr<cairo_surface_t, Unref> surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h));
    std::unique_ptr<cairo_t, Unref> cr(cairo_create(surface.get()));
    const RsvgRectangle viewport{0, 0, static_cast<double>(w), static_cast<double>(h)};
    raw_error = nullptr;
    if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &raw_error)) {
        std::unique_ptr<GError, Unref> render_error(raw_error);
        throw DataError(std::string("cannot draw the chart as PNG: ") +
                        (render_error ? render_error->message : "librsvg failed"));
    }
    std::string png;
    if (cairo_surface_write_to_png_stream(surface.get(), append, &png) != CAIRO_STATUS_SUCCESS) {
        throw DataError("cannot encode the chart as PNG");
    }
    return png;
}

#else

bool png_available()
{
    return false;
}

std::string svg_to_png(const std::string&, double)
{
    throw UsageError("this acta was built without librsvg, so it cannot write PNG; write .svg instead "
                     "(or install librsvg2-dev and rebuild)");
}

#endif

} // namespace acta
