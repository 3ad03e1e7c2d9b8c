#ifndef WEEFSEL_CGRAPHVIZ_SHIM_H
#define WEEFSEL_CGRAPHVIZ_SHIM_H

// The Graphviz layout and rendering library (libgvc) and its graph library (libcgraph).
// WeefselMaps uses only a handful of calls: gvContext, agmemread, gvLayout, gvRenderData,
// gvFreeRenderData, gvFreeLayout, agclose and the cgraph error functions.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

#endif
